import { asString } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const hostValid: Rule = {
    id: 'host-valid',
    defaultSeverity: 'error',
    description: 'host is a bare host name with an optional port (no scheme, path or template).',
    mirrors: 'HostNameNotValid',
    severityReason: 'A validator error; 1 of 619 certified connectors, none changed in 2024.',
    source: 'Swagger 2.0 host pattern',
    check({ swagger, report }) {
        if (swagger.host === undefined) {
            report({ path: [], message: 'host is missing; Power Platform needs the production host name.' });
            return;
        }
        const host = asString(swagger.host);
        if (host === undefined || !/^[A-Za-z0-9.-]+(:\d+)?$/.test(host) || host.startsWith('.') || host.endsWith('.')) {
            report({ path: ['host'], message: `host ${JSON.stringify(swagger.host)} must be a bare host name such as "api.example.com" (no scheme or path).` });
        }
    },
};
