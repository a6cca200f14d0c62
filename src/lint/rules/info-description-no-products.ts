import { asObject, asString } from '../../core/json.ts';
import { RESTRICTED_DESCRIPTION_PRODUCTS } from '../constants.ts';
import { findPhrase } from '../text.ts';
import type { Rule } from '../rule.ts';

export const infoDescriptionNoProducts: Rule = {
    id: 'info-description-no-products',
    defaultSeverity: 'error',
    description: 'info.description does not name Power Apps, Power Automate, Logic Apps or Copilot Studio.',
    source: 'Certification validator restricted words (PR #550, #3407)',
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
