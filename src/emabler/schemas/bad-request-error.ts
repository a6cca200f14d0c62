/**
 * 400 body of Query charging sessions. eMabler's docs page shows "Exception Details" (errorCode, message,
 * errorNumber, helpLink) while eMabler's newer OpenAPI document returns problem details (see
 * problem-details.ts for what is really sent). Swagger 2.0 has no oneOf, so this one schema exposes the
 * fields of both shapes, all optional: whichever shape the API sends validates, and flows can read either set.
 */
import type { NamedSchema } from '../../model/types.ts';
import { exceptionDetailsProperties } from './exception-details.ts';
import { problemDetailsProperties } from './problem-details.ts';

export const BadRequestError: NamedSchema = {
    name: 'BadRequestError',
    title: 'Bad Request Error',
    description:
        'Validation error: either problem details (type, title, status, detail, instance, errors, traceId) or Exception Details (errorCode, message, errorNumber, helpLink).',
    properties: {
        ...problemDetailsProperties,
        ...exceptionDetailsProperties,
    },
};
