/**
 * One consistent world for the lookup routes, derived from the catalog and the sessions (G2 spec §4.1):
 * sites (root sites + catalog sites), chargers with sockets, drivers, RFID tags and the ongoing
 * sessions. A pure function of (sessions, now, catalog): call it again whenever the sessions change.
 *
 * Invariants (test/emabler/sandbox/world.test.ts): every session's site, charger, socket, driver and
 * tag is in the world with the names the session carries; the ongoing list is exactly the sessions
 * without timestampEnd, and each one's charger is Charging and lists it. Entities that only hand-made
 * sessions name are synthesised (world-synthetic.ts); a hand-made session that reuses a catalog id with
 * other names keeps the catalog's names.
 */
import type { CatalogCharger, CatalogDriver, CatalogSite } from './catalog.ts';
import type { Charger, ChargerConfiguration, ChargerSocket, Driver, DriverTag, OngoingChargingSession, RfidTag, Site, World } from './entities.ts';
import type { SandboxSession } from './types.ts';
import { catalogTagId, driverFacts, WORLD_CATALOG, type RootSite, type WorldCatalog } from './world-catalog.ts';
import { synthesise } from './world-synthetic.ts';

const DAY_MS = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString();
const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The two OCPP 1.6 keys ListChargers returns with includeConfigs=true. */
export const CHARGER_CONFIGURATIONS: readonly ChargerConfiguration[] = [
    { configName: 'HeartbeatInterval', configValue: '300', canBeChanged: true },
    { configName: 'MeterValueSampleInterval', configValue: '60', canBeChanged: true },
];

const ALWAYS_OPEN = { twentyfourseven: true, regularHours: [], exceptionalOpenings: [], exceptionalClosings: [] };
const WEEKDAYS_ONLY = {
    twentyfourseven: false,
    regularHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, periodBegin: '06:00', periodEnd: '22:00' })),
    exceptionalOpenings: [],
    exceptionalClosings: [{ periodBegin: '2026-12-24T00:00:00Z', periodEnd: '2026-12-27T00:00:00Z' }],
};

function catalogSite(s: CatalogSite, catalog: WorldCatalog): Site {
    const f = catalog.siteFacts[s.siteId];
    if (!f) throw new Error(`world catalog: no site facts for site ${s.siteId}`);
    const root = catalog.rootSites.find((r) => r.id === f.parentSiteId);
    if (!root) throw new Error(`world catalog: site ${s.siteId} names root ${f.parentSiteId}, which is not a root site`);
    const cc = catalog.costCenter;
    return {
        id: s.siteId, name: s.siteName, publicName: s.siteName, isPublicSite: f.isPublic, groupType: 'Site', externalId: f.externalId,
        costCenterId: null, costCenterName: '', utilityMeterId: '', streetAddress: f.street, city: f.city, postalCode: f.postalCode, country: f.country,
        latitude: f.latitude, longitude: f.longitude, timezone: f.timezone, parentSiteId: root.id, payerId: null, costId: s.tariff.id, paymentRecipientId: null,
        parkingType: f.parkingType, parentName: root.name, numberOfChargers: s.chargers.length, totalNumberOfChargers: s.chargers.length,
        numberOfSubsites: 0, totalNumberOfSubsites: 0,
        sitePath: [{ siteId: root.id, siteName: root.name }, { siteId: s.siteId, siteName: s.siteName }],
        tariffReferences: [{ groupId: String(s.siteId), tariffId: s.tariff.id, usageType: 'SITE_INVOICING' }],
        metadata: [f.label], serviceCompany: 'Northwind Service Oy', serviceContactPerson: 'Service Desk', serviceEmail: 'service@example.com', servicePhoneNumber: '+358 9 000 0000', notes: '',
        effectiveCostCenter: { ...cc }, effectiveUtilityMeterId: '', effectiveCostCenterId: cc.id,
        openingTimes: structuredClone(f.isPublic ? ALWAYS_OPEN : WEEKDAYS_ONLY),
        earthingSystemType: f.country === 'NO' ? 'IT' : 'TN',
    };
}

function rootSite(r: RootSite, catalog: WorldCatalog): Site {
    const children = catalog.sites.filter((s) => catalog.siteFacts[s.siteId]?.parentSiteId === r.id);
    const cc = catalog.costCenter;
    return {
        id: r.id, name: r.name, publicName: r.name, isPublicSite: false, groupType: 'Site', externalId: r.externalId,
        costCenterId: cc.id, costCenterName: cc.name, utilityMeterId: '', streetAddress: '', city: '', postalCode: '', country: r.country,
        latitude: null, longitude: null, timezone: r.timezone, parentSiteId: null, payerId: null, costId: '', paymentRecipientId: null, parkingType: '', parentName: '',
        numberOfChargers: 0, totalNumberOfChargers: children.reduce((n, c) => n + c.chargers.length, 0), numberOfSubsites: children.length, totalNumberOfSubsites: children.length,
        sitePath: [{ siteId: r.id, siteName: r.name }], tariffReferences: [], metadata: [], serviceCompany: '', serviceContactPerson: '', serviceEmail: '', servicePhoneNumber: '', notes: '',
        effectiveCostCenter: { ...cc }, effectiveUtilityMeterId: '', effectiveCostCenterId: cc.id,
        openingTimes: structuredClone(ALWAYS_OPEN), earthingSystemType: '',
    };
}

