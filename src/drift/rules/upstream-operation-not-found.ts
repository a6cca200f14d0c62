import type { DriftRule } from './rule.ts';

export interface OperationNotFound {
    operationId: string;
    method: string;
    fullPath: string;
}

export const upstreamOperationNotFound: DriftRule<OperationNotFound> = {
    id: 'upstream-operation-not-found',
    description: 'No upstream operation has the same method and full path (base path + path) as this connector operation.',
    defaultSeverity: 'error',
    message: (f) => `${f.operationId}: upstream has no ${f.method.toUpperCase()} ${f.fullPath} (matched by method + full path).`,
};
