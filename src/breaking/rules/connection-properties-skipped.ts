import type { BreakingRule } from './rule.ts';

export const connectionPropertiesSkipped: BreakingRule = {
    id: 'connection-properties-skipped',
    description: 'An apiProperties.json (old or current) was not found, so connection parameters and policy templates were not compared.',
    defaultSeverity: 'info',
    effect: 'compare them by hand.',
};
