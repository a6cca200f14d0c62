import { asString, entries } from '../../core/json.ts';
import { uniqueParameters } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const pathParamRequired: Rule = {
    id: 'path-param-required',
    defaultSeverity: 'error',
    description: 'Path parameters declare x-ms-url-encoding, and path templates contain no "?", "#" or "*".',
    source: 'Validator PathParameterMissingEncoding, OperationPathMayNotContainQueryOrFragment, OperationPathContainsUnsupportedCharacters (facts §3.2 path-param-required, §3.2a); required and template checks are in swagger-structure',
    check({ swagger, report }) {
        for (const [pathKey] of entries(swagger.paths)) {
            if (/[?#]/.test(pathKey)) report({ path: ['paths', pathKey], message: `Path "${pathKey}" must not contain a query string or fragment ("?" or "#"); declare query parameters instead.` });
            if (pathKey.includes('*')) report({ path: ['paths', pathKey], message: `Path "${pathKey}" must not contain "*".` });
        }
        for (const p of uniqueParameters(swagger)) {
            if (p.node.in !== 'path' || p.node['x-ms-url-encoding'] !== undefined) continue;
            report({ path: p.at, message: `Path parameter "${asString(p.node.name) ?? '?'}" of ${p.op.label} needs x-ms-url-encoding ("single" or "double").` });
        }
    },
};
