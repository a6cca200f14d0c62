/**
 * GET /v2/drivers (ListDrivers). Filters (G2 spec §4.3): search = case-insensitive substring of the
 * name; homeSiteId and companyId equal; tag = one of the driver's idTags (case-insensitive, inferred);
 * externalId exact; referenceId = one of the external user ids' referenceId (inferred). Default order name.
 */
import type { Driver } from '../entities.ts';
import { containsText, sameText } from './list.ts';
import { defineLookup } from './route.ts';

export const listDriversRoute = defineLookup({
    path: '/v2/drivers',
    operationId: 'ListDrivers',
    params: { search: 'string', homeSiteId: 'int32', tag: 'string', companyId: 'int64', externalId: 'string', referenceId: 'string' },
    sort: {
        aliases: { name: 'name' },
        fields: ['id', 'externalId', 'homeSiteId', 'payerId', 'companyId', 'companyName', 'homeSiteName'],
        tieBreak: (a: Driver, b: Driver) => a.id - b.id,
    },
    items: (world) => world.drivers,
    filter: (v) => (d: Driver) =>
        (v.search === undefined || containsText(d.name, v.search)) &&
        (v.homeSiteId === undefined || d.homeSiteId === v.homeSiteId) &&
        (v.companyId === undefined || d.companyId === v.companyId) &&
        (v.tag === undefined || d.tags.some((t) => sameText(t.idTag, v.tag!))) &&
        (v.externalId === undefined || d.externalId === v.externalId) &&
        (v.referenceId === undefined || d.externalUserIds.some((e) => e.referenceId === v.referenceId)),
});
