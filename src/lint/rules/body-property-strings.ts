import { asString } from '../../core/json.ts';
import { bodyProperties } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const bodyPropertyStrings: Rule = {
    id: 'body-property-strings',
    defaultSeverity: 'error',
    description: 'Every property of a body parameter schema (through $refs, nested objects and array items; internal ones skipped) has x-ms-summary and description.',
    source: 'Certification validator "property is required" on body fields (PR #550, #4041, #4160; facts §3.2 parameter-summary-required): makers fill these fields',
    check({ swagger, report }) {
        for (const { prop, op } of bodyProperties(swagger)) {
            const missing = (['x-ms-summary', 'description'] as const).filter((k) => (asString(prop.schema[k]) ?? '').trim() === '');
            if (missing.length > 0) report({ path: prop.at, message: `Body property "${prop.name}" (${op.label}) is missing ${missing.join(' and ')}.` });
        }
    },
};
