import { entries, isObject } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const responseNoEmptySchema: Rule = {
    id: 'response-no-empty-schema',
    defaultSeverity: 'warn',
    description: 'A response schema is not empty ("schema": {}).',
    mirrors: 'none',
    severityReason: 'A review comment ("Empty schema is not allowed"), not a validator code; 64 of 619 certified connectors (18 changed in 2024) have one (an empty default schema: response-default-no-schema).',
    source: 'PR #1316, #2145',
    check({ walks, report }) {
        for (const op of walks.operations()) {
            for (const [code, response] of entries(op.node.responses)) {
                if (code === 'default') continue; // a default schema, empty or not, is response-default-no-schema's finding
                if (isObject(response) && isObject(response.schema) && Object.keys(response.schema).length === 0) {
                    report({ path: [...op.at, 'responses', code, 'schema'], message: `${op.label}: response ${code} has an empty schema; describe the output or drop the schema.` });
                }
            }
        }
    },
};
