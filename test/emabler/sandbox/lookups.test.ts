/**
 * The lookup routes without HTTP: each filter as eMabler documents it (G2 spec §4.3), sorting and
 * paging, and the 400 cases (§4.4), on the default world (seed 1, 20,000 sessions). Results are the
 * exact ids in order.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_DATASET, generateDataset } from '../../../src/emabler/sandbox/dataset.ts';
import type { World } from '../../../src/emabler/sandbox/entities.ts';
import { LOOKUP_ROUTES, lookupRoute } from '../../../src/emabler/sandbox/lookups/index.ts';
import { deriveWorld } from '../../../src/emabler/sandbox/world.ts';
import { requireOperation } from '../../../src/harness/request.ts';
import { committedSwagger } from '../../helpers/project.ts';

const WORLD = deriveWorld(generateDataset(), Date.parse(DEFAULT_DATASET.to));
const KEY: Record<string, string> = { '/v2/sites': 'id', '/v2/chargers': 'chargerId', '/v2/drivers': 'id', '/v2/tags': 'idTag', '/v2/ongoing-transactions': 'transactionId' };

/** [totalRecords, hasNextPage, the page's item keys] or the problems. */
function answer(path: string, query: string, world: World = WORLD): unknown {
    const r = lookupRoute(path)!.answer(new URLSearchParams(query), world);
    if (!r.ok) return r.problems;
    const page = r.page as { totalRecords: number; hasNextPage: boolean; items: Record<string, unknown>[] };
    return [page.totalRecords, page.hasNextPage, page.items.map((i) => i[KEY[path]!])];
}

describe('route table', () => {
    test('five GET routes, each with the operation that calls it', () => {
        expect(LOOKUP_ROUTES.map((r) => [r.path, r.operationId])).toEqual([
            ['/v2/sites', 'ListSites'], ['/v2/chargers', 'ListChargers'], ['/v2/drivers', 'ListDrivers'], ['/v2/tags', 'ListRfidTags'], ['/v2/ongoing-transactions', 'ListOngoingChargingSessions'],
        ]);
        expect([lookupRoute('/v2/transactions'), lookupRoute('/v2/sites/')]).toEqual([undefined, undefined]);
    });

    test('each route reads exactly the query parameters its operation declares in the generated swagger', () => {
        const swagger = committedSwagger();
        const declared = (operationId: string) =>
            requireOperation(swagger, operationId)
                .operation.parameters.flatMap((p) => ('in' in p && p.in === 'query' ? [p.name] : []))
                .sort();
        expect(LOOKUP_ROUTES.map((r) => [r.operationId, [...r.params].sort()])).toEqual(LOOKUP_ROUTES.map((r) => [r.operationId, declared(r.operationId)]));
        expect(lookupRoute('/v2/tags')!.params).toEqual(['page', 'limit', 'sortKey', 'sortDescending', 'search', 'driverId']);
    });
});

describe('ListSites filters', () => {
    test.each<[string, unknown]>([
        ['', [9, false, [7015, 5100, 7000, 6000, 5133, 6044, 5120, 7002, 6031]]],
        ['search=SANDBOX', [3, false, [5100, 7000, 6000]]],
        ['country=se', [3, false, [6000, 6044, 6031]]],
        ['city=bergen', [1, false, [7015]]],
        ['costId=trf-fi-tapiola', [1, false, [5133]]],
        ['externalId=NO-OSL-GRUNERLOKKA', [1, false, [7002]]],
        ['externalId=no-osl-grunerlokka', [0, false, []]],
        ['showOnlyRootSites=TRUE', [3, false, [5100, 7000, 6000]]],
        ['showOnlyRootSites=false', [9, false, [7015, 5100, 7000, 6000, 5133, 6044, 5120, 7002, 6031]]],
        ['parentSiteId=6000', [2, false, [6044, 6031]]],
        ['parentSiteId=5120', [0, false, []]],
        ['siteIds=7015,5100&siteIds=6044', [3, false, [7015, 5100, 6044]]],
        ['country=NO&showOnlyRootSites=true', [1, false, [7000]]],
    ])('%s', (query, expected) => {
        expect(answer('/v2/sites', query)).toEqual(expected);
    });
});

