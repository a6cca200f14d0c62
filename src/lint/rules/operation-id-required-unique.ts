import { operations } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const operationIdRequiredUnique: Rule = {
    id: 'operation-id-required-unique',
    defaultSeverity: 'error',
    description: 'Every operation has an operationId of letters, digits and "_", unique across the connector.',
    source: 'Validator OperationIdRequired, OperationIdNotUnique, OperationIdSanitized',
    check({ swagger, report }) {
        const seen = new Map<string, string>();
        for (const op of operations(swagger)) {
            const where = `${op.method.toUpperCase()} ${op.pathKey}`;
            const id = op.node.operationId;
            if (typeof id !== 'string' || id === '') {
                report({ path: op.at, message: `${where} has no operationId.` });
                continue;
            }
            if (!/^[A-Za-z0-9_]+$/.test(id)) {
                report({ path: [...op.at, 'operationId'], message: `operationId "${id}" may contain only letters, digits and "_".` });
            }
            const first = seen.get(id.toLowerCase());
            if (first !== undefined) report({ path: [...op.at, 'operationId'], message: `operationId "${id}" is also used by ${first}.` });
            else seen.set(id.toLowerCase(), where);
        }
    },
};
