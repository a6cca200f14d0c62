import { asObject, isObject } from '../../core/json.ts';
import { securityRequirements } from '../../swagger/reader.ts';
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
        for (const { scheme, at } of securityRequirements(swagger, walks.operations())) {
            if (!isObject(defs[scheme])) report({ path: at, message: `Security requirement "${scheme}" is not defined in securityDefinitions.` });
        }
    },
};
