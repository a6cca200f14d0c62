import type { BreakingRule } from './rule.ts';

export const breakingPolicyRemoved: BreakingRule = {
    id: 'breaking-policy-removed',
    description: 'A policy template instance is gone or its templateId changed (e.g. dynamichosturl: the host no longer follows the environment).',
    defaultSeverity: 'error',
    effect: 'requests of existing connections are no longer rewritten the same way.',
};
