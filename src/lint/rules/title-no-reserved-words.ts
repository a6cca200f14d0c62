import { asObject, asString } from '../../core/json.ts';
import { RESERVED_TITLE_WORDS } from '../constants.ts';
import { findPhrase } from '../text.ts';
import type { Rule } from '../rule.ts';

export const titleNoReservedWords: Rule = {
    id: 'title-no-reserved-words',
    defaultSeverity: 'error',
    description: 'info.title does not contain "API", "Connector" or a Power Platform product name.',
    mirrors: 'ValueContainsRestrictedWords',
    severityReason: "Learn: a title \"can't contain the words API\" or Connector, and the validator fails PRs on it (PR #3407); the one certified connector changed in 2024 that has it (Dokobit Universal API) is the defect this rule exists for.",
    source: 'Learn certification submission (2025); PR #3407',
    check({ swagger, report }) {
        const title = asString(asObject(swagger.info)?.title);
        if (title === undefined) return;
        for (const word of RESERVED_TITLE_WORDS) {
            if (findPhrase(title, word)) report({ path: ['info', 'title'], message: `Title contains the reserved word "${word}".` });
        }
    },
};
