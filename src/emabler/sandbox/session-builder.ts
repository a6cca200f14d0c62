/**
 * Builds complete sessions from the partial ones the admin routes receive, consistently with the
 * fixed catalog (sites, chargers, sockets, tariffs, drivers and tags) the generated dataset uses.
 *
 * Settable: timestampStart (default: now), timestampEnd (absent = ongoing), siteId, chargerId,
 * socketId, authorizedUserId, authorizedTagId, fullConsumptionWh, reductionAmount, origin, vehicleId,
 * sanityFlags. Where the charger is: chargerId → its site; else siteId → the site's first charger;
 * else the first site's first charger. Socket: the charger's first. Driver: authorizedUserId, else the
 * owner of authorizedTagId, else driver (id mod 48); tag: the driver's first. Everything else is
 * derived (names, currency, VAT, tariff, prices, duration, energy, EVSE transaction id, operation
 * timestamp). A derived field may be given only with the value it would get; `id` never (assigned).
 */
import { DRIVERS, SITES, siteById, type CatalogCharger, type CatalogDriver, type CatalogSite } from './catalog.ts';
import { NULL_PRICES, price } from './dataset.ts';
import type { SandboxSession } from './types.ts';
import { parseDateTime, type FieldProblem } from './validate-query.ts';

export const SETTABLE_FIELDS = [
    'timestampStart', 'timestampEnd', 'siteId', 'chargerId', 'socketId', 'authorizedUserId', 'authorizedTagId',
    'fullConsumptionWh', 'reductionAmount', 'origin', 'vehicleId', 'sanityFlags',
] as const;

/** Seconds between a session's end and eMabler's processing of it (operationTimestamp). */
export const OPERATION_DELAY_MS = 1000;
/** Share of the charger's power delivered on average. */
const LOAD_FACTOR = 0.75;

export type BuildResult = { ok: true; session: SandboxSession } | { ok: false; problems: FieldProblem[] };

const round = (n: number, digits: number): number => {
    const f = 10 ** digits;
    return Math.round(n * f) / f;
};

