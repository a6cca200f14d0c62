/**
 * Request body of Query charging sessions (eMabler `getTransactionsRequestBody`). The 12 seed fields
 * keep their exact names, types, formats and nullability; the 3 upstream-only filters are typed as in
 * eMabler's OpenAPI document.
 */
import { bool, dateTime, int32, int64Array, str, stringArray } from '../../model/fields.ts';
import type { NamedSchema } from '../../model/types.ts';

/** The maximum page size eMabler states for POST /v2/transactions. */
export const MAX_PAGE_SIZE = 1000;

const important = { visibility: 'important' } as const;
const advanced = { visibility: 'advanced' } as const;

export const QueryChargingSessionsRequest: NamedSchema = {
    name: 'QueryChargingSessionsRequest',
    title: 'Query Charging Sessions Request',
    description: 'Filters, sorting and paging for a charging session query. Every filter is optional.',
    properties: {
        page: int32('Page', 'Page to fetch, starting at 1.', { ...advanced, nullable: true, minimum: 1 }),
        limit: int32('Page Size', `Sessions per page, at most ${MAX_PAGE_SIZE}.`, {
            ...advanced,
            nullable: true,
            minimum: 1,
            maximum: MAX_PAGE_SIZE,
        }),
        sortKey: str('Sort By', 'Name of the session field to sort by, for example timestampStart.', advanced),
        sortDescending: bool('Sort Descending', 'Set to true to sort from the highest to the lowest value.', { ...advanced, nullable: true }),
        startTime: dateTime('Started From', 'Earliest session start time to include (UTC). Lower bound of the start window.', {
            ...important,
            nullable: true,
        }),
        startTimeSearchEnd: dateTime('Started Until', 'Latest session start time to include (UTC). Upper bound of the start window.', {
            ...important,
            nullable: true,
        }),
        stopTimeSearchBegin: dateTime('Ended From', 'Earliest session end time to include (UTC). Lower bound of the stop window.', {
            ...important,
            nullable: true,
        }),
        stopTime: dateTime('Ended Until', 'Latest session end time to include (UTC). Upper bound of the stop window.', {
            ...important,
            nullable: true,
        }),
        chargerIDs: stringArray('Charger IDs', 'Chargers to include; an entry may be chargerId or chargerId/socketId for one socket.', important),
        driverIDs: stringArray('Driver IDs', 'Drivers (user IDs) whose sessions to include.'),
        siteIDs: stringArray('Site IDs', 'Sites whose sessions to include.', important),
        rfidTags: stringArray('RFID Tags', 'RFID tag values whose sessions to include.'),
        transactionIds: int64Array('Session IDs', 'Only the sessions with these identifiers.', { ...advanced, origin: 'upstream' }),
        evseTransactionIds: stringArray('EVSE Transaction IDs', 'Only the sessions with these charger-reported transaction identifiers.', {
            ...advanced,
            origin: 'upstream',
        }),
        includeSanityFlags: bool('Include Sanity Flags', 'Set to true to return data-quality warnings for each session.', {
            ...advanced,
            nullable: true,
            origin: 'upstream',
        }),
    },
};
