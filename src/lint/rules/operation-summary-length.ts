import { asString } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const operationSummaryLength: Rule = {
    id: 'operation-summary-length',
    defaultSeverity: 'warn',
    description: 'An operation summary has at most 80 characters.',
    mirrors: 'OperationSummaryTooLong',
    severityReason: 'Learn gives 80 in the string guidance but 120 in the validator table, and the validator words it "should"; a readability limit.',
    source: 'Learn certification submission and connector string guidance',
    check({ walks, report }) {
        for (const op of walks.operations()) {
            const summary = asString(op.node.summary);
            if (summary !== undefined && summary.length > 80) report({ path: [...op.at, 'summary'], message: `${op.label}: summary has ${summary.length} characters; keep it to 80.` });
        }
    },
};
