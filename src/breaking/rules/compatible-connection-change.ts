import type { BreakingRule } from './rule.ts';

export const compatibleConnectionChange: BreakingRule = {
    id: 'compatible-connection-change',
    description: 'A connection change existing connections tolerate: an added optional parameter, an added allowed value, required → optional, an added policy template.',
    defaultSeverity: 'info',
    effect: 'not breaking.',
};