const describe = (v: unknown): string => {
    if (v === null) return 'null';
    if (Array.isArray(v)) return 'an array';
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${v}`;
    return typeof v === 'object' ? 'an object' : typeof v;
};

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Place {
    site: CatalogSite;
    charger: CatalogCharger;
}

const chargerById = (chargerId: string): Place | undefined => {
    for (const site of SITES) {
        const charger = site.chargers.find((c) => c.chargerId === chargerId);
        if (charger) return { site, charger };
    }
    return undefined;
};

/** Energy delivered in `minutes` on `charger` (AC charges for at most 4 hours, as the dataset). */
export function energyWh(charger: CatalogCharger, minutes: number): number {
    const chargingMinutes = charger.kind === 'DC' ? minutes : Math.min(minutes, 240);
    const kWh = Math.min(charger.powerKw * (chargingMinutes / 60) * LOAD_FACTOR, charger.kind === 'DC' ? 95 : 75);
    return Math.round(kWh * 1000);
}

/**
 * The fields that depend on the end: duration, energy (unless given), prices and operation time.
 * `endMs` null = ongoing at `nowMs`.
 */
function timed(place: Place, startMs: number, endMs: number | null, nowMs: number, wh: number | undefined, reduction: number) {
    const minutes = Math.max(0, ((endMs ?? nowMs) - startMs) / 60_000);
    const energy = wh ?? energyWh(place.charger, minutes);
    const tariff = place.site.tariff;
    const priced = endMs === null
        ? { unitPowerCost: null, tariffId: tariff.id, tariffVersion: tariff.version, prices: NULL_PRICES }
        : price(place.site, place.charger, energy / 1000, minutes, reduction);
    return {
        fullConsumptionWh: energy,
        fullConsumptionKWh: energy / 1000,
        transactionLengthMinutes: round(minutes, 2),
        unitPowerCost: priced.unitPowerCost,
        tariffId: priced.tariffId,
        tariffVersion: priced.tariffVersion,
        ...priced.prices,
        operationTimestamp: endMs === null ? null : new Date(endMs + OPERATION_DELAY_MS).toISOString(),
    };
}

/** Build session `id` from one partial session; problems name fields as `${at}.field`. */
export function buildSession(partial: unknown, id: number, nowMs: number, at: string): BuildResult {
    const problems: FieldProblem[] = [];
    const add = (field: string, message: string) => problems.push({ field: `${at}.${field}`, message });
    if (!isPlainObject(partial)) return { ok: false, problems: [{ field: at, message: `Each entry must be a JSON object (a partial charging session), got ${describe(partial)}.` }] };
    const p = partial;

    const time = (name: string): number | undefined => {
        const v = p[name];
        if (v === undefined) return undefined;
        const ms = typeof v === 'string' ? parseDateTime(v) : null;
        if (ms === null) add(name, `Must be an RFC 3339 date-time such as 2026-10-01T00:00:00Z, got ${describe(v)}.`);
        return ms ?? undefined;
    };
    const integer = (name: string, min: number): number | undefined => {
        const v = p[name];
        if (v === undefined) return undefined;
        if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
            add(name, `Must be an integer of at least ${min}, got ${describe(v)}.`);
            return undefined;
        }
        return v;
    };
    const text = (name: string): string | undefined => {
        const v = p[name];
        if (v === undefined) return undefined;
        if (typeof v !== 'string') add(name, `Must be a string, got ${describe(v)}.`);
        return typeof v === 'string' ? v : undefined;
    };

    if (p['id'] !== undefined) add('id', 'The id is assigned by the sandbox (the next id); omit it.');
    const startMs = time('timestampStart') ?? nowMs;
    const endMs = time('timestampEnd');
    if (endMs !== undefined && endMs < startMs) add('timestampEnd', 'Must not be before timestampStart.');

    let place: Place | undefined;
    const chargerId = text('chargerId');
    const siteId = integer('siteId', 0);
    if (chargerId !== undefined) {
        place = chargerById(chargerId);
        if (!place) add('chargerId', `Unknown charger ${JSON.stringify(chargerId)}; the sandbox's chargers are ${SITES.flatMap((s) => s.chargers.map((c) => c.chargerId)).join(', ')}.`);
        else if (siteId !== undefined && place.site.siteId !== siteId) add('siteId', `Charger ${chargerId} is at site ${place.site.siteId}, not ${siteId}.`);
    } else if (siteId !== undefined) {
        const site = siteById(siteId);
        if (!site) add('siteId', `Unknown site ${siteId}; the sandbox's sites are ${SITES.map((s) => s.siteId).join(', ')}.`);
        else place = { site, charger: site.chargers[0]! };
    } else {
        place = { site: SITES[0]!, charger: SITES[0]!.chargers[0]! };
    }
    const socketId = integer('socketId', 0);
    const socket = place && (socketId === undefined ? place.charger.sockets[0] : place.charger.sockets.find((s) => s.socketId === socketId));
    if (place && !socket) add('socketId', `Charger ${place.charger.chargerId} has sockets ${place.charger.sockets.map((s) => s.socketId).join(', ')}, not ${socketId}.`);

    let driver: CatalogDriver | undefined;
    const userId = integer('authorizedUserId', 0);
    const tag = text('authorizedTagId');
    if (userId !== undefined) {
        driver = DRIVERS.find((d) => d.userId === userId);
        if (!driver) add('authorizedUserId', `Unknown driver ${userId}.`);
        else if (tag !== undefined && !driver.tags.includes(tag)) add('authorizedTagId', `Tag ${JSON.stringify(tag)} does not belong to driver ${userId}.`);
    } else if (tag !== undefined) {
        driver = DRIVERS.find((d) => d.tags.includes(tag));
        if (!driver) add('authorizedTagId', `Unknown RFID tag ${JSON.stringify(tag)}.`);
    } else {
        driver = DRIVERS[id % DRIVERS.length]!;
    }

    const wh = integer('fullConsumptionWh', 0);
    const reduction = p['reductionAmount'];
    if (reduction !== undefined && (typeof reduction !== 'number' || !Number.isFinite(reduction) || reduction < 0)) add('reductionAmount', `Must be a non-negative number, got ${describe(reduction)}.`);
    const origin = text('origin');
    const vehicleId = text('vehicleId');
    const flags = p['sanityFlags'];
    if (flags !== undefined && !(Array.isArray(flags) && flags.every((f) => typeof f === 'string'))) add('sanityFlags', `Must be an array of strings, got ${describe(flags)}.`);
    if (problems.length > 0 || !place || !socket || !driver) return { ok: false, problems };

    const home = driver.homeSiteId === null ? undefined : siteById(driver.homeSiteId);
    const session: SandboxSession = {
        timestampStart: new Date(startMs).toISOString(),
        timestampEnd: endMs === undefined ? undefined : new Date(endMs).toISOString(),
        chargerId: place.charger.chargerId,
        chargerName: place.charger.chargerName,
        socketId: socket.socketId,
        socketName: socket.socketName,
        authorizedTagId: tag ?? driver.tags[0]!,
        authorizedUserId: driver.userId,
        userName: driver.userName,
        siteId: place.site.siteId,
        siteName: place.site.siteName,
        driverSiteId: home ? home.siteId : null,
        driverSiteName: home ? home.siteName : '',
        ...timed(place, startMs, endMs ?? null, nowMs, wh, typeof reduction === 'number' ? reduction : 0),
        id,
        currency: place.site.currency,
        vatPercent: place.site.vatPercent,
        evseTransactionId: `${place.charger.evsePrefix}${id}`,
        origin: origin ?? 'Local',
        sanityFlags: (flags as string[] | undefined) ?? [],
        vehicleId: vehicleId ?? '',
    };
    if (session.timestampEnd === undefined) delete session.timestampEnd;

    // Derived fields may be given, but only with the value they get.
    const settable = new Set<string>([...SETTABLE_FIELDS, 'id']);
    for (const [name, value] of Object.entries(p)) {
        if (settable.has(name)) continue;
        if (!(name in session)) {
            add(name, 'Not a charging session field.');
        } else if (JSON.stringify(value) !== JSON.stringify(session[name as keyof SandboxSession])) {
            add(name, `Derived by the sandbox (${JSON.stringify(session[name as keyof SandboxSession])} here); omit it.`);
        }
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, session: orderFields(session) };
}

