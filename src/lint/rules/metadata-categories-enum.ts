import { asArray, asObject, asString } from '../../core/json.ts';
import { CONNECTOR_CATEGORIES } from '../constants.ts';
import type { Rule } from '../rule.ts';

export const metadataCategoriesEnum: Rule = {
    id: 'metadata-categories-enum',
    defaultSeverity: 'error',
    description: 'Categories lists at most 2 ";"-separated categories from the allowed list.',
    mirrors: 'InvalidConnectorCategory, TooManyConnectorCategories',
    severityReason: 'A validator error; 2 of 619 certified connectors, none changed in 2024.',
    source: 'Learn certification submission (category list)',
    check({ swagger, report }) {
        (asArray(swagger['x-ms-connector-metadata']) ?? []).forEach((entry, i) => {
            const e = asObject(entry);
            if (asString(e?.propertyName) !== 'Categories') return;
            const value = asString(e?.propertyValue);
            if (value === undefined) return;
            const at = ['x-ms-connector-metadata', i, 'propertyValue'];
            const categories = value.split(';').map((c) => c.trim()).filter((c) => c !== '');
            for (const c of categories) {
                if (!CONNECTOR_CATEGORIES.includes(c)) report({ path: at, message: `Unknown category "${c}"; allowed: ${CONNECTOR_CATEGORIES.join(', ')}.` });
            }
            if (categories.length > 2) report({ path: at, message: `Categories lists ${categories.length} categories; at most 2 are allowed.` });
        });
    },
};