describe('ListChargers filters', () => {
    test.each<[string, unknown]>([
        ['siteId=5120', [3, false, ['EMB-HEL-0042', 'EMB-HEL-0043', 'EMB-HEL-0090']]],
        ['siteId=5100', [0, false, []]],
        ['siteId=5100&includeSubsites=true', [5, false, ['EMB-ESP-0001', 'EMB-ESP-0002', 'EMB-HEL-0042', 'EMB-HEL-0043', 'EMB-HEL-0090']]],
        ['siteIds=7000,6044&includeSubsites=true', [7, false, ['EMB-BGO-0021', 'EMB-BGO-0022', 'EMB-GOT-0100', 'EMB-GOT-0101', 'EMB-OSL-0113', 'EMB-OSL-0114', 'EMB-OSL-0115']]],
        ['siteId=7002&siteIds=7015', [0, false, []]],
        ['siteId=7002&siteIds=7015,7002', [3, false, ['EMB-OSL-0113', 'EMB-OSL-0114', 'EMB-OSL-0115']]],
        ['externalSiteId=SE-STO-SODERMALM', [2, false, ['EMB-STO-0007', 'EMB-STO-0011']]],
        ['online=false', [1, false, ['EMB-ESP-0002']]],
        ['socketState=charging', [5, false, ['EMB-BGO-0022', 'EMB-GOT-0100', 'EMB-GOT-0101', 'EMB-OSL-0114', 'EMB-OSL-0115']]],
        ['chargerType=dc', [3, false, ['EMB-BGO-0021', 'EMB-HEL-0090', 'EMB-STO-0007']]],
        ['chargerType=Other', [0, false, []]],
        ['manufacturer=northwind charging&model=dc90', [3, false, ['EMB-BGO-0021', 'EMB-HEL-0090', 'EMB-STO-0007']]],
        ['firmware=2.4.1&label=WORKPLACE', [2, false, ['EMB-GOT-0100', 'EMB-GOT-0101']]],
        ['chargerIds=EMB-OSL-0114,emb-hel-0042', [1, false, ['EMB-OSL-0114']]],
        ['search=bryggen', [2, false, ['EMB-BGO-0021', 'EMB-BGO-0022']]],
        ['search=Götgatan 50 Stockholm', [2, false, ['EMB-STO-0007', 'EMB-STO-0011']]],
        ['search=dc90', [3, false, ['EMB-BGO-0021', 'EMB-HEL-0090', 'EMB-STO-0007']]],
    ])('%s', (query, expected) => {
        expect(answer('/v2/chargers', query)).toEqual(expected);
    });

    test('includeConfigs=true adds the configuration keys; without it they are []', () => {
        const items = (q: string) => (lookupRoute('/v2/chargers')!.answer(new URLSearchParams(q), WORLD) as { page: { items: { chargerConfigurations: unknown[] }[] } }).page.items;
        expect(items('chargerIds=EMB-OSL-0114&includeConfigs=true').map((c) => c.chargerConfigurations)).toEqual([[
            { configName: 'HeartbeatInterval', configValue: '300', canBeChanged: true },
            { configName: 'MeterValueSampleInterval', configValue: '60', canBeChanged: true },
        ]]);
        expect(items('chargerIds=EMB-OSL-0114').map((c) => c.chargerConfigurations)).toEqual([[]]);
        expect(WORLD.chargers.every((c) => c.chargerConfigurations.length === 0)).toBe(true);
    });
});

describe('ListDrivers filters', () => {
    test.each<[string, unknown]>([
        ['limit=3', [48, true, [201184, 200000, 200592]]],
        ['search=aino', [3, false, [201184, 200000, 200592]]],
        ['homeSiteId=7015', [4, false, [200629, 201517, 200185, 201073]]],
        ['companyId=41&limit=2', [16, true, [200592, 201036]]],
        ['tag=e2801170', [1, false, [200000]]],
        ['externalId=HR-1005', [1, false, [200185]]],
        ['referenceId=payroll', [8, false, [200000, 200444, 200888, 200222, 201110, 200666, 201554, 201332]]],
        ['referenceId=crm', [0, false, []]],
    ])('%s', (query, expected) => {
        expect(answer('/v2/drivers', query)).toEqual(expected);
    });
});

