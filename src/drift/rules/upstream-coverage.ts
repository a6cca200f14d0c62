import type { DriftRule } from './rule.ts';

export interface CoverageSummary {
    total: number;
    implemented: number;
}

export const upstreamCoverage: DriftRule<CoverageSummary> = {
    id: 'upstream-coverage',
    description: 'How many upstream operations the connector implements (--coverage only).',
    defaultSeverity: 'info',
    message: (f) =>
        `${f.implemented} of ${f.total} upstream operations implemented; ${f.total - f.implemented} not implemented.`,
};
