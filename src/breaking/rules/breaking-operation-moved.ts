import type { BreakingRule } from './rule.ts';

export const breakingOperationMoved: BreakingRule = {
    id: 'breaking-operation-moved',
    description: 'The operation keeps its operationId but its method or full path (base path + path) changed.',
    defaultSeverity: 'error',
    effect: 'Power Platform treats a path or method change as breaking.',
};
