import { asString } from '../../core/json.ts';
import { parameters } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const noConnectionIdParam: Rule = {
    id: 'no-connectionid-param',
    defaultSeverity: 'error',
    description: 'No parameter is named "connectionId" (the platform reserves it).',
    mirrors: 'ConnectionIdParameterNotAllowed',
    severityReason: 'A validator error: the platform reserves the name; no certified connector uses it.',
    source: 'Learn "Fix Swagger Validator errors"',
    check({ swagger, walks, report }) {
        for (const op of walks.operations()) {
            for (const p of parameters(swagger, op)) {
                if ((asString(p.node.name) ?? '').toLowerCase() === 'connectionid') {
                    report({ path: p.at, message: `${op.label}: the parameter name "connectionId" is reserved by the platform.` });
                }
            }
        }
    },
};
