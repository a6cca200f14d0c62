/**
 * 400 body. eMabler's docs page shows "Exception Details" (errorCode, message, errorNumber, helpLink)
 * while eMabler's newer OpenAPI document returns RFC 7807 problemDetails (type, title, status,
 * detail, instance, extensions). Swagger 2.0 has no oneOf, so this one schema exposes the fields of
 * both shapes, all optional: whichever shape the API sends validates, and flows can read either set.
 */
import { int32, mapOfObjects, str } from '../../model/fields.ts';
import type { NamedSchema } from '../../model/types.ts';
import { exceptionDetailsProperties } from './exception-details.ts';

const problem = { origin: 'upstream' } as const;

export const BadRequestError: NamedSchema = {
    name: 'BadRequestError',
    title: 'Bad Request Error',
    description:
        'Validation error: either Exception Details (errorCode, message, errorNumber, helpLink) or problem details (type, title, status, detail, instance).',
    properties: {
        type: str('Problem Type', 'URI reference that identifies the problem type.', problem),
        title: str('Problem Title', 'Short summary of the problem.', problem),
        status: int32('Problem Status', 'HTTP status code of the problem, or null.', { ...problem, nullable: true }),
        detail: str('Problem Detail', 'Explanation specific to this occurrence of the problem.', problem),
        instance: str('Problem Instance', 'URI reference that identifies this occurrence of the problem.', problem),
        extensions: mapOfObjects('Problem Extensions', 'Additional members of the problem, keyed by name.', problem),
        ...exceptionDetailsProperties,
    },
};
