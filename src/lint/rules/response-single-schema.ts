import { asObject } from '../../core/json.ts';
import { successCodes } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const responseSingleSchema: Rule = {
    id: 'response-single-schema',
    defaultSeverity: 'warn',
    description: 'At most one 2xx response of an operation carries a schema (error responses may have their own).',
    mirrors: 'OperationHasManyResponsesWithSchema',
    severityReason: 'Narrowed to 2xx: error bodies (400/500) carry schemas in certified connectors and in ours, and certified Encodian has 200+202 schemas on 197 of 219 operations, so Microsoft does not enforce it.',
    source: 'Learn "Fix Swagger Validator errors"',
    check({ walks, report }) {
        for (const op of walks.operations()) {
            const responses = asObject(op.node.responses);
            const withSchema = successCodes(op.node).filter((c) => asObject(responses?.[c])?.schema !== undefined);
            for (const code of withSchema.slice(1)) {
                report({ path: [...op.at, 'responses', code, 'schema'], message: `${op.label}: responses ${withSchema[0]} and ${code} both have a schema; the designer uses only one success schema.` });
            }
        }
    },
};
