import { asObject, entries, isObject } from '../../core/json.ts';
import { securityRequirements } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const securityApikey: Rule = {
    id: 'security-apikey',
    defaultSeverity: 'error',
    description: 'apiKey security schemes have a name and in (header or query); requirements of non-OAuth schemes use [].',
    mirrors: 'SecuritySchemePropertyRequired, SecurityRequirementMustHaveEmptyValue',
    severityReason: 'Validator errors; an undefined requirement, which certified connectors ship, is security-requirement-defined (a warning).',
    source: 'Swagger 2.0 Security Scheme Object',
    check({ swagger, walks, report }) {
        const defs = asObject(swagger.securityDefinitions) ?? {};
        for (const [name, def] of entries(defs)) {
            if (!isObject(def) || def.type !== 'apiKey') continue;
            if (typeof def.name !== 'string' || def.name.trim() === '') {
                report({ path: ['securityDefinitions', name], message: `apiKey scheme "${name}" needs "name" (the header or query parameter that carries the key).` });
            }
            if (def.in !== 'header' && def.in !== 'query') {
                report({ path: ['securityDefinitions', name], message: `apiKey scheme "${name}" needs "in": "header" or "query".` });
            }
        }
        for (const { scheme, scopes, at } of securityRequirements(swagger, walks.operations())) {
            const def = asObject(defs[scheme]);
            if (!def) continue; // security-requirement-defined
            if (def.type !== 'oauth2' && !(Array.isArray(scopes) && scopes.length === 0)) report({ path: at, message: `Security requirement "${scheme}" must have an empty list [].` });
        }
    },
};
