import type { BreakingRule } from './rule.ts';

export const breakingMadeRequired: BreakingRule = {
    id: 'breaking-made-required',
    description: 'An optional parameter or request property became required, or a required one was added (unless internal with a default).',
    defaultSeverity: 'error',
    effect: 'existing flows do not send it.',
};
