import type { BreakingRule } from './rule.ts';

export const compatibleChange: BreakingRule = {
    id: 'compatible-change',
    description: 'A change existing flows tolerate: required → optional, a relaxed request bound or enum, nullability removed from a response or changed on a request, other visibility or response-only constraint changes.',
    defaultSeverity: 'info',
    effect: 'not breaking.',
};