/** Same key order as the generated sessions (the contract's order), whatever order they were set in. */
const FIELD_ORDER: readonly (keyof SandboxSession)[] = [
    'timestampStart', 'timestampEnd', 'chargerId', 'chargerName', 'socketId', 'socketName', 'authorizedTagId', 'authorizedUserId',
    'userName', 'siteId', 'siteName', 'driverSiteId', 'driverSiteName', 'fullConsumptionWh', 'fullConsumptionKWh',
    'transactionLengthMinutes', 'id', 'unitPowerCost', 'currency', 'vatPercent', 'tariffId', 'tariffVersion', 'energyPriceInclVat',
    'energyPriceExclVat', 'chargingTimePriceInclVat', 'chargingTimePriceExclVat', 'parkingTimePriceInclVat', 'parkingTimePriceExclVat',
    'flatFeeInclVat', 'flatFeeExclVat', 'totalMarginAmount', 'reductionAmount', 'totalCostInclVat', 'totalCostExclVat', 'totalVatAmount',
    'evseTransactionId', 'operationTimestamp', 'origin', 'sanityFlags', 'vehicleId',
];

function orderFields(session: SandboxSession): SandboxSession {
    const out: Record<string, unknown> = {};
    for (const key of FIELD_ORDER) if (key in session) out[key] = session[key];
    return out as unknown as SandboxSession;
}

export type EndResult = { ok: true; session: SandboxSession } | { ok: false; status: 400 | 409; problems: FieldProblem[] };

/**
 * End an ongoing session at `body.timestampEnd`: duration, energy, prices and operation time are
 * recomputed as for a session created ended. 409 when the session has already ended.
 */
export function endSession(session: SandboxSession, body: unknown): EndResult {
    if (!isPlainObject(body)) return { ok: false, status: 400, problems: [{ field: 'body', message: `The body must be a JSON object such as {"timestampEnd":"2026-10-01T08:00:00Z"}, got ${describe(body)}.` }] };
    const problems: FieldProblem[] = [];
    for (const name of Object.keys(body)) if (name !== 'timestampEnd') problems.push({ field: name, message: 'Only timestampEnd can be changed.' });
    const raw = body['timestampEnd'];
    const endMs = typeof raw === 'string' ? parseDateTime(raw) : null;
    if (endMs === null) problems.push({ field: 'timestampEnd', message: `Must be an RFC 3339 date-time such as 2026-10-01T08:00:00Z, got ${raw === undefined ? 'nothing' : describe(raw)}.` });
    const startMs = Date.parse(session.timestampStart);
    if (endMs !== null && endMs < startMs) problems.push({ field: 'timestampEnd', message: `Must not be before timestampStart (${session.timestampStart}).` });
    if (problems.length > 0 || endMs === null) return { ok: false, status: 400, problems };
    if (session.timestampEnd !== undefined) {
        return { ok: false, status: 409, problems: [{ field: 'timestampEnd', message: `Session ${session.id} has already ended (${session.timestampEnd}).` }] };
    }
    const place = chargerById(session.chargerId);
    if (!place) throw new Error(`session ${session.id}: charger ${session.chargerId} is not in the catalog`);
    const t = timed(place, startMs, endMs, endMs, undefined, session.reductionAmount ?? 0);
    return { ok: true, session: orderFields({ ...session, ...t, timestampEnd: new Date(endMs).toISOString() }) };
}
