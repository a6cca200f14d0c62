import { asString } from '../../core/json.ts';
import { uniqueParameters } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const parameterSummaryRequired: Rule = {
    id: 'parameter-summary-required',
    defaultSeverity: 'error',
    description: 'Every parameter has a non-empty x-ms-summary and description.',
    source: 'Certification validator "property is required" (PR #550, #4041, #4160)',
    check({ swagger, report }) {
        for (const p of uniqueParameters(swagger)) {
            const missing = (['x-ms-summary', 'description'] as const).filter((k) => (asString(p.node[k]) ?? '').trim() === '');
            if (missing.length > 0) {
                const name = asString(p.node.name) ?? '?';
                report({ path: p.at, message: `Parameter "${name}" of ${p.op.label} is missing ${missing.join(' and ')}.` });
            }
        }
    },
};
