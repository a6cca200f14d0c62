import type { BreakingRule } from './rule.ts';

export const breakingResponseNullable: BreakingRule = {
    id: 'breaking-response-nullable',
    description: 'A response property became nullable (x-nullable: true).',
    defaultSeverity: 'error',
    effect: 'flows and Parse JSON steps that expect a value now get null ("Expected … but got Null").',
};
