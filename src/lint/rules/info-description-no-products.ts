import { asObject, asString } from '../../core/json.ts';
import { RESTRICTED_DESCRIPTION_PRODUCTS } from '../constants.ts';
import { findPhrase } from '../text.ts';
import type { Rule } from '../rule.ts';

export const infoDescriptionNoProducts: Rule = {
    id: 'info-description-no-products',
    defaultSeverity: 'error',
    description: 'info.description does not name Power Apps, Power Automate, Logic Apps or Copilot Studio.',
    mirrors: 'ValueContainsRestrictedWords',
    severityReason: 'The certification validator fails PRs on product names (PR #550, #3407); no certified connector changed in 2024 has one.',
    source: 'PR #550, #3407',
    check({ swagger, report }) {
        const description = asString(asObject(swagger.info)?.description);
        if (description === undefined) return;
        for (const product of RESTRICTED_DESCRIPTION_PRODUCTS) {
            if (findPhrase(description, product)) {
                report({ path: ['info', 'description'], message: `info.description mentions "${product}"; product names are restricted words.` });
            }
        }
    },
};
