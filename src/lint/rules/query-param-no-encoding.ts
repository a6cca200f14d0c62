import { asString } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const queryParamNoEncoding: Rule = {
    id: 'query-param-no-encoding',
    defaultSeverity: 'warn',
    description: 'Query parameters do not carry x-ms-url-encoding (it applies to path parameters only).',
    mirrors: 'QueryParameterEncodingNotSupported',
    severityReason: 'Microsoft explains it as "all query parameters are single encoded by default", so the key does nothing; 10 of 619 certified connectors (5 changed in 2024) carry it.',
    source: 'Learn "Fix Swagger Validator errors"',
    check({ walks, report }) {
        for (const p of walks.uniqueParameters()) {
            if (p.node.in !== 'query' || p.node['x-ms-url-encoding'] === undefined) continue;
            report({ path: [...p.at, 'x-ms-url-encoding'], message: `Query parameter "${asString(p.node.name) ?? '?'}" of ${p.op.label} must not have x-ms-url-encoding; it applies to path parameters only.` });
        }
    },
};
