import type { BreakingRule } from './rule.ts';

export const breakingTypeChanged: BreakingRule = {
    id: 'breaking-type-changed',
    description: 'A parameter or property changed type, format, array items or map values.',
    defaultSeverity: 'error',
    effect: 'Power Platform treats an input or output type change as breaking.',
};
