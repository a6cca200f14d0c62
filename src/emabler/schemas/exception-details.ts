/** eMabler "Exception Details" error body (upstream schema `error`), returned with 500 and some 400s. */
import { int32, str } from '../../model/fields.ts';
import type { Properties } from '../../model/fields.ts';
import type { NamedSchema } from '../../model/types.ts';

export const exceptionDetailsProperties: Properties = {
    errorCode: str('Error Code', 'Symbolic error code, for example RoamingPartnerNotFound.'),
    message: str('Error Message', 'Human-readable explanation of the error.'),
    errorNumber: int32('Error Number', 'Numeric error code, for example 1081.'),
    helpLink: str('Help Link', 'Link to more information about the error.'),
};

export const ExceptionDetails: NamedSchema = {
    name: 'ExceptionDetails',
    title: 'Exception Details',
    description: 'Error returned by eMabler when a request fails on the server.',
    properties: exceptionDetailsProperties,
};
