import type { Rule } from '../rule.ts';

export const xNullableBoolean: Rule = {
    id: 'x-nullable-boolean',
    defaultSeverity: 'warn',
    description: 'x-nullable is true or false, not a string.',
    mirrors: 'JsonTypeIncorrect',
    severityReason: "Microsoft's schema lets any x- value through and 1 certified connector ships \"true\" as a string; what the platform does with it is not documented, so a warning.",
    source: 'AutoRest x-nullable (a boolean); Power Platform reads it for nullable values',
    check({ walks, report }) {
        for (const { node, at } of walks.schemaObjects()) {
            if (!('x-nullable' in node) || typeof node['x-nullable'] === 'boolean') continue;
            report({ path: [...at, 'x-nullable'], message: `x-nullable ${JSON.stringify(node['x-nullable'])} must be true or false; another value may be ignored.` });
        }
    },
};
