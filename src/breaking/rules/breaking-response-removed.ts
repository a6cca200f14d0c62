import type { BreakingRule } from './rule.ts';

export const breakingResponseRemoved: BreakingRule = {
    id: 'breaking-response-removed',
    description: 'A documented response status or its body schema is gone.',
    defaultSeverity: 'error',
    effect: 'flows that read its outputs break.',
};
