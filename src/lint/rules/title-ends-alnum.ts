import { asObject, asString } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const titleEndsAlnum: Rule = {
    id: 'title-ends-alnum',
    defaultSeverity: 'error',
    description: 'info.title ends with a letter or digit (no trailing space, newline or punctuation).',
    source: 'Validator ValueMustEndWithAlphanumeric; Learn certification submission',
    check({ swagger, report }) {
        const title = asString(asObject(swagger.info)?.title);
        if (title !== undefined && !/[A-Za-z0-9]$/.test(title)) {
            report({ path: ['info', 'title'], message: `Title must end with a letter or digit (ends with ${JSON.stringify(title.slice(-1))}).` });
        }
    },
};
