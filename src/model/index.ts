export { connector, ENVIRONMENTS, PRODUCTION_HOST, BASE_PATH, API_KEY_PARAMETER, API_KEY_HEADER, ENVIRONMENT_PARAMETER } from './connector.ts';
export { QUERY_CHARGING_SESSIONS_PATH } from './operations/query-charging-sessions.ts';
export { MAX_PAGE_SIZE } from './schemas/query-charging-sessions-request.ts';
export type * from './types.ts';
