/** "List drivers": GET /v2/drivers (eMabler `getDrivers`), every upstream filter exposed. */
import { int32, int64, queryParam, str } from '../../model/fields.ts';
import type { OperationModel } from '../../model/types.ts';
import { DriverPage } from '../schemas/driver.ts';
import { LOOKUP_DIFFERENCES, LOOKUP_PAGE_SIZE, lookupResponses, pagingParameters } from './lookup.ts';

const advanced = { visibility: 'advanced' } as const;

export const listDrivers: OperationModel = {
    operationId: 'ListDrivers',
    method: 'get',
    path: '/v2/drivers',
    summary: 'List drivers',
    description:
        `Returns one page of up to ${LOOKUP_PAGE_SIZE} drivers (EV users) the API key can see, with driver ID, name, home site, company and RFID tags. ` +
        'Use it to look up a driver ID by name before filtering charging sessions by driver; filter by name text, home site, company, RFID tag or external ID.',
    visibility: 'advanced',
    tags: ['Drivers'],
    parameters: [
        queryParam('search', str('Search', 'Text to look for in driver names.', { visibility: 'important' })),
        queryParam('homeSiteId', int32('Home Site ID', 'Only drivers whose home site is this site.')),
        queryParam('tag', str('RFID Tag', 'Only the driver who has this RFID tag.')),
        queryParam('companyId', int64('Company ID', 'Only drivers of this company.', advanced)),
        queryParam('externalId', str('External Driver ID', 'Only the driver with this external ID.', advanced)),
        queryParam('referenceId', str('Reference ID', 'Only drivers with an external user ID from this reference.', advanced)),
        ...pagingParameters({ noun: 'Drivers', defaultSort: 'name' }),
    ],
    responses: lookupResponses(DriverPage, 'Drivers', 'One page of drivers.'),
    upstream: { method: 'get', path: '/v2/drivers', operationId: 'getDrivers', differences: [...LOOKUP_DIFFERENCES] },
};
