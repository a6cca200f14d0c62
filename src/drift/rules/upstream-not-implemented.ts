import type { DriftRule } from './rule.ts';

export interface NotImplemented {
    method: string;
    path: string;
    operationId: string | undefined;
    summary: string | undefined;
}

/** Reported only with --coverage; never an error (the connector implements a chosen subset). */
export const upstreamNotImplemented: DriftRule<NotImplemented> = {
    id: 'upstream-not-implemented',
    description: 'An upstream operation the connector does not implement (listed by --coverage only).',
    defaultSeverity: 'info',
    message: (f) =>
        `${f.method.toUpperCase()} ${f.path} (${f.operationId ?? 'no operationId'}): ${f.summary ?? 'no summary'}; not implemented by the connector.`,
};