function catalogCharger(s: CatalogSite, c: CatalogCharger, ordinal: number, running: readonly SandboxSession[], now: number, catalog: WorldCatalog): Charger {
    const f = catalog.siteFacts[s.siteId]!;
    const online = running.length > 0 || !catalog.offlineChargers.has(c.chargerId);
    const dc = c.kind === 'DC';
    const id = s.siteId * 100 + ordinal;
    const sockets = c.sockets.map((k): ChargerSocket => {
        const busy = running.some((o) => o.socketId === k.socketId);
        return {
            type: dc ? (k.socketName === 'CHAdeMO' ? 'CHAdeMO' : 'CCS') : 'Type2', maxPower: dc ? '90 kW' : '11 kW',
            status: busy ? 'Charging' : online ? 'Available' : 'Offline', previousStatus: busy ? 'Preparing' : 'Available', chargingState: busy ? 'Charging' : 'Idle',
            id: k.socketId, name: k.socketName, deviceEvseId: k.socketId, deviceConnectorId: 1, format: dc ? 'CABLE' : 'SOCKET', socketPowerType: dc ? 'DC' : 'AC_3_PHASE',
            socketManufacturer: '', socketModel: '', maxWatts: c.powerKw * 1000, maxVoltage: dc ? 920 : 400, maxAmperage: dc ? 200 : 16,
            powerRatings: [{ voltage: dc ? 920 : 400, amperage: dc ? 200 : 16, watts: c.powerKw * 1000, description: dc ? 'DC fast' : 'AC three-phase' }],
            phaseRotation: dc ? '' : 'RST', termsAndConditions: 'https://sandbox.invalid/terms', lastUpdated: iso(now - 60_000), chargingStationEvseId: null,
            parkingPlace: '', plugCountResetAt: null, plugCountOffset: null, physicalReference: '', capabilities: [], phaseAware: false,
        };
    });
    return {
        id, chargerId: c.chargerId, ocppVersion: dc ? 2 : 1, name: c.chargerName,
        state: running.length > 0 ? 'Charging' : online ? 'Online' : 'Offline', lastMessage: running.length > 0 ? 'MeterValues' : 'Heartbeat',
        lastSeen: iso(online ? now - 30_000 : now - 3 * DAY_MS), siteId: s.siteId, siteName: s.siteName,
        model: dc ? 'DC90' : 'AC22', manufacturer: 'Northwind Charging', firmware: dc ? '3.1.0' : '2.4.1', serial: `SN-${c.chargerId}`, activeConnection: online,
        iccid: '', imsi: '', meterType: 'MID', meterSerialNumber: `M-${c.chargerId}`, pushIntegrationEnabled: false, chargerSpecificMessageStructure: null,
        evseId: `${f.country}*EMB*E${c.chargerId.replaceAll('-', '')}`, ocpiIntegrationEnabled: f.isPublic, splitEvseBySocket: false,
        physicalReference: c.chargerId.slice(-4), floorLevel: f.parkingType.includes('GARAGE') ? '-1' : '',
        sockets,
        location: { latitude: f.latitude, longitude: f.longitude, streetAddress: f.street, streetNumber: '', houseLetter: '', postalNumber: f.postalCode, city: f.city, area: '', country: f.country },
        capabilities: ['RFID_READER', 'REMOTE_START_STOP_CAPABLE', 'UNLOCK_CAPABLE'], parkingRestrictions: f.isPublic ? ['EV_ONLY'] : [],
        chargerConfigurations: [],
        ongoingTransactions: running.map((o) => ({ socketId: o.socketId, transactionId: o.id, evseTransactionId: o.evseTransactionId })),
        customProperties: { assetTag: `A-${id}` }, integrationRelays: [], metadata: [f.label],
        installationDate: '2025-06-01T00:00:00Z', parkingPlace: '', serviceCompany: 'Northwind Service Oy', serviceContactPerson: '', servicePhoneNumber: '', serviceEmail: '', notes: '',
        driverSpotOptimisationDisabled: null, eichrechtPublicKey: '', createdAt: '2025-06-01T00:00:00Z', updatedAt: iso(now - DAY_MS), blockedUntil: null, chargerType: c.kind,
    };
}

