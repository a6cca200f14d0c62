/**
 * The error responses eMabler's routes share (400 problem details, 401 without a body, 500 Exception
 * Details), each 400/500 with its example file, and the declared differences that come with them.
 */
import type { DeclaredDifference, ResponseModel } from '../../model/types.ts';
import { ExceptionDetails } from '../schemas/exception-details.ts';
import { PROBLEM_DETAILS_DIFFERENCES, ProblemDetails } from '../schemas/problem-details.ts';

/** 401 (no body) and 500 (Exception Details), the same on every route, whatever its 400 body. */
export const UNAUTHORISED_AND_SERVER_ERROR: readonly ResponseModel[] = [
    { status: '401', summary: 'Unauthorised', description: 'User not authorised' },
    {
        status: '500',
        summary: 'Internal Server Error',
        description: 'eMabler could not process the request.',
        schema: ExceptionDetails,
        exampleFile: 'response-500.exception-details.json',
    },
];

/** 400 (problem details, described for this operation), 401 and 500. */
export function errorResponses(badRequest: string): ResponseModel[] {
    return [
        { status: '400', summary: 'Validation Error', description: badRequest, schema: ProblemDetails, exampleFile: 'response-400.problem-details.json' },
        ...UNAUTHORISED_AND_SERVER_ERROR,
    ];
}

/** What every operation using errorResponses declares: the 400 body as ASP.NET sends it. */
export const ERROR_RESPONSE_DIFFERENCES: readonly DeclaredDifference[] = PROBLEM_DETAILS_DIFFERENCES;
