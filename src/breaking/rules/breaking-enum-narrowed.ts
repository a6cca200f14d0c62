import type { BreakingRule } from './rule.ts';

export const breakingEnumNarrowed: BreakingRule = {
    id: 'breaking-enum-narrowed',
    description: 'A request parameter or property accepts fewer values than before (enum values removed or an enum added).',
    defaultSeverity: 'error',
    effect: 'flows that send a removed value break.',
};
