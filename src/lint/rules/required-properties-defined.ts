import { asArray } from '../../core/json.ts';
import { declaredProperties } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const requiredPropertiesDefined: Rule = {
    id: 'required-properties-defined',
    defaultSeverity: 'warn',
    description: 'Every name in a schema\'s "required" list is one of its properties (or of its allOf parts).',
    mirrors: 'RequiredPropertyDefinitionMissing',
    severityReason: 'The one certified case (ForceManager CRM, changed in 2024: "required" beside a $ref) was accepted, so the corpus says warning; the Swagger 2.0 layer no longer stops on it.',
    source: 'Swagger 2.0 (swagger-parser checks definitions and body schemas)',
    check({ swagger, walks, report }) {
        for (const { node, at } of walks.schemaObjects()) {
            const required = asArray(node.required);
            const names = required && declaredProperties(swagger, node);
            if (!required || !names) continue; // a parameter's boolean "required", or a schema without declared properties
            required.forEach((name, i) => {
                if (typeof name === 'string' && !names.has(name)) report({ path: [...at, 'required', i], message: `"${name}" is listed as required but is not one of the properties.` });
            });
        }
    },
};
