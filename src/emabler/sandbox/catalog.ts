/**
 * The fixed world the sandbox's sessions happen in: sites (with currency and VAT), chargers, sockets,
 * tariffs and drivers with their RFID tags. Fixed (not seeded) so ids stay stable across seeds and
 * tests can name them; the seed only drives which sessions happen when.
 */

export interface Tariff {
    id: string;
    version: number;
    /** Energy price per kWh excluding VAT. */
    perKWh: number;
    /** Charging-time price per minute excluding VAT (DC only). */
    perMinute: number;
    /** Parking price per hour excluding VAT after `parkingFreeMinutes`. */
    parkingPerHour: number;
    parkingFreeMinutes: number;
    flatFee: number;
    /** Operator margin as a share of the excl.-VAT total. */
    marginShare: number;
}

export interface CatalogCharger {
    chargerId: string;
    chargerName: string;
    kind: 'AC' | 'DC';
    powerKw: number;
    sockets: { socketId: number; socketName: string }[];
    /** Prefix of the charger's own transaction ids (evseTransactionId); '' = plain numbers. */
    evsePrefix: string;
}

export interface CatalogSite {
    siteId: number;
    siteName: string;
    currency: 'EUR' | 'SEK' | 'NOK';
    vatPercent: number;
    tariff: Tariff;
    chargers: CatalogCharger[];
}

export interface CatalogDriver {
    userId: number;
    userName: string;
    homeSiteId: number | null;
    tags: string[];
}

const ac = (chargerId: string, chargerName: string, sockets: 1 | 2, evsePrefix = ''): CatalogCharger => ({
    chargerId,
    chargerName,
    kind: 'AC',
    powerKw: 11,
    sockets: sockets === 2 ? [{ socketId: 1, socketName: 'Type 2 left' }, { socketId: 2, socketName: 'Type 2 right' }] : [{ socketId: 1, socketName: 'Type 2' }],
    evsePrefix,
});

const dc = (chargerId: string, chargerName: string, evsePrefix = 'TX-'): CatalogCharger => ({
    chargerId,
    chargerName,
    kind: 'DC',
    powerKw: 90,
    sockets: [{ socketId: 1, socketName: 'CCS' }, { socketId: 2, socketName: 'CHAdeMO' }],
    evsePrefix,
});

const tariff = (id: string, version: number, perKWh: number, perMinute: number, parkingPerHour: number, flatFee: number): Tariff => ({
    id, version, perKWh, perMinute, parkingPerHour, parkingFreeMinutes: 240, flatFee, marginShare: 0.1,
});

export const SITES: readonly CatalogSite[] = [
    {
        siteId: 5120, siteName: 'Helsinki Kamppi P2', currency: 'EUR', vatPercent: 25.5,
        tariff: tariff('trf-fi-public-ac', 3, 0.29, 0, 1.2, 0.4),
        chargers: [ac('EMB-HEL-0042', 'Kamppi P2 #42', 2), ac('EMB-HEL-0043', 'Kamppi P2 #43', 2), dc('EMB-HEL-0090', 'Kamppi DC 90')],
    },
    {
        siteId: 5133, siteName: 'Espoo Tapiola Centre', currency: 'EUR', vatPercent: 25.5,
        tariff: tariff('trf-fi-tapiola', 1, 0.25, 0, 0, 0),
        chargers: [ac('EMB-ESP-0001', 'Tapiola 1', 2), ac('EMB-ESP-0002', 'Tapiola 2', 1)],
    },
    {
        siteId: 6031, siteName: 'Stockholm Södermalm Garage', currency: 'SEK', vatPercent: 25,
        tariff: tariff('trf-se-dc-fast', 12, 3.96, 0.5, 0, 0),
        chargers: [dc('EMB-STO-0007', 'Södermalm DC 7'), ac('EMB-STO-0011', 'Södermalm AC 11', 2)],
    },
    {
        siteId: 6044, siteName: 'Göteborg Lindholmen', currency: 'SEK', vatPercent: 25,
        tariff: tariff('trf-se-lindholmen', 2, 2.8, 0, 10, 0),
        chargers: [ac('EMB-GOT-0100', 'Lindholmen 100', 2, 'GB'), ac('EMB-GOT-0101', 'Lindholmen 101', 2, 'GB')],
    },
    {
        siteId: 7002, siteName: 'Oslo Grünerløkka Borettslag', currency: 'NOK', vatPercent: 25,
        tariff: tariff('trf-no-residential', 1, 2.1, 0, 0, 0),
        chargers: [ac('EMB-OSL-0113', 'Grünerløkka 113', 1), ac('EMB-OSL-0114', 'Grünerløkka 114', 1), ac('EMB-OSL-0115', 'Grünerløkka 115', 1)],
    },
    {
        siteId: 7015, siteName: 'Bergen Bryggen P-hus', currency: 'NOK', vatPercent: 25,
        tariff: tariff('trf-no-bergen-dc', 4, 3.9, 0.25, 0, 5),
        chargers: [dc('EMB-BGO-0021', 'Bryggen DC 21'), ac('EMB-BGO-0022', 'Bryggen AC 22', 2)],
    },
];

const FIRST = ['Aino', 'Björn', 'Øystein', 'Maija', 'Sofia', 'Lars', 'Ingrid', 'Mikko', 'Elsa', 'Henrik', 'Siri', 'Juho', 'Astrid', 'Olli', 'Karin', 'Ville'];
const LAST = ['Mäkelä', 'Åström', 'Strøm', 'Virtanen', 'Lindqvist', 'Hansen', 'Korhonen', 'Berg', 'Nyström', 'Dahl', 'Laine', 'Johansen'];

/** 48 drivers; every fourth has no home site; every third has two tags. */
export const DRIVERS: readonly CatalogDriver[] = Array.from({ length: 48 }, (_, k) => {
    const home = k % 4 === 3 ? null : SITES[k % SITES.length]!;
    const tagA = (0x04a2b91c + k * 0x1f3d5) >>> 0;
    const tags = [tagA.toString(16).toUpperCase().padStart(8, '0') + (k % 2 === 0 ? '7F6E80' : '')];
    if (k % 3 === 0) tags.push(((0xe2801170 + k * 0x9a4) >>> 0).toString(16).toUpperCase().padStart(8, '0'));
    return {
        userId: 200_000 + k * 37,
        userName: `${FIRST[k % FIRST.length]!} ${LAST[(k * 5) % LAST.length]!}`,
        homeSiteId: home ? home.siteId : null,
        tags,
    };
});

export const siteById = (siteId: number): CatalogSite | undefined => SITES.find((s) => s.siteId === siteId);
