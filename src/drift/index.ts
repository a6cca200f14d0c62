/** Library surface of the upstream drift check (src/drift/cli.ts runs it for scripts/check-upstream.ts). */
export { checkUpstream, linksOf, type UpstreamCheckInput } from './check.ts';
export { InputError, readJsonFile, parseJsonText, assertOpenApi3, assertSwagger2, connectorSwaggerPath, SWAGGER_FILE_NAME } from './input.ts';
export { driftRules } from './rules/index.ts';
export { DRIFT_ATTRIBUTES } from './compare-operation.ts';
export { runCheckUpstream, CHECK_UPSTREAM_USAGE, CHECK_UPSTREAM_HELP, shownPath, type CliIo } from './cli.ts';
