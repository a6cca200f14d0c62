import type { BreakingRule } from './rule.ts';

export const breakingParameterRemoved: BreakingRule = {
    id: 'breaking-parameter-removed',
    description: 'A parameter (or the body) is gone, renamed or moved to another location (reported as removed + added).',
    defaultSeverity: 'error',
    effect: 'flows that set it break.',
};
