/**
 * GET /v2/chargers (ListChargers). Filters (G2 spec §4.3): siteId and siteIds each restrict the
 * charger's site, both must hold when both are given (inferred); includeSubsites=true widens each given
 * site to itself and every site below it; externalSiteId = the site's externalId; manufacturer, model,
 * firmware case-insensitive; socketState = some socket's status (case-insensitive); online =
 * activeConnection; label = one of the metadata labels (case-insensitive, inferred); chargerIds exact;
 * search = case-insensitive substring of name, manufacturer, model or "street city"; chargerType
 * case-insensitive (another value matches nothing); includeConfigs=true adds configuration keys.
 * Sort keys are exactly the documented six; default ChargerId.
 */
import type { Charger } from '../entities.ts';
import { withConfigurations } from '../world.ts';
import { containsText, sameText } from './list.ts';
import { defineLookup } from './route.ts';
import { withDescendants } from './sites.ts';

export const listChargersRoute = defineLookup({
    path: '/v2/chargers',
    operationId: 'ListChargers',
    params: {
        search: 'string', siteId: 'int32', siteIds: 'int64[]', includeSubsites: 'boolean', externalSiteId: 'string', online: 'boolean',
        socketState: 'string', chargerType: 'string', manufacturer: 'string', model: 'string', firmware: 'string', label: 'string',
        chargerIds: 'string[]', includeConfigs: 'boolean',
    },
    sort: {
        aliases: { ChargerId: 'chargerId', name: 'name', lastSeen: 'lastSeen', activeConnection: 'activeConnection', model: 'model', manufacturer: 'manufacturer' },
        fields: [],
        tieBreak: (a: Charger, b: Charger) => a.id - b.id,
    },
    items: (world) => world.chargers,
    filter: (v, world) => {
        const sitesOf = (ids: readonly number[]) => new Set(v.includeSubsites === true ? ids.flatMap((id) => withDescendants(world.sites, id)) : ids);
        const siteId = v.siteId === undefined ? undefined : sitesOf([v.siteId]);
        const siteIds = v.siteIds && sitesOf(v.siteIds);
        const external = v.externalSiteId === undefined ? undefined : new Set(world.sites.filter((s) => s.externalId === v.externalSiteId).map((s) => s.id));
        const chargerIds = v.chargerIds && new Set(v.chargerIds);
        const search = v.search;
        return (c: Charger) =>
            (siteId === undefined || siteId.has(c.siteId)) &&
            (siteIds === undefined || siteIds.has(c.siteId)) &&
            (external === undefined || external.has(c.siteId)) &&
            (v.online === undefined || c.activeConnection === v.online) &&
            (v.socketState === undefined || c.sockets.some((k) => sameText(k.status, v.socketState!))) &&
            (v.chargerType === undefined || sameText(c.chargerType, v.chargerType)) &&
            (v.manufacturer === undefined || sameText(c.manufacturer, v.manufacturer)) &&
            (v.model === undefined || sameText(c.model, v.model)) &&
            (v.firmware === undefined || sameText(c.firmware, v.firmware)) &&
            (v.label === undefined || c.metadata.some((m) => sameText(m, v.label!))) &&
            (chargerIds === undefined || chargerIds.has(c.chargerId)) &&
            (search === undefined ||
                [c.name, c.manufacturer, c.model, c.location ? `${c.location.streetAddress} ${c.location.city}` : ''].some((text) => containsText(text, search)));
    },
    present: (c, v) => (v.includeConfigs === true ? withConfigurations(c) : c),
});