describe('ListRfidTags filters', () => {
    test.each<[string, unknown]>([
        ['limit=3', [64, true, ['04A2B91C7F6E80', '04A4ACF1', '04A6A0C67F6E80']]],
        ['driverId=200000', [2, false, ['04A2B91C7F6E80', 'E2801170']]],
        ['search=fob&limit=3', [16, true, ['E2801170', 'E2802E5C', 'E2804B48']]],
        ['search=7f6e8&limit=2', [24, true, ['04A2B91C7F6E80', '04A6A0C67F6E80']]],
        ["search=aino's", [4, false, ['04A2B91C7F6E80', '04C1F66C7F6E80', '04E133BC7F6E80', 'E2801170']]],
    ])('%s', (query, expected) => {
        expect(answer('/v2/tags', query)).toEqual(expected);
    });
});

describe('ListOngoingChargingSessions filters', () => {
    test.each<[string, unknown]>([
        ['', [8, false, ['88419988', '88419993', '88419994', '88419996', '88419997', '88419998', '88419999', '88420000']]],
        ['chargerIds=EMB-OSL-0114,EMB-GOT-0101', [4, false, ['88419988', '88419993', '88419996', '88420000']]],
        ['driverIds=200185', [2, false, ['88419988', '88419998']]],
        ['socketIds=2', [1, false, ['88419993']]],
        ['externalDriverIds=HR-1005', [2, false, ['88419988', '88419998']]],
        ['externalUserIds=PR-200999', [0, false, []]],
        ['from=2026-12-31T21:00:45.657Z&to=2026-12-31T23:04:20.470Z', [4, false, ['88419994', '88419996', '88419997', '88419998']]],
        ['from=2026-12-31T23:30:00%2B01:00', [4, false, ['88419997', '88419998', '88419999', '88420000']]],
        ['chargerIds=EMB-OSL-0114&driverIds=200999', [1, false, ['88420000']]],
    ])('%s', (query, expected) => {
        expect(answer('/v2/ongoing-transactions', query)).toEqual(expected);
    });

    test('externalUserIds matches any of the driver’s external user ids (seed 7, one week)', () => {
        const to = '2026-10-08T00:00:00Z';
        const week = deriveWorld(generateDataset({ seed: 7, sessions: 2_000, from: '2026-10-01T00:00:00Z', to }), Date.parse(to));
        expect(answer('/v2/ongoing-transactions', 'externalUserIds=PR-200000,PR-999', week)).toEqual([2, false, ['88401925', '88401997']]);
    });
});

describe('sorting and paging', () => {
    test.each<[string, string, unknown]>([
        ['/v2/sites', 'sortKey=id&sortDescending=true&limit=4&page=2', [9, true, [6031, 6000, 5133, 5120]]],
        ['/v2/sites', 'sortKey=groupname&sortDescending=true&limit=2', [9, true, [6031, 7002]]],
        ['/v2/sites', 'sortKey=latitude', [9, false, [6044, 6031, 7002, 5120, 5133, 7015, 5100, 6000, 7000]]],
        ['/v2/sites', 'sortKey=latitude&sortDescending=true&limit=4', [9, true, [5100, 6000, 7000, 7015]]],
        ['/v2/chargers', 'sortKey=NAME&sortDescending=true&limit=3', [14, true, ['EMB-ESP-0002', 'EMB-ESP-0001', 'EMB-STO-0007']]],
        ['/v2/chargers', 'sortKey=lastSeen&limit=2', [14, true, ['EMB-ESP-0002', 'EMB-HEL-0042']]],
        ['/v2/tags', 'sortKey=id&sortDescending=true&limit=2', [64, true, ['04FE7D37', '04FC89627F6E80']]],
        ['/v2/ongoing-transactions', 'sortKey=chargerId&limit=3', [8, true, ['88419994', '88419998', '88419999']]],
        ['/v2/ongoing-transactions', 'limit=3&page=3', [8, false, ['88419999', '88420000']]],
        ['/v2/ongoing-transactions', 'limit=3&page=4', [8, false, []]],
    ])('%s?%s', (path, query, expected) => {
        expect(answer(path, query)).toEqual(expected);
    });

    test('the page envelope echoes page and limit and says whether pages follow or precede', () => {
        const r = lookupRoute('/v2/drivers')!.answer(new URLSearchParams('page=2&limit=20'), WORLD);
        expect(r.ok && { ...r.page, items: r.page.items.length }).toEqual({ page: 2, limit: 20, totalRecords: 48, hasNextPage: true, hasPreviousPage: true, items: 20 });
    });
});

