import { asString } from '../../core/json.ts';
import { uniqueParameters } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const queryParamNoEncoding: Rule = {
    id: 'query-param-no-encoding',
    defaultSeverity: 'error',
    description: 'Query parameters do not carry x-ms-url-encoding (it applies to path parameters only).',
    source: 'Validator QueryParameterEncodingNotSupported (facts §3.2 path-param-required)',
    check({ swagger, report }) {
        for (const p of uniqueParameters(swagger)) {
            if (p.node.in !== 'query' || p.node['x-ms-url-encoding'] === undefined) continue;
            report({ path: [...p.at, 'x-ms-url-encoding'], message: `Query parameter "${asString(p.node.name) ?? '?'}" of ${p.op.label} must not have x-ms-url-encoding; it applies to path parameters only.` });
        }
    },
};
