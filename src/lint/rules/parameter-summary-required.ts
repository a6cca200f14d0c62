import { toPointer } from '../../validate/diagnostic.ts';
import { asString } from '../../validate/json-walk.ts';
import { operations, parameters } from '../walk.ts';
import type { Rule } from '../rule.ts';

export const parameterSummaryRequired: Rule = {
    id: 'parameter-summary-required',
    defaultSeverity: 'error',
    description: 'Every parameter has a non-empty x-ms-summary and description.',
    source: 'Certification validator "property is required" (PR #550, #4041, #4160)',
    check({ swagger, report }) {
        const done = new Set<string>();
        for (const op of operations(swagger)) {
            for (const p of parameters(swagger, op)) {
                const key = toPointer(p.at);
                if (done.has(key)) continue;
                done.add(key);
                const missing = (['x-ms-summary', 'description'] as const).filter((k) => (asString(p.param[k]) ?? '').trim() === '');
                if (missing.length > 0) {
                    const name = asString(p.param.name) ?? '?';
                    report({ path: p.at, message: `Parameter "${name}" of ${op.label} is missing ${missing.join(' and ')}.` });
                }
            }
        }
    },
};
