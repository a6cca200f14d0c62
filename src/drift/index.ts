/** Library surface of the upstream drift check (scripts/check-upstream.ts is a thin CLI over it). */
export { checkUpstream, linksOf, type UpstreamCheckInput } from './check.ts';
export { InputError, readJsonFile, parseJsonText, assertOpenApi3, assertSwagger2, connectorSwaggerPath, SWAGGER_FILE_NAME } from './input.ts';
export { driftRules } from './rules/index.ts';
export { DRIFT_ATTRIBUTES } from './compare-operation.ts';
