import { asArray } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const schemesHttps: Rule = {
    id: 'schemes-https',
    defaultSeverity: 'error',
    description: 'schemes is a non-empty list of "http" and "https" that includes "https" ("http" beside it: schemes-no-http).',
    mirrors: 'SchemesArrayEmpty, SchemeNotValid, SchemeNotSupported',
    severityReason: 'Validator errors; "http" beside "https" is allowed by SchemeNotValid, so only that is left to schemes-no-http (a warning).',
    source: 'Learn certification submission (the production TLS endpoint)',
    check({ swagger, report }) {
        const schemes = asArray(swagger.schemes);
        if (!schemes || schemes.length === 0) {
            report({ path: swagger.schemes === undefined ? [] : ['schemes'], message: 'schemes must list "https".' });
            return;
        }
        if (!schemes.includes('https')) report({ path: ['schemes'], message: 'schemes must include "https"; certification needs the production TLS endpoint.' });
        schemes.forEach((s, i) => {
            if (s !== 'https' && s !== 'http') report({ path: ['schemes', i], message: `Scheme ${JSON.stringify(s)} is not supported; use "https".` });
        });
    },
};
