import type { BreakingRule } from './rule.ts';

export const breakingMadeInternal: BreakingRule = {
    id: 'breaking-made-internal',
    description: 'An operation, parameter or property became x-ms-visibility "internal".',
    defaultSeverity: 'error',
    effect: 'the designer hides it, so flows that use it break.',
};
