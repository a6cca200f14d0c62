import type { JsonPathSegments } from '../../core/pointer.ts';
import { asString, type JsonObject } from '../../core/json.ts';
import { bodyProperties, successResponseProperties, uniqueParameters } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const propertyDescriptionSentence: Rule = {
    id: 'property-description-sentence',
    defaultSeverity: 'warn',
    description: 'Parameter, body property and response property descriptions end with ".", "!" or "?" and differ from their x-ms-summary.',
    source: 'Learn connector string guidance (facts §3.2 response-property-strings: description ends with period; operation-description-sentence)',
    check({ swagger, report }) {
        const seen = new Set<string>();
        const check = (node: JsonObject, at: JsonPathSegments, label: string) => {
            const key = JSON.stringify(at);
            if (seen.has(key)) return;
            seen.add(key);
            const description = asString(node.description)?.trim();
            if (description === undefined || description === '') return; // missing strings are other rules' findings
            const path = [...at, 'description'];
            if (!/[.!?]$/.test(description)) report({ path, message: `${label}: description must end with a period.` });
            const summary = asString(node['x-ms-summary'])?.trim();
            if (summary !== undefined && summary !== '' && summary.toLowerCase() === description.replace(/[.!?]$/, '').trim().toLowerCase()) {
                report({ path, message: `${label}: description repeats the x-ms-summary; say what the value means.` });
            }
        };
        for (const p of uniqueParameters(swagger)) check(p.node, p.at, `Parameter "${asString(p.node.name) ?? '?'}" of ${p.op.label}`);
        for (const { prop, op } of bodyProperties(swagger)) check(prop.schema, prop.at, `Property "${prop.name}" (${op.label})`);
        for (const { prop, op } of successResponseProperties(swagger)) check(prop.schema, prop.at, `Property "${prop.name}" (${op.label})`);
    },
};
