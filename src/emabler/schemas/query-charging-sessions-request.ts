/**
 * Request body of Query charging sessions (eMabler `getTransactionsRequestBody`). The 12 seed fields
 * keep their exact names, types, formats and nullability; the 3 upstream-only filters are typed as in
 * eMabler's OpenAPI document.
 */
import { arrayOfPrimitive, bool, dateTime, int32, int64Array, str, stringArray } from '../../model/fields.ts';
import type { NamedSchema, OperationModel } from '../../model/types.ts';
import { listChargers } from '../operations/list-chargers.ts';
import { listDrivers } from '../operations/list-drivers.ts';
import { listRfidTags } from '../operations/list-rfid-tags.ts';
import { listSites } from '../operations/list-sites.ts';
import { firstPagePicker, LOOKUP_PAGE_SIZE } from '../operations/lookup.ts';

/** The maximum page size eMabler states for POST /v2/transactions. */
export const MAX_PAGE_SIZE = 1000;

const important = { visibility: 'important' } as const;

/**
 * A picker (lookup.ts firstPagePicker) on each item of a filter array, inserting exactly the identifier
 * the filter matches (G2 spec §3.1, docs/pickers.md): a site's and a driver's numeric id as text, a
 * charger's chargerId, a tag's idTag.
 */
const picked = (operation: OperationModel, valuePath: string, titlePath: string) => ({
    kind: 'primitive' as const,
    type: 'string' as const,
    dynamicValues: firstPagePicker(operation, valuePath, titlePath),
});
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
        chargerIDs: arrayOfPrimitive(
            picked(listChargers, 'chargerId', 'name'),
            'Charger IDs',
            `Chargers to include by charger ID, or chargerId/socketId for one socket; pick from the first ${LOOKUP_PAGE_SIZE} chargers or type a value.`,
            important,
        ),
        driverIDs: arrayOfPrimitive(
            picked(listDrivers, 'id', 'name'),
            'Driver IDs',
            `Drivers whose sessions to include, by numeric driver ID; pick from the first ${LOOKUP_PAGE_SIZE} drivers or type an ID.`,
        ),
        siteIDs: arrayOfPrimitive(
            picked(listSites, 'id', 'name'),
            'Site IDs',
            `Sites whose sessions to include, by numeric site ID; pick from the first ${LOOKUP_PAGE_SIZE} sites or type an ID.`,
            important,
        ),
        rfidTags: arrayOfPrimitive(
            picked(listRfidTags, 'idTag', 'idTag'),
            'RFID Tags',
            `RFID tag values whose sessions to include; pick from the first ${LOOKUP_PAGE_SIZE} tags or type a value.`,
        ),
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
