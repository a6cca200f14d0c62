import { asString } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const bodyPropertyStrings: Rule = {
    id: 'body-property-strings',
    defaultSeverity: 'warn',
    description: 'Body and formData parameters of visible operations, and every property of a body schema (through $refs, nested objects and array items; internal ones skipped), have x-ms-summary and description.',
    mirrors: 'none',
    severityReason: "Makers fill these fields, but Microsoft's validator does not require them: 434 of 619 certified connectors (102 changed in 2024) ship body properties without them.",
    source: 'Learn connector string guidance; Learn certification submission (summaries and descriptions)',
    check({ walks, report }) {
        for (const p of walks.uniqueParameters()) {
            if ((p.in !== 'body' && p.in !== 'formData') || p.node['x-ms-visibility'] === 'internal' || p.op.node['x-ms-visibility'] === 'internal') continue;
            const missing = (['x-ms-summary', 'description'] as const).filter((k) => (asString(p.node[k]) ?? '').trim() === '');
            if (missing.length > 0) report({ path: p.at, message: `Parameter "${p.name}" (${p.in}) of ${p.op.label} is missing ${missing.join(' and ')}.` });
        }
        for (const { prop, op } of walks.bodyProperties()) {
            const missing = (['x-ms-summary', 'description'] as const).filter((k) => (asString(prop.schema[k]) ?? '').trim() === '');
            if (missing.length > 0) report({ path: prop.at, message: `Body property "${prop.name}" (${op.label}) is missing ${missing.join(' and ')}.` });
        }
    },
};
