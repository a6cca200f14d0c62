import { asArray } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const schemesNoHttp: Rule = {
    id: 'schemes-no-http',
    defaultSeverity: 'warn',
    description: 'schemes lists "https" without "http" beside it.',
    mirrors: 'none',
    severityReason: 'The validator allows http (SchemeNotValid accepts http and https) and 8 certified connectors list it beside https; the platform calls the https endpoint.',
    source: 'Learn certification submission (the production TLS endpoint)',
    check({ swagger, report }) {
        const schemes = asArray(swagger.schemes) ?? [];
        if (!schemes.includes('https')) return; // schemes-https
        schemes.forEach((s, i) => {
            if (s === 'http') report({ path: ['schemes', i], message: 'Scheme "http" beside "https" invites clear-text calls; list "https" only.' });
        });
    },
};
