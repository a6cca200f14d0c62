import type { BreakingRule } from './rule.ts';

export const breakingConnectionParameterRequired: BreakingRule = {
    id: 'breaking-connection-parameter-required',
    description: 'An optional connection parameter became required, or a required one was added.',
    defaultSeverity: 'error',
    effect: 'existing connections have no value for it and fail until edited.',
};
