/** "List sites": GET /v2/sites (eMabler `getSites`), every upstream filter exposed. */
import { bool, int64, int64Array, queryParam, str } from '../../model/fields.ts';
import type { OperationModel } from '../../model/types.ts';
import { SitePage } from '../schemas/site.ts';
import { LOOKUP_DIFFERENCES, LOOKUP_PAGE_SIZE, lookupResponses, pagingParameters } from './lookup.ts';

export const listSites: OperationModel = {
    operationId: 'ListSites',
    method: 'get',
    path: '/v2/sites',
    summary: 'List sites',
    description:
        `Returns one page of up to ${LOOKUP_PAGE_SIZE} eMabler sites (charging locations) the API key can see, with ID, name, address, parent site and charger counts. ` +
        'Use it to look up a site ID by name before filtering charging sessions by site; filter by name text, country, city or parent site.',
    visibility: 'advanced',
    tags: ['Sites'],
    parameters: [
        queryParam('search', str('Search', 'Text to look for in site names.', { visibility: 'important' })),
        queryParam('country', str('Country', 'Only sites in this country, as stored in eMabler.')),
        queryParam('city', str('City', 'Only sites in this city.')),
        queryParam('costId', str('Cost ID', 'Only sites priced with this cost (tariff) ID.', { visibility: 'advanced' })),
        queryParam('externalId', str('External Site ID', 'Only the site with exactly this external site ID.', { visibility: 'advanced' })),
        queryParam('showOnlyRootSites', bool('Only Top-Level Sites', 'Set to true to leave out sites that belong to another site.', { visibility: 'advanced' })),
        queryParam('parentSiteId', int64('Parent Site ID', 'Only sites that belong to this site.', { visibility: 'advanced' })),
        queryParam('siteIds', int64Array('Site IDs', 'Only the sites with these numeric IDs.', { visibility: 'advanced' })),
        ...pagingParameters({ noun: 'Sites', defaultSort: 'GroupName (the site name)' }),
    ],
    responses: lookupResponses(SitePage, 'Sites', 'One page of sites.'),
    upstream: { method: 'get', path: '/v2/sites', operationId: 'getSites', differences: [...LOOKUP_DIFFERENCES] },
};
