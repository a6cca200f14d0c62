import type { BreakingRule } from './rule.ts';

export const breakingAllowedValueRemoved: BreakingRule = {
    id: 'breaking-allowed-value-removed',
    description: 'A connection parameter accepts fewer values: an allowed value was removed, or a free value became a dropdown.',
    defaultSeverity: 'error',
    effect: 'connections that use that value become invalid.',
};
