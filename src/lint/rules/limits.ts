import { MAX_BODY_SCHEMAS, MAX_OPERATIONS } from '../constants.ts';
import { countSchemas } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const limits: Rule = {
    id: 'limits',
    defaultSeverity: 'error',
    description: `A connector has at most ${MAX_OPERATIONS} operations and ${MAX_BODY_SCHEMAS} schemas per body (file size: swagger-file-size).`,
    mirrors: 'TotalOperationsCountExceedsMaxAllowed, BodySchemaCountExceedsMaxAllowed',
    severityReason: 'Validator errors (the platform refuses larger connectors); no certified connector exceeds them. The file size is swagger-file-size.',
    source: 'Learn FAQ and Logic Apps limits (facts §3.2 limits, §5.6)',
    check({ swagger, walks, report }) {
        const n = walks.operations().length;
        if (n > MAX_OPERATIONS) report({ path: ['paths'], message: `The connector has ${n} operations; the limit is ${MAX_OPERATIONS}.` });
        for (const p of walks.bodyParameters()) {
            const count = countSchemas(swagger, p.node.schema);
            if (count > MAX_BODY_SCHEMAS) report({ path: [...p.at, 'schema'], message: `The body of ${p.op.label} has ${count} schemas; the limit is ${MAX_BODY_SCHEMAS} per body.` });
        }
    },
};
