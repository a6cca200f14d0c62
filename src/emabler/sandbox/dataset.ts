/**
 * Deterministic charging-session generator. Same (seed, sessions, from, to) → byte-identical dataset.
 *
 * Ongoing sessions: a session whose computed end lies after `to` (the dataset's "now") is still
 * charging. The contract's `timestampEnd` is a non-nullable date-time, so an ongoing session has NO
 * `timestampEnd` property at all (no property is required, so the item still passes the schema),
 * `operationTimestamp` is null, every price field is null (not priced yet) and energy/duration are the
 * values so far. Ongoing sessions never match a bounded stop window (see query.ts).
 */
import { DRIVERS, SITES, siteById, type CatalogCharger, type CatalogSite } from './catalog.ts';
import { mulberry32, pick, randInt, type Random } from './prng.ts';
import type { SandboxSession } from './types.ts';

export interface DatasetOptions {
    seed: number;
    sessions: number;
    /** Earliest session start (inclusive), ISO date-time. */
    from: string;
    /** Latest session start (exclusive) and the dataset's "now", ISO date-time. */
    to: string;
}

export const DEFAULT_DATASET: DatasetOptions = {
    seed: 1,
    sessions: 20_000,
    from: '2026-01-01T00:00:00.000Z',
    to: '2027-01-01T00:00:00.000Z',
};

export const FIRST_SESSION_ID = 88_400_001;
/** Share of completed sessions without any tariff (all price fields null). */
const FREE_SHARE = 0.08;

const round = (n: number, digits: number): number => {
    const f = 10 ** digits;
    return Math.round(n * f) / f;
};

function parseBound(name: string, value: string): number {
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) throw new Error(`${name}: "${value}" is not a date-time`);
    return ms;
}

/** Minutes the car stays plugged in. */
function durationMinutes(rnd: Random, charger: CatalogCharger): number {
    if (charger.kind === 'DC') return randInt(rnd, 12, 75) + rnd();
    const r = rnd();
    if (r < 0.55) return randInt(rnd, 30, 240) + rnd(); // shopping / work stop
    if (r < 0.9) return randInt(rnd, 240, 600) + rnd(); // workday
    return randInt(rnd, 600, 900) + rnd(); // overnight
}

export interface Priced {
    unitPowerCost: number | null;
    tariffId: string;
    tariffVersion: number | null;
    prices: Record<PriceField, number | null>;
}

export type PriceField =
    | 'energyPriceInclVat' | 'energyPriceExclVat' | 'chargingTimePriceInclVat' | 'chargingTimePriceExclVat'
    | 'parkingTimePriceInclVat' | 'parkingTimePriceExclVat' | 'flatFeeInclVat' | 'flatFeeExclVat'
    | 'totalMarginAmount' | 'reductionAmount' | 'totalCostInclVat' | 'totalCostExclVat' | 'totalVatAmount';

export const NULL_PRICES: Record<PriceField, null> = {
    energyPriceInclVat: null, energyPriceExclVat: null, chargingTimePriceInclVat: null, chargingTimePriceExclVat: null,
    parkingTimePriceInclVat: null, parkingTimePriceExclVat: null, flatFeeInclVat: null, flatFeeExclVat: null,
    totalMarginAmount: null, reductionAmount: null, totalCostInclVat: null, totalCostExclVat: null, totalVatAmount: null,
};

export function price(site: CatalogSite, charger: CatalogCharger, kWh: number, minutes: number, reduction: number): Priced {
    const t = site.tariff;
    const gross = (excl: number) => round(excl * (1 + site.vatPercent / 100), 2);
    const energyExcl = round(kWh * t.perKWh, 2);
    const timeExcl = charger.kind === 'DC' ? round(minutes * t.perMinute, 2) : 0;
    const parkingExcl = round(Math.max(0, minutes - t.parkingFreeMinutes) / 60 * t.parkingPerHour, 2);
    const flatExcl = t.flatFee;
    const totalExcl = round(Math.max(0, energyExcl + timeExcl + parkingExcl + flatExcl - reduction), 2);
    const totalIncl = gross(totalExcl);
    return {
        unitPowerCost: t.perKWh,
        tariffId: t.id,
        tariffVersion: t.version,
        prices: {
            energyPriceInclVat: gross(energyExcl),
            energyPriceExclVat: energyExcl,
            chargingTimePriceInclVat: gross(timeExcl),
            chargingTimePriceExclVat: timeExcl,
            parkingTimePriceInclVat: gross(parkingExcl),
            parkingTimePriceExclVat: parkingExcl,
            flatFeeInclVat: gross(flatExcl),
            flatFeeExclVat: flatExcl,
            totalMarginAmount: round(totalExcl * t.marginShare, 2),
            reductionAmount: reduction,
            totalCostInclVat: totalIncl,
            totalCostExclVat: totalExcl,
            totalVatAmount: round(totalIncl - totalExcl, 2),
        },
    };
}

