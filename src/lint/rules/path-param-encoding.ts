import { asString } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const pathParamEncoding: Rule = {
    id: 'path-param-encoding',
    defaultSeverity: 'warn',
    description: 'Path parameters declare x-ms-url-encoding ("single" or "double").',
    mirrors: 'PathParameterMissingEncoding',
    severityReason: 'Microsoft words it "might lead to invalid requests" and Learn says path parameters are single-encoded by default; 133 of 619 certified connectors (28 changed in 2024) omit it.',
    source: 'Learn "Use OpenAPI extensions" training (x-ms-url-encoding, default single); Learn extensions',
    check({ walks, report }) {
        for (const p of walks.uniqueParameters()) {
            if (p.in !== 'path' || p.node['x-ms-url-encoding'] !== undefined) continue;
            report({ path: p.at, message: `Path parameter "${asString(p.node.name) ?? '?'}" of ${p.op.label} has no x-ms-url-encoding; it is single-encoded by default.` });
        }
    },
};
