import { asArray } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const schemesHttps: Rule = {
    id: 'schemes-https',
    defaultSeverity: 'error',
    description: 'schemes is a non-empty list that contains only "https".',
    source: 'Validator SchemesArrayEmpty, SchemeNotValid; certification requires the production (TLS) endpoint',
    check({ swagger, report }) {
        const schemes = asArray(swagger.schemes);
        if (!schemes || schemes.length === 0) {
            report({ path: swagger.schemes === undefined ? [] : ['schemes'], message: 'schemes must list "https".' });
            return;
        }
        schemes.forEach((s, i) => {
            if (s !== 'https') report({ path: ['schemes', i], message: `Scheme ${JSON.stringify(s)} is not allowed; use "https" only.` });
        });
    },
};