const SANITY_FLAGS = ['MeterValueGap', 'ClockSkew', 'MissingStopMeterValue'] as const;

export function generateDataset(options: Partial<DatasetOptions> = {}): SandboxSession[] {
    const o = { ...DEFAULT_DATASET, ...options };
    if (!Number.isSafeInteger(o.sessions) || o.sessions < 0) throw new Error(`sessions: expected a non-negative integer, got ${o.sessions}`);
    const from = parseBound('from', o.from);
    const now = parseBound('to', o.to);
    if (now <= from) throw new Error(`to (${o.to}) must be after from (${o.from})`);
    const rnd = mulberry32(o.seed);

    // Starts first, sorted, so ids grow with start time as eMabler's do.
    const starts = Array.from({ length: o.sessions }, () => from + Math.floor(rnd() * (now - from)));
    starts.sort((a, b) => a - b);

    const evseCounters = new Map<string, number>();
    const sessions = new Array<SandboxSession>(o.sessions);
    for (let i = 0; i < o.sessions; i++) {
        const startMs = starts[i]!;
        const site = pick(rnd, SITES);
        const charger = pick(rnd, site.chargers);
        const socket = pick(rnd, charger.sockets);
        const driver = pick(rnd, DRIVERS);
        const tag = pick(rnd, driver.tags);
        const plannedMinutes = durationMinutes(rnd, charger);
        const ongoing = startMs + plannedMinutes * 60_000 > now;
        const minutes = ongoing ? (now - startMs) / 60_000 : plannedMinutes;
        const chargingMinutes = Math.min(minutes, charger.kind === 'DC' ? minutes : 240);
        const kWh = round(Math.min(charger.powerKw * (chargingMinutes / 60) * (0.55 + rnd() * 0.4), charger.kind === 'DC' ? 95 : 75), 3);
        const wh = Math.round(kWh * 1000);
        const free = !ongoing && rnd() < FREE_SHARE;
        const reduction = rnd() < 0.05 ? randInt(rnd, 1, 10) : 0;
        const priced: Priced = ongoing || free
            ? { unitPowerCost: null, tariffId: free ? '' : site.tariff.id, tariffVersion: free ? null : site.tariff.version, prices: NULL_PRICES }
            : price(site, charger, wh / 1000, minutes, reduction);
        const endMs = startMs + Math.round(minutes * 60_000);
        const evseNo = (evseCounters.get(charger.chargerId) ?? 1000) + 1;
        evseCounters.set(charger.chargerId, evseNo);
        const flagRoll = rnd();
        const vehicleRoll = rnd();
        const opDelay = randInt(rnd, 200, 9_000);
        const origin = rnd() < 0.1 ? 'Ocpi' : 'Local';
        const home = driver.homeSiteId === null ? undefined : siteById(driver.homeSiteId);

        const session: SandboxSession = {
            timestampStart: new Date(startMs).toISOString(),
            timestampEnd: new Date(endMs).toISOString(),
            chargerId: charger.chargerId,
            chargerName: charger.chargerName,
            socketId: socket.socketId,
            socketName: socket.socketName,
            authorizedTagId: tag,
            authorizedUserId: driver.userId,
            userName: driver.userName,
            siteId: site.siteId,
            siteName: site.siteName,
            driverSiteId: home ? home.siteId : null,
            driverSiteName: home ? home.siteName : '',
            fullConsumptionWh: wh,
            fullConsumptionKWh: wh / 1000,
            transactionLengthMinutes: round(minutes, 2),
            id: FIRST_SESSION_ID + i,
            unitPowerCost: priced.unitPowerCost,
            currency: site.currency,
            vatPercent: site.vatPercent,
            tariffId: priced.tariffId,
            tariffVersion: priced.tariffVersion,
            ...priced.prices,
            evseTransactionId: `${charger.evsePrefix}${evseNo}`,
            operationTimestamp: ongoing || opDelay > 8_500 ? null : new Date(endMs + opDelay).toISOString(),
            origin,
            sanityFlags: flagRoll < 0.03 ? [SANITY_FLAGS[Math.floor(flagRoll * 100) % SANITY_FLAGS.length]!] : [],
            vehicleId: vehicleRoll < 0.4 ? '' : `VIN-WVWZZZ${(driver.userId % 100_000).toString().padStart(5, '0')}${charger.kind}`,
        };
        if (ongoing) delete session.timestampEnd;
        sessions[i] = session;
    }
    return sessions;
}
