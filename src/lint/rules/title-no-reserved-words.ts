import { asObject, asString } from '../../core/json.ts';
import { RESERVED_TITLE_WORDS } from '../constants.ts';
import { findPhrase } from '../text.ts';
import type { Rule } from '../rule.ts';

export const titleNoReservedWords: Rule = {
    id: 'title-no-reserved-words',
    defaultSeverity: 'error',
    description: 'info.title does not contain "API", "Connector" or a Power Platform product name.',
    source: 'Certification validator restricted words (PR #3407); Learn certification submission (2025)',
    check({ swagger, report }) {
        const title = asString(asObject(swagger.info)?.title);
        if (title === undefined) return;
        for (const word of RESERVED_TITLE_WORDS) {
            if (findPhrase(title, word)) report({ path: ['info', 'title'], message: `Title contains the reserved word "${word}".` });
        }
    },
};
