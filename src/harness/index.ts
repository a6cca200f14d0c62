/** Library surface of the runtime harness. */
export { createHarness, type Harness, type HarnessOptions, type ExecuteResult, type RequestSummary } from './execute.ts';
export { queryAllChargingSessions, QUERY_OPERATION_ID, PAGING_LIMIT_DEFAULT, type PagingOptions, type PagingResult } from './paging.ts';
export { loadConnectorFiles, REPO_ROOT, type ConnectorFiles, type ConnectorPaths } from './connector-files.ts';
export { checkConnection, type ConnectionCheck } from './connection.ts';
export { evaluateExpression } from './expressions.ts';
export { buildRequest, checkUrl, requireOperation, type PreparedRequest } from './request.ts';
export { maskSecrets, MASK } from './errors.ts';
export { POLICY_HANDLERS, bindPolicies } from './policies/index.ts';
