import { asArray, asObject, asString } from '../../core/json.ts';
import { REQUIRED_METADATA_KEYS } from '../constants.ts';
import type { Rule } from '../rule.ts';

export const metadataKeys: Rule = {
    id: 'metadata-keys',
    defaultSeverity: 'error',
    description: 'x-ms-connector-metadata has non-empty "Website", "Privacy policy" and "Categories" entries, spelled exactly.',
    source: 'Validator ConnectorMetadataPropertiesMissing; Learn certification submission',
    check({ swagger, report }) {
        const list = asArray(swagger['x-ms-connector-metadata']);
        if (!list) return;
        const found = new Set<string>();
        list.forEach((entry, i) => {
            const e = asObject(entry);
            const name = asString(e?.propertyName);
            if (name === undefined) return;
            const exact = REQUIRED_METADATA_KEYS.find((k) => k === name);
            const loose = REQUIRED_METADATA_KEYS.find((k) => k.toLowerCase() === name.trim().toLowerCase());
            if (!exact && loose) {
                report({ path: ['x-ms-connector-metadata', i, 'propertyName'], message: `"${name}" must be spelled "${loose}".` });
                found.add(loose);
                return;
            }
            if (!exact) return;
            found.add(exact);
            const value = asString(e?.propertyValue);
            if (value === undefined || value.trim() === '') {
                report({ path: ['x-ms-connector-metadata', i, 'propertyValue'], message: `"${exact}" has an empty propertyValue.` });
            }
        });
        for (const key of REQUIRED_METADATA_KEYS) {
            if (!found.has(key)) report({ path: ['x-ms-connector-metadata'], message: `x-ms-connector-metadata has no "${key}" entry.` });
        }
    },
};
