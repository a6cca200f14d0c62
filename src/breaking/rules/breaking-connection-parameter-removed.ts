import type { BreakingRule } from './rule.ts';

export const breakingConnectionParameterRemoved: BreakingRule = {
    id: 'breaking-connection-parameter-removed',
    description: 'A connection parameter in apiProperties.json is gone or renamed.',
    defaultSeverity: 'error',
    effect: 'every existing connection is invalid and must be re-created.',
};
