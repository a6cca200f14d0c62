import type { BreakingRule } from './rule.ts';

export const breakingConnectionParameterTypeChanged: BreakingRule = {
    id: 'breaking-connection-parameter-type-changed',
    description: 'A connection parameter changed its type (e.g. securestring → string).',
    defaultSeverity: 'error',
    effect: 'existing connections hold a value of the old type and must be re-created.',
};
