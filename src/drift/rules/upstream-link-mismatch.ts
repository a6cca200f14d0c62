import type { DriftRule } from './rule.ts';

export interface LinkMismatch {
    operationId: string;
    field: 'operationId' | 'method' | 'path';
    declared: string;
    actual: string;
}

export const upstreamLinkMismatch: DriftRule<LinkMismatch> = {
    id: 'upstream-link-mismatch',
    description: "The model's upstream link (method, path, operationId) no longer names the upstream operation matched by method + path.",
    defaultSeverity: 'warn',
    message: (f) =>
        `${f.operationId}: the model's upstream.${f.field} is "${f.declared}" but the matching upstream operation has "${f.actual}"; update the model.`,
};