describe('query binding', () => {
    test.each<[string, string, unknown]>([
        ['an unknown parameter is ignored', 'colour=red&siteIds=7015', [1, false, [7015]]],
        ['an empty value counts as absent', 'search=&city=&siteIds=', [9, false, [7015, 5100, 7000, 6000, 5133, 6044, 5120, 7002, 6031]]],
        ['a repeated scalar takes its first value', 'city=Bergen&city=Oslo', [1, false, [7015]]],
        ['names match case-insensitively', 'CITY=oslo&SiteIDs=7002', [1, false, [7002]]],
        ['array entries are trimmed, empty ones dropped', 'siteIds= 7015 ,,5120,', [2, false, [7015, 5120]]],
    ])('%s', (_name, query, expected) => {
        expect(answer('/v2/sites', query)).toEqual(expected);
    });
});

describe('400 cases (each problem names the parameter)', () => {
    test.each<[string, string, unknown]>([
        ['/v2/sites', 'limit=101', [{ field: 'limit', message: 'The field limit must be between 1 and 100.' }]],
        ['/v2/chargers', 'limit=0', [{ field: 'limit', message: 'The field limit must be between 1 and 100.' }]],
        ['/v2/drivers', 'limit=abc', [{ field: 'limit', message: "The value 'abc' is not valid for limit." }]],
        ['/v2/tags', 'page=0', [{ field: 'page', message: 'The field page must be between 1 and 2147483647.' }]],
        ['/v2/ongoing-transactions', 'limit=-1', [{ field: 'limit', message: 'The field limit must be between 1 and 100.' }]],
        ['/v2/sites', 'limit=2147483648', [{ field: 'limit', message: "The value '2147483648' is not valid for limit." }]],
        ['/v2/sites', 'siteIds=1,x', [{ field: 'siteIds[1]', message: "The value 'x' is not valid for siteIds." }]],
        ['/v2/chargers', 'online=maybe', [{ field: 'online', message: "The value 'maybe' is not valid for online." }]],
        ['/v2/chargers', 'siteId=3000000000', [{ field: 'siteId', message: "The value '3000000000' is not valid for siteId." }]],
        ['/v2/ongoing-transactions', 'from=yesterday', [{ field: 'from', message: "The value 'yesterday' is not valid for from; use an RFC 3339 date-time such as 2026-10-01T00:00:00Z." }]],
        ['/v2/ongoing-transactions', 'from=2026-12-31T12:00:00Z&to=2026-12-31T11:00:00Z', [{ field: 'from', message: 'The field from must not be later than to.' }]],
        ['/v2/sites', 'sortKey=colour', [{
            field: 'sortKey',
            message: 'Unknown sort key "colour"; use one of GroupName, id, name, publicName, isPublicSite, groupType, externalId, costCenterId, costCenterName, utilityMeterId, streetAddress, city, postalCode, country, latitude, longitude, timezone, parentSiteId, payerId, costId, paymentRecipientId, parkingType, parentName, numberOfChargers, totalNumberOfChargers, numberOfSubsites, totalNumberOfSubsites, serviceCompany, serviceContactPerson, serviceEmail, servicePhoneNumber, notes, effectiveUtilityMeterId, effectiveCostCenterId, earthingSystemType.',
        }]],
        ['/v2/chargers', 'sortKey=serial', [{ field: 'sortKey', message: 'Unknown sort key "serial"; use one of ChargerId, name, lastSeen, activeConnection, model, manufacturer.' }]],
        ['/v2/ongoing-transactions', 'driverIds=12,,abc,9223372036854775808', [
            { field: 'driverIds[1]', message: "The value 'abc' is not valid for driverIds." },
            { field: 'driverIds[2]', message: "The value '9223372036854775808' is not valid for driverIds." },
        ]],
        ['/v2/chargers', 'limit=500&page=0&online=1&sortKey=x', [
            { field: 'online', message: "The value '1' is not valid for online." },
            { field: 'page', message: 'The field page must be between 1 and 2147483647.' },
            { field: 'limit', message: 'The field limit must be between 1 and 100.' },
            { field: 'sortKey', message: 'Unknown sort key "x"; use one of ChargerId, name, lastSeen, activeConnection, model, manufacturer.' },
        ]],
    ])('%s?%s', (path, query, expected) => {
        expect(answer(path, query)).toEqual(expected);
    });

    test('limit 1 and 100 are the bounds that still answer 200', () => {
        expect([answer('/v2/tags', 'limit=1'), (answer('/v2/tags', 'limit=100') as unknown[])[0]]).toEqual([[64, true, ['04A2B91C7F6E80']], 64]);
    });
});
