/**
 * The in-memory shapes of what the lookup routes serve: one interface per item definition of the
 * generated swagger (Site, Charger, ChargerSocket, Driver, DriverTag, RfidTag, OngoingChargingSession).
 * Only the properties the sandbox fills are listed; the e2e tests check every response against the
 * generated swagger, so a drift between these types and the contract fails a test.
 */

export interface SitePathEntry {
    siteId: number;
    siteName: string;
}

export interface OpeningTimes {
    twentyfourseven: boolean;
    regularHours: { weekday: number; periodBegin: string; periodEnd: string }[];
    exceptionalOpenings: { periodBegin: string; periodEnd: string }[];
    exceptionalClosings: { periodBegin: string; periodEnd: string }[];
}

export interface Site {
    id: number;
    name: string;
    publicName: string;
    isPublicSite: boolean | null;
    groupType: string;
    externalId: string;
    costCenterId: number | null;
    costCenterName: string;
    utilityMeterId: string;
    streetAddress: string;
    city: string;
    postalCode: string;
    country: string;
    latitude: number | null;
    longitude: number | null;
    timezone: string;
    parentSiteId: number | null;
    payerId: number | null;
    costId: string;
    paymentRecipientId: number | null;
    parkingType: string;
    parentName: string;
    numberOfChargers: number;
    totalNumberOfChargers: number;
    numberOfSubsites: number;
    totalNumberOfSubsites: number;
    sitePath: SitePathEntry[];
    tariffReferences: { groupId: string; tariffId: string; usageType: 'SITE_INVOICING' | 'PAYMENT_TERMINAL' | null }[];
    metadata: string[];
    serviceCompany: string;
    serviceContactPerson: string;
    serviceEmail: string;
    servicePhoneNumber: string;
    notes: string;
    /** Omitted (never null) for a site only hand-made sessions name: the contract's object is not nullable. */
    effectiveCostCenter?: { id: number; name: string };
    effectiveUtilityMeterId: string;
    effectiveCostCenterId: number | null;
    openingTimes: OpeningTimes;
    earthingSystemType: string;
}

export interface ChargerSocket {
    type: string;
    maxPower: string;
    status: string;
    previousStatus: string;
    chargingState: string;
    id: number;
    name: string;
    deviceEvseId: number | null;
    deviceConnectorId: number | null;
    format: string;
    socketPowerType: string;
    socketManufacturer: string;
    socketModel: string;
    maxWatts: number | null;
    maxVoltage: number | null;
    maxAmperage: number | null;
    powerRatings: { voltage: number; amperage: number; watts: number; description: string }[];
    phaseRotation: string;
    termsAndConditions: string;
    /** Omitted for a synthesised socket (never null: the contract's date-time is not nullable). */
    lastUpdated?: string;
    chargingStationEvseId: number | null;
    parkingPlace: string;
    plugCountResetAt: string | null;
    plugCountOffset: number | null;
    physicalReference: string;
    capabilities: string[];
    phaseAware: boolean;
}

export interface ChargerConfiguration {
    configName: string;
    configValue: string;
    canBeChanged: boolean;
}

export interface ChargerLocation {
    latitude: number;
    longitude: number;
    streetAddress: string;
    streetNumber: string;
    houseLetter: string;
    postalNumber: string;
    city: string;
    area: string;
    country: string;
}

export interface Charger {
    id: number;
    chargerId: string;
    ocppVersion: number;
    name: string;
    state: string;
    lastMessage: string;
    lastSeen: string | null;
    siteId: number;
    siteName: string;
    model: string;
    manufacturer: string;
    firmware: string;
    serial: string;
    activeConnection: boolean | null;
    iccid: string;
    imsi: string;
    meterType: string;
    meterSerialNumber: string;
    pushIntegrationEnabled: boolean | null;
    chargerSpecificMessageStructure: boolean | null;
    evseId: string;
    ocpiIntegrationEnabled: boolean | null;
    splitEvseBySocket: boolean | null;
    physicalReference: string;
    floorLevel: string;
    sockets: ChargerSocket[];
    /** Omitted (never null) when the site has no coordinates: the contract's location is not nullable. */
    location?: ChargerLocation;
    capabilities: string[];
    parkingRestrictions: string[];
    chargerConfigurations: ChargerConfiguration[];
    ongoingTransactions: { socketId: number; transactionId: number; evseTransactionId: string }[];
    customProperties: Record<string, string>;
    integrationRelays: string[];
    metadata: string[];
    installationDate: string | null;
    parkingPlace: string;
    serviceCompany: string;
    serviceContactPerson: string;
    servicePhoneNumber: string;
    serviceEmail: string;
    notes: string;
    driverSpotOptimisationDisabled: boolean | null;
    eichrechtPublicKey: string;
    createdAt: string | null;
    updatedAt: string | null;
    blockedUntil: string | null;
    chargerType: 'AC' | 'DC' | 'Other' | null;
}

export interface DriverTag {
    id: number;
    idTag: string;
    expiringDate: string;
    startDate: string | null;
    lastUpdated: string | null;
    tokenName: string;
    invoicable: boolean | null;
    driverId: number;
}

export interface ExternalUserId {
    userId: number;
    referenceType: string;
    referenceId: string;
    externalId: string;
    effectiveFrom: string | null;
}

export interface Driver {
    id: number;
    externalId: string;
    name: string;
    homeSiteId: number | null;
    payerId: number | null;
    companyId: number | null;
    companyName: string;
    homeSiteName: string;
    tags: DriverTag[];
    externalUserIds: ExternalUserId[];
    chargerSockets: { chargerId: string; socketId: number }[];
}

export interface RfidTag extends DriverTag {
    driverExternalId: string;
}

export interface OngoingChargingSession {
    chargerId: string;
    chargerName: string;
    socketId: number;
    socketName: string;
    transactionId: string;
    startTime: string;
    startMeterWh: number;
    tariffMaxPriceInclVat: number | null;
    tariffMaxPriceExclVat: number | null;
    timezone: string;
    createdAt: string;
    updatedAt: string;
    authorizedIdTag: string;
    authorizedUserId: number | null;
    externalId: string;
    externalUserIds: string[];
    siteId: number | null;
    siteName: string;
}

/** Everything the lookup routes serve, derived from the catalog and the sessions (world.ts). */
export interface World {
    /** Root sites first, then the catalog's sites, then sites only hand-made sessions name. */
    sites: Site[];
    /** Without configuration keys; ListChargers adds them for includeConfigs=true. */
    chargers: Charger[];
    drivers: Driver[];
    tags: RfidTag[];
    /** Exactly the sessions without timestampEnd, in session id order. */
    ongoing: OngoingChargingSession[];
}
