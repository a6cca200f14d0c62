import { asObject, asString } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

const EMAIL = /^[\x21-\x3f\x41-\x7e]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

export const infoContactRequired: Rule = {
    id: 'info-contact-required',
    defaultSeverity: 'error',
    description: 'info.contact has name, an http(s) url and a valid ASCII email.',
    source: 'Validator "The \'contact\' property is required" (PR #1095), ContactEmailNotValid',
    check({ swagger, report }) {
        const info = asObject(swagger.info);
        if (!info) return;
        const contact = asObject(info.contact);
        if (!contact) {
            report({ path: ['info'], message: 'info.contact is missing; it needs name, url and email.' });
            return;
        }
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
