import type { DriftRule } from './rule.ts';

export interface StaleDeclaration {
    operationId: string;
    at: string;
}

export const upstreamDeclarationStale: DriftRule<StaleDeclaration> = {
    id: 'upstream-declaration-stale',
    description: 'A declared difference in the model matches no finding: upstream or the connector changed, so remove or fix the declaration.',
    defaultSeverity: 'warn',
    message: (f) =>
        `${f.operationId}: declared difference "${f.at}" (model upstream.differences) matches no finding; remove it or correct its location.`,
};
