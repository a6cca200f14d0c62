/**
 * Minimal entities for what only hand-made sessions name (`options.dataset`, sessions added at run
 * time): a site, charger (with the sockets seen), driver or RFID tag that the catalog does not have.
 * Built from the sessions' own fields, so every session still finds its site, charger, socket, driver
 * and tag in the lookups. Numeric ids of synthetic chargers and tags start at 9,000,000, in sorted order.
 */
import type { Charger, ChargerSocket, Driver, DriverTag, Site } from './entities.ts';
import type { SandboxSession } from './types.ts';

export const SYNTHETIC_ID_START = 9_000_000;

export interface Synthesised {
    sites: Site[];
    chargers: Charger[];
    drivers: Driver[];
    /** New tags; each belongs to the driver with its driverId (a catalog or a synthetic one). */
    tags: DriverTag[];
}

/** The first session (in id order) of each distinct key, keys sorted. */
function firstBy<K extends string | number>(sessions: readonly SandboxSession[], key: (s: SandboxSession) => K, known: (k: K) => boolean): [K, SandboxSession][] {
    const first = new Map<K, SandboxSession>();
    for (const s of [...sessions].sort((a, b) => a.id - b.id)) {
        const k = key(s);
        if (!known(k) && !first.has(k)) first.set(k, s);
    }
    return [...first.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function site(id: number, name: string, chargers: number): Site {
    return {
        id, name, publicName: name, isPublicSite: null, groupType: 'Site', externalId: '',
        costCenterId: null, costCenterName: '', utilityMeterId: '', streetAddress: '', city: '', postalCode: '', country: '',
        latitude: null, longitude: null, timezone: '', parentSiteId: null, payerId: null, costId: '', paymentRecipientId: null, parkingType: '', parentName: '',
        numberOfChargers: chargers, totalNumberOfChargers: chargers, numberOfSubsites: 0, totalNumberOfSubsites: 0,
        sitePath: [{ siteId: id, siteName: name }], tariffReferences: [], metadata: [], serviceCompany: '', serviceContactPerson: '', serviceEmail: '', servicePhoneNumber: '', notes: '',
        effectiveUtilityMeterId: '', effectiveCostCenterId: null,
        openingTimes: { twentyfourseven: true, regularHours: [], exceptionalOpenings: [], exceptionalClosings: [] }, earthingSystemType: '',
    };
}

function socket(id: number, name: string, status: string): ChargerSocket {
    return {
        type: '', maxPower: '', status, previousStatus: '', chargingState: status === 'Charging' ? 'Charging' : 'Idle', id, name,
        deviceEvseId: null, deviceConnectorId: null, format: '', socketPowerType: '', socketManufacturer: '', socketModel: '',
        maxWatts: null, maxVoltage: null, maxAmperage: null, powerRatings: [], phaseRotation: '', termsAndConditions: '',
        chargingStationEvseId: null, parkingPlace: '', plugCountResetAt: null, plugCountOffset: null, physicalReference: '', capabilities: [], phaseAware: false,
    };
}

function charger(id: number, first: SandboxSession, all: readonly SandboxSession[], running: readonly SandboxSession[]): Charger {
    const seen = new Map<number, string>();
    for (const s of all) if (s.chargerId === first.chargerId && !seen.has(s.socketId)) seen.set(s.socketId, s.socketName);
    const sockets = [...seen.entries()].sort(([a], [b]) => a - b).map(([k, name]) => socket(k, name, running.some((o) => o.socketId === k) ? 'Charging' : 'Available'));
    return {
        id, chargerId: first.chargerId, ocppVersion: 0, name: first.chargerName, state: running.length > 0 ? 'Charging' : 'Online', lastMessage: '', lastSeen: null,
        siteId: first.siteId, siteName: first.siteName, model: '', manufacturer: '', firmware: '', serial: '', activeConnection: null,
        iccid: '', imsi: '', meterType: '', meterSerialNumber: '', pushIntegrationEnabled: null, chargerSpecificMessageStructure: null, evseId: '',
        ocpiIntegrationEnabled: null, splitEvseBySocket: null, physicalReference: '', floorLevel: '', sockets, capabilities: [], parkingRestrictions: [],
        chargerConfigurations: [], ongoingTransactions: running.map((o) => ({ socketId: o.socketId, transactionId: o.id, evseTransactionId: o.evseTransactionId })),
        customProperties: {}, integrationRelays: [], metadata: [], installationDate: null, parkingPlace: '', serviceCompany: '', serviceContactPerson: '',
        servicePhoneNumber: '', serviceEmail: '', notes: '', driverSpotOptimisationDisabled: null, eichrechtPublicKey: '', createdAt: null, updatedAt: null,
        blockedUntil: null, chargerType: null,
    };
}

function driver(first: SandboxSession): Driver {
    return {
        id: first.authorizedUserId, externalId: '', name: first.userName, homeSiteId: first.driverSiteId, payerId: null, companyId: null, companyName: '',
        homeSiteName: first.driverSiteName, tags: [], externalUserIds: [], chargerSockets: [],
    };
}

const tag = (id: number, first: SandboxSession): DriverTag => ({
    id, idTag: first.authorizedTagId, expiringDate: '2030-12-31T23:59:59Z', startDate: null, lastUpdated: null, tokenName: '', invoicable: null, driverId: first.authorizedUserId,
});

/** What the sessions name beyond `known` (the catalog-derived entities). */
export function synthesise(
    sessions: readonly SandboxSession[],
    ongoing: readonly SandboxSession[],
    known: { sites: readonly Site[]; chargers: readonly Charger[]; drivers: readonly Driver[] },
): Synthesised {
    const siteIds = new Set(known.sites.map((s) => s.id));
    const chargerIds = new Set(known.chargers.map((c) => c.chargerId));
    const driverIds = new Set(known.drivers.map((d) => d.id));
    const tagIds = new Set(known.drivers.flatMap((d) => d.tags.map((t) => t.idTag)));

    const chargers = firstBy(sessions, (s) => s.chargerId, (k) => chargerIds.has(k)).map(([k, first], i) =>
        charger(SYNTHETIC_ID_START + i, first, sessions, ongoing.filter((o) => o.chargerId === k)),
    );
    const sites = firstBy(sessions, (s) => s.siteId, (k) => siteIds.has(k)).map(([k, first]) =>
        site(k, first.siteName, chargers.filter((c) => c.siteId === k).length),
    );
    const drivers = firstBy(sessions, (s) => s.authorizedUserId, (k) => driverIds.has(k)).map(([, first]) => driver(first));
    const tags = firstBy(sessions, (s) => s.authorizedTagId, (k) => tagIds.has(k)).map(([, first], i) => tag(SYNTHETIC_ID_START + i, first));
    return { sites, chargers, drivers, tags };
}
