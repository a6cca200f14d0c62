import { asArray, asObject, asString } from '../../core/json.ts';
import { REQUIRED_METADATA_KEYS } from '../constants.ts';
import type { Rule } from '../rule.ts';

/** A key of an entry in any letter case (Microsoft's service reads them case-insensitively; the spelling is metadata-key-casing's finding). */
const field = (e: Record<string, unknown> | undefined, key: string): unknown =>
    e === undefined ? undefined : (e[key] ?? Object.entries(e).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1]);

export const metadataKeys: Rule = {
    id: 'metadata-keys',
    defaultSeverity: 'error',
    description: 'x-ms-connector-metadata has non-empty "Website", "Privacy policy" and "Categories" entries (letter case: metadata-key-casing).',
    mirrors: 'ConnectorMetadataPropertiesMissing',
    severityReason: "A validator error; once names are read case-insensitively, as Microsoft's service reads them, no certified connector changed in 2024 misses an entry.",
    source: 'Learn certification submission',
    check({ swagger, report }) {
        const list = asArray(swagger['x-ms-connector-metadata']);
        if (!list) return;
        const found = new Set<string>();
        list.forEach((entry, i) => {
            const e = asObject(entry);
            const name = asString(field(e, 'propertyName'));
            if (name === undefined) return;
            const key = REQUIRED_METADATA_KEYS.find((k) => k.toLowerCase() === name.trim().toLowerCase());
            if (key === undefined) return;
            found.add(key);
            const value = asString(field(e, 'propertyValue'));
            if (value === undefined || value.trim() === '') {
                report({ path: ['x-ms-connector-metadata', i, 'propertyValue'], message: `"${key}" has an empty propertyValue.` });
            }
        });
        for (const key of REQUIRED_METADATA_KEYS) {
            if (!found.has(key)) report({ path: ['x-ms-connector-metadata'], message: `x-ms-connector-metadata has no "${key}" entry.` });
        }
    },
};
