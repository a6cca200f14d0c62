import { asString } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const operationDescriptionSentence: Rule = {
    id: 'operation-description-sentence',
    defaultSeverity: 'warn',
    description: 'An operation description of more than one word ends with ".", "!" or "?", and it differs from the summary.',
    mirrors: 'none',
    severityReason: 'Learn guidance checked in review, not a validator code; a single word needs no period (string guidance).',
    source: 'Learn certification submission, coding standards and connector string guidance',
    check({ walks, report }) {
        for (const op of walks.operations()) {
            const description = asString(op.node.description);
            if (description === undefined || description.trim() === '') continue;
            const at = [...op.at, 'description'];
            // Learn string guidance: no period is required for a single word.
            if (!/[.!?]$/.test(description.trim()) && /\s/.test(description.trim())) report({ path: at, message: `${op.label}: description must end with a period.` });
            const summary = asString(op.node.summary);
            if (summary !== undefined && summary.trim().toLowerCase() === description.trim().replace(/[.!?]$/, '').toLowerCase()) {
                report({ path: at, message: `${op.label}: description repeats the summary; explain what the operation does.` });
            }
        }
    },
};
