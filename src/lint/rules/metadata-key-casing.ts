import { asArray, asObject, asString } from '../../core/json.ts';
import { REQUIRED_METADATA_KEYS } from '../constants.ts';
import type { Rule } from '../rule.ts';

const ENTRY_KEYS: readonly string[] = ['propertyName', 'propertyValue'];

export const metadataKeyCasing: Rule = {
    id: 'metadata-key-casing',
    defaultSeverity: 'warn',
    description: 'x-ms-connector-metadata entries are spelled exactly: keys propertyName and propertyValue, names "Website", "Privacy policy" and "Categories".',
    mirrors: 'none (ConnectorMetadataPropertiesMissing reads them case-insensitively)',
    severityReason: 'Microsoft\'s service matches these names case-insensitively: 60 of 619 certified connectors (13 changed in 2024) spell one in another case, most often "Privacy Policy"; one writes PropertyName.',
    source: 'Learn certification submission ("don\'t change the propertyName")',
    check({ swagger, report }) {
        (asArray(swagger['x-ms-connector-metadata']) ?? []).forEach((entry, i) => {
            const e = asObject(entry);
            if (!e) return;
            for (const key of Object.keys(e)) {
                const want = ENTRY_KEYS.find((k) => k !== key && k.toLowerCase() === key.toLowerCase());
                // At the entry, where Microsoft's schema reports the key it misses (dropped in favour of this one).
                if (want) report({ path: ['x-ms-connector-metadata', i], message: `Key "${key}" should be spelled "${want}".` });
            }
            const nameKey = Object.keys(e).find((k) => k.toLowerCase() === 'propertyname');
            const name = nameKey === undefined ? undefined : asString(e[nameKey]);
            if (name === undefined || REQUIRED_METADATA_KEYS.includes(name)) return;
            const loose = REQUIRED_METADATA_KEYS.find((k) => k.toLowerCase() === name.trim().toLowerCase());
            if (loose) report({ path: ['x-ms-connector-metadata', i, nameKey!], message: `"${name}" should be spelled "${loose}".` });
        });
    },
};
