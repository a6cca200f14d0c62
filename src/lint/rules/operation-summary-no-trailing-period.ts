import { asString } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const operationSummaryNoTrailingPeriod: Rule = {
    id: 'operation-summary-no-trailing-period',
    defaultSeverity: 'warn',
    description: 'An operation summary does not end with a period or whitespace.',
    mirrors: 'none',
    severityReason: 'Learn string guidance, not a validator code.',
    source: 'Learn connector string guidance (summaries are titles, not sentences)',
    check({ walks, report }) {
        for (const op of walks.operations()) {
            const summary = asString(op.node.summary);
            if (summary !== undefined && /[.\s]$/.test(summary)) report({ path: [...op.at, 'summary'], message: `${op.label}: summary must not end with a period or whitespace.` });
        }
    },
};