function catalogDriver(d: CatalogDriver, k: number, siteName: (id: number) => string): Driver {
    const f = driverFacts(k);
    const first = d.userName.split(' ')[0] ?? d.userName;
    const tags = d.tags.map((idTag, j): DriverTag => ({
        id: catalogTagId(k, j), idTag, expiringDate: '2030-12-31T23:59:59Z', startDate: j === 0 ? null : '2026-03-01T00:00:00Z', lastUpdated: '2026-01-15T08:00:00Z',
        tokenName: j === 0 ? `${first}'s card` : `${first}'s key fob`, invoicable: f.invoicable, driverId: d.userId,
    }));
    return {
        id: d.userId, externalId: f.externalId, name: d.userName, homeSiteId: d.homeSiteId, payerId: null,
        companyId: f.companyId, companyName: f.companyName, homeSiteName: d.homeSiteId === null ? '' : siteName(d.homeSiteId),
        tags,
        externalUserIds: f.payrollReference
            ? [{ userId: d.userId, referenceType: 'INTEGRATION', referenceId: 'payroll', externalId: `PR-${d.userId}`, effectiveFrom: '2026-01-01T00:00:00Z' }]
            : [],
        chargerSockets: [],
    };
}

/** A socket's meter at each ongoing session's start: a per-charger base plus the energy of earlier sessions on that socket. */
function startMeters(sessions: readonly SandboxSession[]): Map<number, number> {
    const sums = new Map<string, number>();
    const out = new Map<number, number>();
    for (const s of [...sessions].sort((a, b) => a.id - b.id)) {
        const key = `${s.chargerId}/${s.socketId}`;
        let sum = sums.get(key);
        if (sum === undefined) {
            sum = 0;
            for (const ch of s.chargerId) sum = (sum * 31 + ch.charCodeAt(0)) % 5_000_000;
        }
        if (s.timestampEnd === undefined) out.set(s.id, sum);
        sums.set(key, sum + s.fullConsumptionWh);
    }
    return out;
}

function ongoingItem(s: SandboxSession, meter: number, now: number, world: Pick<World, 'sites' | 'drivers'>, catalog: WorldCatalog): OngoingChargingSession {
    const site = catalog.sites.find((x) => x.siteId === s.siteId);
    const driver = world.drivers.find((d) => d.id === s.authorizedUserId);
    const start = Date.parse(s.timestampStart);
    const perKWh = site?.tariff.perKWh;
    return {
        chargerId: s.chargerId, chargerName: s.chargerName, socketId: s.socketId, socketName: s.socketName, transactionId: String(s.id),
        startTime: s.timestampStart, startMeterWh: meter,
        tariffMaxPriceInclVat: site && perKWh !== undefined ? round2(perKWh * (1 + site.vatPercent / 100)) : null,
        tariffMaxPriceExclVat: perKWh ?? null,
        timezone: world.sites.find((x) => x.id === s.siteId)?.timezone ?? '',
        createdAt: s.timestampStart, updatedAt: iso(start + Math.max(0, Math.floor((now - start) / 900_000)) * 900_000),
        authorizedIdTag: s.authorizedTagId, authorizedUserId: s.authorizedUserId,
        externalId: driver?.externalId ?? '', externalUserIds: (driver?.externalUserIds ?? []).map((e) => e.externalId),
        siteId: s.siteId, siteName: s.siteName,
    };
}

/** The world for these sessions at `now` (epoch ms, the dataset's `to`). */
export function deriveWorld(sessions: readonly SandboxSession[], now: number, catalog: WorldCatalog = WORLD_CATALOG): World {
    const ongoingSessions = sessions.filter((s) => s.timestampEnd === undefined).sort((a, b) => a.id - b.id);
    const runningOn = (chargerId: string) => ongoingSessions.filter((o) => o.chargerId === chargerId);

    const sites = [...catalog.rootSites.map((r) => rootSite(r, catalog)), ...catalog.sites.map((s) => catalogSite(s, catalog))];
    const siteName = (id: number) => sites.find((s) => s.id === id)?.name ?? '';
    const chargers = catalog.sites.flatMap((s) => s.chargers.map((c, i) => catalogCharger(s, c, i + 1, runningOn(c.chargerId), now, catalog)));
    const drivers = catalog.drivers.map((d, k) => catalogDriver(d, k, siteName));

    const extra = synthesise(sessions, ongoingSessions, { sites, chargers, drivers });
    sites.push(...extra.sites);
    chargers.push(...extra.chargers);
    drivers.push(...extra.drivers);
    for (const tag of extra.tags) drivers.find((d) => d.id === tag.driverId)?.tags.push(tag);

    const tags: RfidTag[] = drivers.flatMap((d) => d.tags.map((t) => ({ driverExternalId: d.externalId, ...t })));
    const meters = startMeters(sessions);
    const ongoing = ongoingSessions.map((s) => ongoingItem(s, meters.get(s.id) ?? 0, now, { sites, drivers }, catalog));
    return { sites, chargers, drivers, tags, ongoing };
}

/** A charger as ListChargers returns it with includeConfigs=true. */
export const withConfigurations = (c: Charger): Charger => ({ ...c, chargerConfigurations: CHARGER_CONFIGURATIONS.map((k) => ({ ...k })) });
