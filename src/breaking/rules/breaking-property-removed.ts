import type { BreakingRule } from './rule.ts';

export const breakingPropertyRemoved: BreakingRule = {
    id: 'breaking-property-removed',
    description: 'A request body property or a response property is gone or renamed (reported as removed + added).',
    defaultSeverity: 'error',
    effect: 'flows that set or read it break.',
};
