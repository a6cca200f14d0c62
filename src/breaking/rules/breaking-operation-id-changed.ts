import type { BreakingRule } from './rule.ts';

export const breakingOperationIdChanged: BreakingRule = {
    id: 'breaking-operation-id-changed',
    description: 'The operation at the same method and path has a different operationId.',
    defaultSeverity: 'error',
    effect: 'flows reference operations by operationId and lose this one.',
};
