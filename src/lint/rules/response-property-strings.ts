import { asString } from '../../core/json.ts';
import { successResponseProperties } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const responsePropertyStrings: Rule = {
    id: 'response-property-strings',
    defaultSeverity: 'warn',
    description: 'Every property of a success response schema has x-ms-summary and description.',
    source: 'Learn connector string guidance; certification reviews (facts §3.2 response-property-strings)',
    check({ swagger, report }) {
        for (const { prop, op } of successResponseProperties(swagger)) {
            const missing = (['x-ms-summary', 'description'] as const).filter((k) => (asString(prop.schema[k]) ?? '').trim() === '');
            if (missing.length > 0) report({ path: prop.at, message: `Response property "${prop.name}" (${op.label}) is missing ${missing.join(' and ')}.` });
        }
    },
};
