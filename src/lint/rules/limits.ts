import { MAX_BODY_SCHEMAS, MAX_OPERATIONS, MAX_SWAGGER_BYTES } from '../constants.ts';
import { bodyParameters, countSchemas, operations } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const limits: Rule = {
    id: 'limits',
    defaultSeverity: 'error',
    description: `A connector has at most ${MAX_OPERATIONS} operations and ${MAX_BODY_SCHEMAS} schemas per body, and its swagger file is smaller than 1 MB.`,
    source: 'Learn FAQ and Logic Apps limits (facts §3.2 limits, §5.6); validator TotalOperationsCountExceedsMaxAllowed, BodySchemaCountExceedsMaxAllowed',
    check({ swagger, swaggerByteSize, report }) {
        const n = operations(swagger).length;
        if (n > MAX_OPERATIONS) report({ path: ['paths'], message: `The connector has ${n} operations; the limit is ${MAX_OPERATIONS}.` });
        if (swaggerByteSize !== undefined && swaggerByteSize >= MAX_SWAGGER_BYTES) {
            report({ path: [], message: `The swagger file has ${swaggerByteSize} bytes; it must be smaller than 1 MB (${MAX_SWAGGER_BYTES} bytes).` });
        }
        for (const p of bodyParameters(swagger)) {
            const count = countSchemas(swagger, p.node.schema);
            if (count > MAX_BODY_SCHEMAS) report({ path: [...p.at, 'schema'], message: `The body of ${p.op.label} has ${count} schemas; the limit is ${MAX_BODY_SCHEMAS} per body.` });
        }
    },
};
