import type { BreakingRule } from './rule.ts';

export const compatibleAddition: BreakingRule = {
    id: 'compatible-addition',
    description: 'Something was added that existing flows do not need: an operation, an optional parameter or property, a response property or status.',
    defaultSeverity: 'info',
    effect: 'not breaking.',
};
