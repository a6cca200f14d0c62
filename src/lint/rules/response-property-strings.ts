import { asString } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const responsePropertyStrings: Rule = {
    id: 'response-property-strings',
    defaultSeverity: 'warn',
    description: 'Every property of a success response schema has x-ms-summary and description (a property shared with a request body: body-property-strings).',
    mirrors: 'none',
    severityReason: 'Learn guidance checked in review; a definition shared with a request body is reported once, by body-property-strings.',
    source: 'Learn connector string guidance; certification reviews',
    check({ walks, report }) {
        const inBody = new Set(walks.bodyProperties().map(({ prop }) => JSON.stringify(prop.at)));
        for (const { prop, op } of walks.successResponseProperties()) {
            if (inBody.has(JSON.stringify(prop.at))) continue; // a definition shared with a request body: body-property-strings
            const missing = (['x-ms-summary', 'description'] as const).filter((k) => (asString(prop.schema[k]) ?? '').trim() === '');
            if (missing.length > 0) report({ path: prop.at, message: `Response property "${prop.name}" (${op.label}) is missing ${missing.join(' and ')}.` });
        }
    },
};
