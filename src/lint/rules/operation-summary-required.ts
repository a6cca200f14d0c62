import { operations } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const operationSummaryRequired: Rule = {
    id: 'operation-summary-required',
    defaultSeverity: 'error',
    description: 'Every operation has a non-empty summary and description.',
    source: 'Validator "The \'description\' property is required" (PR #3408); PR checklist',
    check({ swagger, report }) {
        for (const op of operations(swagger)) {
            for (const key of ['summary', 'description'] as const) {
                const v = op.node[key];
                if (typeof v !== 'string' || v.trim() === '') report({ path: op.at, message: `${op.label} has no ${key}.` });
            }
        }
    },
};
