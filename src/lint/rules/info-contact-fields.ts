import { asObject, asString } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

const EMAIL = /^[\x21-\x3f\x41-\x7e]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

export const infoContactFields: Rule = {
    id: 'info-contact-fields',
    defaultSeverity: 'warn',
    description: 'info.contact has a name, an http(s) url and a valid ASCII email.',
    mirrors: 'ContactEmailNotValid',
    severityReason: 'Learn words ContactEmailNotValid "if present", and 32 of 619 certified connectors (6 changed in 2024) lack a contact field or have one in another form.',
    source: 'Learn certification submission (contact name, url, email); validator ContactEmailNotValid',
    check({ swagger, report }) {
        const contact = asObject(asObject(swagger.info)?.contact);
        if (!contact) return; // info-contact-required
        for (const key of ['name', 'url', 'email'] as const) {
            const value = asString(contact[key]);
            if (value === undefined || value.trim() === '') {
                report({ path: ['info', 'contact'], message: `info.contact.${key} is missing.` });
            } else if (key === 'email' && !EMAIL.test(value)) {
                report({ path: ['info', 'contact', 'email'], message: `info.contact.email "${value}" is not a valid ASCII email address.` });
            } else if (key === 'url' && !/^https?:\/\/[^\s/]+/.test(value)) {
                report({ path: ['info', 'contact', 'url'], message: `info.contact.url "${value}" is not an http(s) URL.` });
            }
        }
    },
};
