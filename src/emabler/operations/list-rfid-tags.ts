/** "List RFID tags": GET /v2/tags (eMabler `getTags`), every upstream filter exposed. */
import { int64, queryParam, str } from '../../model/fields.ts';
import type { OperationModel } from '../../model/types.ts';
import { RfidTagPage } from '../schemas/rfid-tag.ts';
import { listDrivers } from './list-drivers.ts';
import { firstPagePicker, LOOKUP_DIFFERENCES, LOOKUP_PAGE_SIZE, lookupResponses, pagingParameters } from './lookup.ts';

export const listRfidTags: OperationModel = {
    operationId: 'ListRfidTags',
    method: 'get',
    path: '/v2/tags',
    summary: 'List RFID tags',
    description:
        `Returns one page of up to ${LOOKUP_PAGE_SIZE} RFID tags (charging cards and key fobs) the API key can see, with the tag value, its name, validity and owning driver. ` +
        'Use it to find which driver owns a tag, or to look up tag values before filtering charging sessions by RFID tag.',
    visibility: 'advanced',
    tags: ['RFID Tags'],
    parameters: [
        queryParam('search', str('Search', 'Text to look for in tag names and tag values.', { visibility: 'important' })),
        queryParam('driverId', int64('Driver ID', `Only tags of this driver; pick from the first ${LOOKUP_PAGE_SIZE} drivers or type an ID.`, { visibility: 'important', nullable: true }), {
            dynamicValues: firstPagePicker(listDrivers, 'id'),
        }),
        ...pagingParameters({ noun: 'Tags', defaultSort: 'TagId' }),
    ],
    responses: lookupResponses(RfidTagPage, 'RFID Tags', 'One page of RFID tags.'),
    upstream: { method: 'get', path: '/v2/tags', operationId: 'getTags', differences: [...LOOKUP_DIFFERENCES] },
};
