import { asObject } from '../../core/json.ts';
import { operations } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const responseDefaultNoSchema: Rule = {
    id: 'response-default-no-schema',
    defaultSeverity: 'error',
    description: 'The "default" response carries no schema.',
    source: 'Validator DefaultResponseHasSchema',
    check({ swagger, report }) {
        for (const op of operations(swagger)) {
            const def = asObject(asObject(op.node.responses)?.default);
            if (def?.schema !== undefined) report({ path: [...op.at, 'responses', 'default', 'schema'], message: `${op.label}: the default response must not have a schema.` });
        }
    },
};
