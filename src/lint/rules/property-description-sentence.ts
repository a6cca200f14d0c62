import type { JsonPathSegments } from '../../core/pointer.ts';
import { asString, type JsonObject } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const propertyDescriptionSentence: Rule = {
    id: 'property-description-sentence',
    defaultSeverity: 'warn',
    description: 'Parameter, body property and response property descriptions end with ".", "!" or "?" (a one-word input description needs none) and differ from their x-ms-summary.',
    mirrors: 'none',
    severityReason: "Learn string guidance, not a validator code; a one-word parameter or body field description needs no period (\"No period required if there's a single word\").",
    source: 'Learn connector string guidance',
    check({ walks, report }) {
        const seen = new Set<string>();
        /** Learn string guidance: "No period required if there's a single word" (parameters; body fields are inputs too). */
        const check = (node: JsonObject, at: JsonPathSegments, label: string, oneWordOk: boolean) => {
            const key = JSON.stringify(at);
            if (seen.has(key)) return;
            seen.add(key);
            const description = asString(node.description)?.trim();
            if (description === undefined || description === '') return; // missing strings are other rules' findings
            const path = [...at, 'description'];
            if (!/[.!?]$/.test(description) && !(oneWordOk && !/\s/.test(description))) report({ path, message: `${label}: description must end with a period.` });
            const summary = asString(node['x-ms-summary'])?.trim();
            if (summary !== undefined && summary !== '' && summary.toLowerCase() === description.replace(/[.!?]$/, '').trim().toLowerCase()) {
                report({ path, message: `${label}: description repeats the x-ms-summary; say what the value means.` });
            }
        };
        for (const p of walks.uniqueParameters()) check(p.node, p.at, `Parameter "${asString(p.node.name) ?? '?'}" of ${p.op.label}`, true);
        for (const { prop, op } of walks.bodyProperties()) check(prop.schema, prop.at, `Property "${prop.name}" (${op.label})`, true);
        for (const { prop, op } of walks.successResponseProperties()) check(prop.schema, prop.at, `Property "${prop.name}" (${op.label})`, false);
    },
};
