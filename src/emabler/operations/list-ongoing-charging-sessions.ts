/** "List ongoing charging sessions": GET /v2/ongoing-transactions (eMabler `getOngoingTransactions`). */
import { dateTime, int64Array, queryParam, stringArray } from '../../model/fields.ts';
import type { OperationModel } from '../../model/types.ts';
import { OngoingChargingSessionPage } from '../schemas/ongoing-charging-session.ts';
import { LOOKUP_DIFFERENCES, LOOKUP_PAGE_SIZE, lookupResponses, pagingParameters } from './lookup.ts';

const important = { visibility: 'important' } as const;
const advanced = { visibility: 'advanced' } as const;

export const listOngoingChargingSessions: OperationModel = {
    operationId: 'ListOngoingChargingSessions',
    method: 'get',
    path: '/v2/ongoing-transactions',
    summary: 'List ongoing charging sessions',
    description:
        `Returns one page of up to ${LOOKUP_PAGE_SIZE} charging sessions that are running now, with charger, socket, site, driver, RFID tag and start time. ` +
        'Use it to see who is charging where at this moment; finished sessions with energy and cost come from Query charging sessions instead.',
    visibility: 'important',
    tags: ['Charging Sessions'],
    parameters: [
        queryParam('chargerIds', stringArray('Charger IDs', 'Only sessions on these chargers, by charger ID (OCPP identity).', important)),
        queryParam('driverIds', int64Array('Driver IDs', 'Only sessions of these drivers, by numeric driver ID.', important)),
        queryParam('socketIds', int64Array('Socket IDs', 'Only sessions on sockets with these socket IDs.', advanced)),
        queryParam('externalDriverIds', stringArray('External Driver IDs', 'Only sessions of drivers with these external driver IDs.', advanced)),
        queryParam('externalUserIds', stringArray('External User IDs', 'Only sessions of drivers with these external user IDs.', advanced)),
        queryParam('from', dateTime('Created From', 'Only sessions that eMabler created at or after this time.')),
        queryParam('to', dateTime('Created Until', 'Only sessions that eMabler created at or before this time.')),
        ...pagingParameters({ noun: 'Sessions', defaultSort: 'CreatedAt' }),
    ],
    responses: lookupResponses(OngoingChargingSessionPage, 'Ongoing Charging Sessions', 'One page of ongoing charging sessions.'),
    upstream: {
        method: 'get',
        path: '/v2/ongoing-transactions',
        operationId: 'getOngoingTransactions',
        differences: [...LOOKUP_DIFFERENCES],
    },
};
