/**
 * GET /v2/tags (ListRfidTags). Filters (G2 spec §4.3): driverId equal; search = case-insensitive
 * substring of the tag name or the tag value (inferred). Default order TagId, read as the idTag (inferred).
 */
import type { RfidTag } from '../entities.ts';
import { containsText } from './list.ts';
import { defineLookup } from './route.ts';

export const listTagsRoute = defineLookup({
    path: '/v2/tags',
    operationId: 'ListRfidTags',
    params: { search: 'string', driverId: 'int64' },
    sort: {
        aliases: { TagId: 'idTag' },
        fields: ['id', 'idTag', 'tokenName', 'driverId', 'driverExternalId', 'expiringDate', 'startDate', 'lastUpdated', 'invoicable'],
        tieBreak: (a: RfidTag, b: RfidTag) => a.id - b.id,
    },
    items: (world) => world.tags,
    filter: (v) => (t: RfidTag) =>
        (v.driverId === undefined || t.driverId === v.driverId) &&
        (v.search === undefined || containsText(t.tokenName, v.search) || containsText(t.idTag, v.search)),
});
