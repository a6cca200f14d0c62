import type { BreakingRule } from './rule.ts';

export const breakingConstraintTightened: BreakingRule = {
    id: 'breaking-constraint-tightened',
    description: 'A request parameter or property got a higher minimum or a lower maximum (or a bound where it had none).',
    defaultSeverity: 'error',
    effect: 'flows that send a value outside the new bounds break.',
};
