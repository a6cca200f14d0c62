/** "List chargers": GET /v2/chargers (eMabler `getChargers`), every upstream filter exposed. */
import { bool, int32, int64Array, queryParam, str, stringArray } from '../../model/fields.ts';
import type { OperationModel } from '../../model/types.ts';
import { CHARGER_TYPES, ChargerPage } from '../schemas/charger.ts';
import { LOOKUP_DIFFERENCES, LOOKUP_PAGE_SIZE, lookupResponses, pagingParameters } from './lookup.ts';

const advanced = { visibility: 'advanced' } as const;

export const listChargers: OperationModel = {
    operationId: 'ListChargers',
    method: 'get',
    path: '/v2/chargers',
    summary: 'List chargers',
    description:
        `Returns one page of up to ${LOOKUP_PAGE_SIZE} chargers the API key can see, with charger ID, name, state, site, sockets and their status. ` +
        'Use it to check which chargers are online or charging, or to look up a charger ID before filtering charging sessions by charger; filter by site, name text, state or type.',
    tags: ['Chargers'],
    parameters: [
        queryParam('search', str('Search', 'Text to look for in charger name, manufacturer, model and address.', { visibility: 'important' })),
        queryParam('siteId', int32('Site ID', 'Only chargers at this site.', { visibility: 'important', nullable: true })),
        queryParam('siteIds', int64Array('Site IDs', 'Only chargers at these sites.', advanced)),
        queryParam('includeSubsites', bool('Include Subsites', 'Set to true to also return chargers at sites that belong to the chosen sites.')),
        queryParam('externalSiteId', str('External Site ID', 'Only chargers at the site with this external site ID.', advanced)),
        queryParam('online', bool('Online', 'Set to true for chargers connected to eMabler now, or false for disconnected ones.', { nullable: true })),
        queryParam('socketState', str('Socket State', 'Only chargers with a socket in this state, for example Available or Charging.')),
        queryParam('chargerType', str('Charger Type', 'Only chargers of this type: AC, DC or Other.', { enum: CHARGER_TYPES })),
        queryParam('manufacturer', str('Manufacturer', 'Only chargers from this manufacturer.', advanced)),
        queryParam('model', str('Model', 'Only chargers of this model.', advanced)),
        queryParam('firmware', str('Firmware Version', 'Only chargers with this firmware version.', advanced)),
        queryParam('label', str('Label', 'Only chargers with this label.', advanced)),
        queryParam('chargerIds', stringArray('Charger IDs', 'Only chargers with these charger IDs (OCPP identities).', advanced)),
        queryParam('includeConfigs', bool('Include Configurations', "Set to true to return each charger's configuration keys as well.", { ...advanced, nullable: true })),
        ...pagingParameters({
            noun: 'Chargers',
            defaultSort: 'ChargerId',
            sortKeys: 'chargerId, name, lastSeen, activeConnection, model or manufacturer',
            nullable: true,
        }),
    ],
    responses: lookupResponses(ChargerPage, 'Chargers', 'One page of chargers.'),
    upstream: {
        method: 'get',
        path: '/v2/chargers',
        operationId: 'getChargers',
        differences: [
            ...LOOKUP_DIFFERENCES,
            {
                at: 'request/query/chargerType/enum',
                reason: "eMabler lists the accepted values only in the parameter description (\"'AC', 'DC', or 'Other'\"); the enum gives makers a dropdown.",
            },
        ],
    },
};
