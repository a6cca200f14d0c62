/**
 * "Query charging sessions" (seed: ../shared/seed/query-charging-sessions.txt). The docs page shows no
 * path; eMabler's own OpenAPI document maps the same request and response to POST /v2/transactions
 * (operationId getTransactions), which also states the page-size maximum of 1000.
 */
import type { OperationModel } from '../../model/types.ts';
import { BadRequestError } from '../schemas/bad-request-error.ts';
import { ChargingSessionPage } from '../schemas/charging-session-page.ts';
import { PROBLEM_DETAILS_DIFFERENCES } from '../schemas/problem-details.ts';
import { MAX_PAGE_SIZE, QueryChargingSessionsRequest } from '../schemas/query-charging-sessions-request.ts';
import { UNAUTHORISED_AND_SERVER_ERROR } from './responses.ts';

/**
 * The 400 body merges two shapes, so the four Exception Details fields are "extra here" against
 * upstream's problemDetails (checked by npm run check:upstream; see src/drift).
 */
const MERGED_400_REASON =
    "The seed documents Exception Details for 400 while eMabler's OpenAPI returns problemDetails; Swagger 2.0 has no oneOf, so the 400 body carries the optional fields of both shapes.";

/** Operation path, relative to the base path (eMabler OpenAPI: POST /v2/transactions). */
export const QUERY_CHARGING_SESSIONS_PATH = '/v2/transactions';

export const queryChargingSessions: OperationModel = {
    operationId: 'QueryChargingSessions',
    method: 'post',
    path: QUERY_CHARGING_SESSIONS_PATH,
    summary: 'Query charging sessions',
    description:
        `Retrieve a list of charging sessions, filtered by start or end time, site, charger, driver or RFID tag. ` +
        `Returns one page of up to ${MAX_PAGE_SIZE} sessions; while Has Next Page is true, request the next page.`,
    visibility: 'important',
    tags: ['Charging Sessions'],
    parameters: [
        {
            in: 'body',
            name: 'body',
            summary: 'Query',
            description: 'Query details for the charging sessions.',
            required: true,
            schema: QueryChargingSessionsRequest,
        },
    ],
    responses: [
        {
            status: '200',
            summary: 'Charging Sessions',
            description: 'List of charging sessions accessible by the user.',
            schema: ChargingSessionPage,
            exampleFile: 'response-200.realistic.json',
        },
        {
            status: '400',
            summary: 'Validation Error',
            description: 'The query is invalid, for example a page size above 1000 or a malformed date.',
            schema: BadRequestError,
            exampleFile: 'response-400.problem-details.json',
        },
        ...UNAUTHORISED_AND_SERVER_ERROR,
    ],
    upstream: {
        method: 'post',
        path: '/v2/transactions',
        operationId: 'getTransactions',
        differences: [
            { at: 'responses/400/schema/errorCode', reason: MERGED_400_REASON },
            { at: 'responses/400/schema/message', reason: MERGED_400_REASON },
            { at: 'responses/400/schema/errorNumber', reason: MERGED_400_REASON },
            { at: 'responses/400/schema/helpLink', reason: MERGED_400_REASON },
            ...PROBLEM_DETAILS_DIFFERENCES,
            {
                at: 'request/body/required',
                reason:
                    'The connector always sends a JSON object (an empty object is a valid query) so the API never receives an empty body; upstream leaves the body optional.',
            },
            {
                at: 'request/body/page/minimum',
                reason: 'Pages are 1-based; the bound lets the designer reject 0 before a call is made.',
            },
            {
                at: 'request/body/limit/minimum',
                reason: 'A page holds at least one session; the bound lets the designer reject 0 before a call is made.',
            },
            {
                at: 'request/body/limit/maximum',
                reason: 'eMabler states the 1000 maximum only in the operation description; the connector makes it a schema bound.',
            },
        ],
    },
};
