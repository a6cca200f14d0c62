import { asObject, asString } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const infoDescriptionLength: Rule = {
    id: 'info-description-length',
    defaultSeverity: 'error',
    description: 'info.description is present and has 30 to 500 characters (paconn also crashes without it).',
    mirrors: 'FieldLengthNotInRange',
    severityReason: 'A validator error (PR #550), and paconn create/update crash without info.description; 1 of 619 certified connectors, none changed in 2024.',
    source: 'PR #550; certified template; paconn upsert.py reads info.description',
    check({ swagger, report }) {
        const info = asObject(swagger.info);
        if (!info) return;
        const description = asString(info.description);
        if (description === undefined) {
            report({ path: ['info'], message: 'info.description is missing; certification needs 30 to 500 characters and paconn create/update fail without it.' });
            return;
        }
        const n = description.length;
        if (n < 30 || n > 500) report({ path: ['info', 'description'], message: `info.description has ${n} characters; it must have 30 to 500.` });
    },
};
