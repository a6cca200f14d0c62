/**
 * GET /v2/sites (ListSites). Filters as eMabler documents them (G2 spec §4.3): search = case-insensitive
 * substring of the name (inferred); country and city case-insensitive; costId and externalId exact;
 * showOnlyRootSites=true keeps sites without a parent; parentSiteId keeps its direct children
 * (inferred); siteIds keeps those ids. Default order GroupName (the site name).
 */
import type { Site } from '../entities.ts';
import { containsText, sameText } from './list.ts';
import { defineLookup } from './route.ts';

export const listSitesRoute = defineLookup({
    path: '/v2/sites',
    operationId: 'ListSites',
    params: {
        search: 'string', country: 'string', city: 'string', costId: 'string', externalId: 'string',
        showOnlyRootSites: 'boolean', parentSiteId: 'int64', siteIds: 'int64[]',
    },
    sort: {
        aliases: { GroupName: 'name' },
        fields: [
            'id', 'name', 'publicName', 'isPublicSite', 'groupType', 'externalId', 'costCenterId', 'costCenterName', 'utilityMeterId', 'streetAddress',
            'city', 'postalCode', 'country', 'latitude', 'longitude', 'timezone', 'parentSiteId', 'payerId', 'costId', 'paymentRecipientId', 'parkingType',
            'parentName', 'numberOfChargers', 'totalNumberOfChargers', 'numberOfSubsites', 'totalNumberOfSubsites', 'serviceCompany', 'serviceContactPerson',
            'serviceEmail', 'servicePhoneNumber', 'notes', 'effectiveUtilityMeterId', 'effectiveCostCenterId', 'earthingSystemType',
        ],
        tieBreak: (a: Site, b: Site) => a.id - b.id,
    },
    items: (world) => world.sites,
    filter: (v) => {
        const ids = v.siteIds && new Set(v.siteIds);
        return (s: Site) =>
            (v.search === undefined || containsText(s.name, v.search)) &&
            (v.country === undefined || sameText(s.country, v.country)) &&
            (v.city === undefined || sameText(s.city, v.city)) &&
            (v.costId === undefined || s.costId === v.costId) &&
            (v.externalId === undefined || s.externalId === v.externalId) &&
            (v.showOnlyRootSites !== true || s.parentSiteId === null) &&
            (v.parentSiteId === undefined || s.parentSiteId === v.parentSiteId) &&
            (ids === undefined || ids.has(s.id));
    },
});

/** The site itself and every site below it, at any depth. */
export function withDescendants(sites: readonly Site[], id: number): number[] {
    const out = [id];
    for (let i = 0; i < out.length; i++) {
        for (const s of sites) if (s.parentSiteId === out[i] && !out.includes(s.id)) out.push(s.id);
    }
    return out;
}
