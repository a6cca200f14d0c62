/** Library surface of the breaking-change check (src/breaking/cli.ts runs it for scripts/check-breaking.ts). */
export { checkBreaking, BREAKING_ATTRIBUTES, type BreakingCheckInput } from './check.ts';
export { checkConnection, API_PROPERTIES_FILE_NAME, type ConnectionCheckInput, type PropertiesSide } from './connection.ts';
export { loadOldConnector, propertiesBeside, type OldConnector } from './load.ts';
export { breakingRules } from './rules/index.ts';
export { runCheckBreaking, CHECK_BREAKING_USAGE } from './cli.ts';
