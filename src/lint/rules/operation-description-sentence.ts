import { asString } from '../../core/json.ts';
import { operations } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const operationDescriptionSentence: Rule = {
    id: 'operation-description-sentence',
    defaultSeverity: 'warn',
    description: 'An operation description is a full sentence ending with ".", "!" or "?" and differs from the summary.',
    source: 'Learn certification submission and coding standards (review)',
    check({ swagger, report }) {
        for (const op of operations(swagger)) {
            const description = asString(op.node.description);
            if (description === undefined || description.trim() === '') continue;
            const at = [...op.at, 'description'];
            if (!/[.!?]$/.test(description.trim())) report({ path: at, message: `${op.label}: description must end with a period.` });
            const summary = asString(op.node.summary);
            if (summary !== undefined && summary.trim().toLowerCase() === description.trim().replace(/[.!?]$/, '').toLowerCase()) {
                report({ path: at, message: `${op.label}: description repeats the summary; explain what the operation does.` });
            }
        }
    },
};
