import type { BreakingRule } from './rule.ts';

export const breakingOperationRemoved: BreakingRule = {
    id: 'breaking-operation-removed',
    description: 'An operation of the previous release is gone (no operation with its operationId, method or path); a rename is reported as removed + added.',
    defaultSeverity: 'error',
    effect: 'flows that use it stop working.',
};
