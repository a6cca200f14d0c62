/**
 * Static facts the lookup routes need and the session generator does not: addresses and hierarchy of
 * the sites, three root sites, the offline charger, and the driver and tag details. Kept apart from
 * catalog.ts on purpose: the generator draws from SITES, site.chargers, charger.sockets, DRIVERS and
 * driver.tags, so changing their order or length would change every seeded dataset (G2 spec §4.1).
 * Everything here is invented for the sandbox (fictional companies, example.com addresses).
 */
import { DRIVERS, SITES, type CatalogDriver, type CatalogSite } from './catalog.ts';

export interface SiteFacts {
    street: string;
    postalCode: string;
    city: string;
    /** ISO 3166 alpha-2; eMabler's format is unconfirmed (spec §7.10). */
    country: string;
    latitude: number;
    longitude: number;
    /** IANA zone id; eMabler's format is unconfirmed (spec §7.24). */
    timezone: string;
    /** The root site this site belongs to. */
    parentSiteId: number;
    isPublic: boolean;
    parkingType: string;
    externalId: string;
    /** The site's and its chargers' one metadata label (the chargers' `label` filter matches it). */
    label: 'public' | 'workplace' | 'residential';
}

export interface RootSite {
    id: number;
    name: string;
    country: string;
    timezone: string;
    externalId: string;
}

export interface WorldCatalog {
    sites: readonly CatalogSite[];
    /** Root sites (no chargers, no sessions): a separate array, so the generator's draws stay unchanged. */
    rootSites: readonly RootSite[];
    siteFacts: Readonly<Record<number, SiteFacts>>;
    drivers: readonly CatalogDriver[];
    /** chargerIds reported Offline while no session runs on them. */
    offlineChargers: ReadonlySet<string>;
    costCenter: { id: number; name: string };
}

export const ROOT_SITES: readonly RootSite[] = [
    { id: 5100, name: 'eMabler Sandbox Finland', country: 'FI', timezone: 'Europe/Helsinki', externalId: 'ROOT-FI' },
    { id: 6000, name: 'eMabler Sandbox Sweden', country: 'SE', timezone: 'Europe/Stockholm', externalId: 'ROOT-SE' },
    { id: 7000, name: 'eMabler Sandbox Norway', country: 'NO', timezone: 'Europe/Oslo', externalId: 'ROOT-NO' },
];

export const SITE_FACTS: Readonly<Record<number, SiteFacts>> = {
    5120: { street: 'Urho Kekkosen katu 1', postalCode: '00100', city: 'Helsinki', country: 'FI', latitude: 60.1699, longitude: 24.9314, timezone: 'Europe/Helsinki', parentSiteId: 5100, isPublic: true, parkingType: 'PARKING_GARAGE', externalId: 'FI-HEL-KAMPPI-P2', label: 'public' },
    5133: { street: 'Tapiontori 1', postalCode: '02100', city: 'Espoo', country: 'FI', latitude: 60.1756, longitude: 24.8059, timezone: 'Europe/Helsinki', parentSiteId: 5100, isPublic: true, parkingType: 'PARKING_LOT', externalId: 'FI-ESP-TAPIOLA', label: 'public' },
    6031: { street: 'Götgatan 50', postalCode: '118 46', city: 'Stockholm', country: 'SE', latitude: 59.315, longitude: 18.072, timezone: 'Europe/Stockholm', parentSiteId: 6000, isPublic: true, parkingType: 'UNDERGROUND_GARAGE', externalId: 'SE-STO-SODERMALM', label: 'public' },
    6044: { street: 'Lindholmspiren 3', postalCode: '417 56', city: 'Göteborg', country: 'SE', latitude: 57.7066, longitude: 11.938, timezone: 'Europe/Stockholm', parentSiteId: 6000, isPublic: false, parkingType: 'PARKING_LOT', externalId: 'SE-GOT-LINDHOLMEN', label: 'workplace' },
    7002: { street: 'Thorvald Meyers gate 20', postalCode: '0552', city: 'Oslo', country: 'NO', latitude: 59.9226, longitude: 10.759, timezone: 'Europe/Oslo', parentSiteId: 7000, isPublic: false, parkingType: 'ON_STREET', externalId: 'NO-OSL-GRUNERLOKKA', label: 'residential' },
    7015: { street: 'Bryggen 1', postalCode: '5003', city: 'Bergen', country: 'NO', latitude: 60.3975, longitude: 5.3245, timezone: 'Europe/Oslo', parentSiteId: 7000, isPublic: true, parkingType: 'PARKING_GARAGE', externalId: 'NO-BGO-BRYGGEN', label: 'public' },
};

/** The catalog the sandbox's world is derived from. */
export const WORLD_CATALOG: WorldCatalog = {
    sites: SITES,
    rootSites: ROOT_SITES,
    siteFacts: SITE_FACTS,
    drivers: DRIVERS,
    offlineChargers: new Set(['EMB-ESP-0002']),
    costCenter: { id: 31, name: 'Nordic Operations' },
};

/** Details of the k-th catalog driver (k = index in DRIVERS). */
export interface DriverFacts {
    /** '' for every fifth driver. */
    externalId: string;
    companyId: number | null;
    companyName: string;
    /** Every sixth driver has a payroll reference. */
    payrollReference: boolean;
    /** False for every fourth driver. */
    invoicable: boolean;
}

export function driverFacts(k: number): DriverFacts {
    return {
        externalId: k % 5 === 4 ? '' : `HR-${1000 + k}`,
        companyId: k % 3 === 1 ? 41 : k % 3 === 2 ? 42 : null,
        companyName: k % 3 === 1 ? 'Contoso Logistics' : k % 3 === 2 ? 'Fabrikam Oy' : '',
        payrollReference: k % 6 === 0,
        invoicable: k % 4 !== 3,
    };
}

/** Numeric id of the j-th tag of the k-th catalog driver. */
export const catalogTagId = (k: number, j: number): number => 900_000 + k * 10 + j;
