import { asString } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const operationIdPascalCase: Rule = {
    id: 'operation-id-pascal-case',
    defaultSeverity: 'warn',
    description: 'operationId is PascalCase of letters and digits (a revision suffix such as "_V2" is allowed).',
    mirrors: 'OperationIdSanitized',
    severityReason: 'Microsoft asks for alphanumeric ids, but 46 of 619 certified connectors (16 changed in 2024) use hyphens and more use camelCase; it costs readability, not function.',
    source: 'Learn coding standards (PascalCase)',
    check({ walks, report }) {
        for (const op of walks.operations()) {
            const id = asString(op.node.operationId);
            if (id === undefined || id === '') continue;
            if (!/^[A-Z][A-Za-z0-9]*(_V\d+)?$/.test(id)) report({ path: [...op.at, 'operationId'], message: `operationId "${id}" is not PascalCase.` });
        }
    },
};
