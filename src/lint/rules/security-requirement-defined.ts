import type { JsonPathSegments } from '../../core/pointer.ts';
import { asArray, asObject, entries, isObject } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const securityRequirementDefined: Rule = {
    id: 'security-requirement-defined',
    defaultSeverity: 'warn',
    description: 'Every security requirement names a scheme defined in securityDefinitions.',
    mirrors: 'SecurityRequirementMustBeDefined',
    severityReason: 'Power Platform authenticates from apiProperties.json, not from the requirement, and 27 of 619 certified connectors (7 changed in 2024, Encodian among them) name undefined schemes.',
    source: 'Swagger 2.0 Security Requirement Object; validator SecurityRequirementMustBeDefined',
    check({ swagger, walks, report }) {
        const defs = asObject(swagger.securityDefinitions) ?? {};
        const check = (list: unknown, at: JsonPathSegments) => {
            (asArray(list) ?? []).forEach((req, i) => {
                for (const [scheme] of entries(req)) {
                    if (!isObject(defs[scheme])) report({ path: [...at, i, scheme], message: `Security requirement "${scheme}" is not defined in securityDefinitions.` });
                }
            });
        };
        check(swagger.security, ['security']);
        for (const op of walks.operations()) check(op.node.security, [...op.at, 'security']);
    },
};
