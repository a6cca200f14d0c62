import { asObject } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const infoContactRequired: Rule = {
    id: 'info-contact-required',
    defaultSeverity: 'error',
    description: 'info.contact is present (its fields: info-contact-fields).',
    mirrors: "RequiredPropertyMissing (\"The 'contact' property is required\")",
    severityReason: 'The validator stops a PR without info.contact (PR #1095); of the certified connectors changed in 2024 only D7SMS lacks it. Its fields are info-contact-fields.',
    source: 'PR #1095; Learn certification submission',
    check({ swagger, report }) {
        const info = asObject(swagger.info);
        if (!info) return;
        const contact = asObject(info.contact);
        if (!contact) report({ path: ['info'], message: 'info.contact is missing; it needs name, url and email.' });
    },
};
