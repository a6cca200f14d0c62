import { entries } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const pathParamRequired: Rule = {
    id: 'path-param-required',
    defaultSeverity: 'error',
    description: 'Path templates contain no "?", "#" or "*" (x-ms-url-encoding: path-param-encoding).',
    mirrors: 'OperationPathMayNotContainQueryOrFragment, OperationPathContainsUnsupportedCharacters',
    severityReason: 'Validator errors: the platform cannot route such a path; no certified connector has one. x-ms-url-encoding is path-param-encoding; required and template checks are swagger-structure.',
    source: 'Learn "Fix Swagger Validator errors"; facts §3.2a',
    check({ swagger, report }) {
        for (const [pathKey] of entries(swagger.paths)) {
            if (/[?#]/.test(pathKey)) report({ path: ['paths', pathKey], message: `Path "${pathKey}" must not contain a query string or fragment ("?" or "#"); declare query parameters instead.` });
            if (pathKey.includes('*')) report({ path: ['paths', pathKey], message: `Path "${pathKey}" must not contain "*".` });
        }
    },
};
