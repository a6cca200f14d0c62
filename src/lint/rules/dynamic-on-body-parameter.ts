import type { Rule } from '../rule.ts';

export const dynamicOnBodyParameter: Rule = {
    id: 'dynamic-on-body-parameter',
    defaultSeverity: 'error',
    description: 'No x-ms-dynamic-values or x-ms-dynamic-list sits on an "in": "body" parameter object (it belongs on the body schema).',
    mirrors: 'DynamicExtensionDefinitionNotAllowedInParameter',
    severityReason: "A validator error; Microsoft's schema allows the extension there, so only this rule catches it. No certified connector has it.",
    source: 'Learn "Fix Swagger Validator errors"; G2 spec §5',
    check({ walks, report }) {
        for (const e of walks.dynamicExtensions()) {
            if (e.parameterIn === 'body') report({ path: e.at, message: `${e.label}: ${e.ext} must be on the body schema, not on the body parameter.` });
        }
    },
};
