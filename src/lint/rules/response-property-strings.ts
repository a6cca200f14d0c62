import { toPointer } from '../../validate/diagnostic.ts';
import { asObject, asString } from '../../validate/json-walk.ts';
import { operations, schemaProperties, successCodes } from '../walk.ts';
import type { Rule } from '../rule.ts';

export const responsePropertyStrings: Rule = {
    id: 'response-property-strings',
    defaultSeverity: 'warn',
    description: 'Every property of a success response schema has x-ms-summary and description.',
    source: 'Learn connector string guidance; certification reviews (facts §3.2 response-property-strings)',
    check({ swagger, report }) {
        const done = new Set<string>();
        for (const op of operations(swagger)) {
            const responses = asObject(op.op.responses);
            for (const code of successCodes(op.op)) {
                const schema = asObject(responses?.[code])?.schema;
                for (const prop of schemaProperties(swagger, schema, [...op.at, 'responses', code, 'schema'])) {
                    const key = toPointer(prop.at);
                    if (done.has(key)) continue;
                    done.add(key);
                    const missing = (['x-ms-summary', 'description'] as const).filter((k) => (asString(prop.schema[k]) ?? '').trim() === '');
                    if (missing.length > 0) report({ path: prop.at, message: `Response property "${prop.name}" (${op.label}) is missing ${missing.join(' and ')}.` });
                }
            }
        }
    },
};
