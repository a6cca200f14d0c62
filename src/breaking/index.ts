/** Library surface of the breaking-change check (scripts/check-breaking.ts is a thin CLI over it). */
export { checkBreaking, BREAKING_ATTRIBUTES, type BreakingCheckInput } from './check.ts';
export { loadOldConnector, type OldConnector } from './load.ts';
export { breakingRules } from './rules/index.ts';
