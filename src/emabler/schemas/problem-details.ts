/**
 * 400 body of eMabler's API: ASP.NET Core validation problem details (RFC 7807/9457). eMabler's OpenAPI
 * document describes the members beyond the standard five as an `extensions` object, but ASP.NET writes
 * them at the top level (its ProblemDetails converter flattens `Extensions`), so what is sent is
 * `traceId` and `errors` (field name → messages), never an `extensions` object. This schema models
 * what is sent; PROBLEM_DETAILS_DIFFERENCES declares the difference on every operation that uses it.
 */
import { int32, mapOf, str } from '../../model/fields.ts';
import type { Properties } from '../../model/fields.ts';
import type { DeclaredDifference, NamedSchema } from '../../model/types.ts';

export const problemDetailsProperties: Properties = {
    type: str('Problem Type', 'URI reference that identifies the problem type.'),
    title: str('Problem Title', 'Short summary of the problem.'),
    status: int32('Problem Status', 'HTTP status code of the problem, or null.', { nullable: true }),
    detail: str('Problem Detail', 'Explanation specific to this occurrence of the problem.'),
    instance: str('Problem Instance', 'URI reference that identifies this occurrence of the problem.'),
    errors: mapOf(
        { type: 'array', items: { type: 'string' } },
        'Field Errors',
        'Validation messages keyed by the name of the field or parameter they are about.',
        { origin: 'connector' },
    ),
    traceId: str('Trace ID', 'Identifier of the request in eMabler, to quote when contacting support.', { origin: 'connector' }),
};

export const ProblemDetails: NamedSchema = {
    name: 'ProblemDetails',
    title: 'Problem Details',
    description: 'Validation error in RFC 7807 problem-details form, with the messages for each invalid field.',
    properties: problemDetailsProperties,
};

const SENT_AT_TOP_LEVEL =
    "ASP.NET Core writes problem-details extension members at the top level of the JSON, so eMabler sends `errors` and `traceId` there and never an `extensions` object (eMabler's OpenAPI document describes the .NET type, not the JSON).";

/** The declared differences of a 400 response whose schema includes problemDetailsProperties. */
export const PROBLEM_DETAILS_DIFFERENCES: readonly DeclaredDifference[] = [
    { at: 'responses/400/schema/extensions', reason: SENT_AT_TOP_LEVEL },
    { at: 'responses/400/schema/errors', reason: SENT_AT_TOP_LEVEL },
    { at: 'responses/400/schema/traceId', reason: SENT_AT_TOP_LEVEL },
];
