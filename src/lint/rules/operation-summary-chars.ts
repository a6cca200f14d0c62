import { asString } from '../../core/json.ts';
import { SUMMARY_RESTRICTED_CHARS } from '../constants.ts';
import type { Rule } from '../rule.ts';

export const operationSummaryChars: Rule = {
    id: 'operation-summary-chars',
    defaultSeverity: 'error',
    description: `An operation summary contains none of ${SUMMARY_RESTRICTED_CHARS.join(' ')}.`,
    mirrors: 'RestrictedCharactersInSummary',
    severityReason: 'A validator error (PR #1095); no certified connector has one.',
    source: 'PR #1095; Learn connector string guidance',
    check({ walks, report }) {
        for (const op of walks.operations()) {
            const summary = asString(op.node.summary);
            if (summary === undefined) continue;
            const hits = SUMMARY_RESTRICTED_CHARS.filter((c) => summary.includes(c));
            if (hits.length > 0) report({ path: [...op.at, 'summary'], message: `${op.label}: summary contains restricted character(s) ${hits.join(' ')}.` });
        }
    },
};
