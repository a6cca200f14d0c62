import type { Rule } from '../rule.ts';

export const operationIdRequiredUnique: Rule = {
    id: 'operation-id-required-unique',
    defaultSeverity: 'error',
    description: 'Every operation has an operationId, unique across the connector (compared case-insensitively).',
    mirrors: 'OperationIdRequired, OperationIdNotUnique',
    severityReason: "Validator errors (operations are addressed by operationId); no certified connector changed in 2024 lacks one or repeats one. Characters are operation-id-pascal-case's warning.",
    source: 'Swagger 2.0 (operationId unique)',
    check({ walks, report }) {
        const seen = new Map<string, string>();
        for (const op of walks.operations()) {
            const where = `${op.method.toUpperCase()} ${op.pathKey}`;
            const id = op.node.operationId;
            if (typeof id !== 'string' || id === '') {
                report({ path: op.at, message: `${where} has no operationId.` });
                continue;
            }
            const first = seen.get(id.toLowerCase());
            if (first !== undefined) report({ path: [...op.at, 'operationId'], message: `operationId "${id}" is also used by ${first}.` });
            else seen.set(id.toLowerCase(), where);
        }
    },
};
