import { asObject, asString } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const titleEndsAlnum: Rule = {
    id: 'title-ends-alnum',
    defaultSeverity: 'error',
    description: 'info.title ends with a letter, a digit or ")" (no trailing space, newline or other punctuation).',
    mirrors: 'ValueMustEndWithAlphanumeric',
    severityReason: 'A validator error; ")" counts as an ending because independent-publisher titles must end with "(Independent Publisher)" and every certified title that ended otherwise ended with ")".',
    source: 'Learn certification submission; Learn independent publisher submission (title suffix)',
    check({ swagger, report }) {
        const title = asString(asObject(swagger.info)?.title);
        if (title !== undefined && !/[A-Za-z0-9)]$/.test(title)) {
            report({ path: ['info', 'title'], message: `Title must end with a letter, a digit or ")" (ends with ${JSON.stringify(title.slice(-1))}).` });
        }
    },
};
