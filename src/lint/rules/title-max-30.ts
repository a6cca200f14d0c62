import { asObject, asString } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const titleMax30: Rule = {
    id: 'title-max-30',
    defaultSeverity: 'error',
    description: 'info.title has at most 30 characters.',
    mirrors: 'FieldLengthExceeded',
    severityReason: 'The certification validator fails PRs with it (PR #3407, #3841); 1 of 619 certified connectors exceeds it, none changed in 2024.',
    source: 'Learn certification submission; PR #3407, #3841',
    check({ swagger, report }) {
        const title = asString(asObject(swagger.info)?.title);
        if (title !== undefined && title.length > 30) {
            report({ path: ['info', 'title'], message: `Title has ${title.length} characters; the limit is 30.` });
        }
    },
};
