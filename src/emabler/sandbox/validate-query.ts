/**
 * Validates a parsed `POST /v2/transactions` body and normalises it into a SessionQuery. Collects every
 * problem (never throws); each problem names the offending field the way ASP.NET's model binding does
 * ("limit", "chargerIDs[2]").
 */
import { INT32_MAX } from '../../core/json.ts';
import type { SandboxSession, SessionField, SessionQuery } from './types.ts';

export interface FieldProblem {
    field: string;
    message: string;
}

export type QueryResult = { ok: true; query: SessionQuery } | { ok: false; problems: FieldProblem[] };

export const LIMIT_DEFAULT = 100;
/** Like ASP.NET's MaxModelValidationErrors: report at most this many problems per request. */
export const MAX_PROBLEMS = 200;
export const LIMIT_MAX = 1000;

/** Every field of a response item; sortKey must name one of them (case-insensitively). */
export const SESSION_FIELDS: readonly SessionField[] = [
    'timestampStart', 'timestampEnd', 'chargerId', 'chargerName', 'socketId', 'socketName', 'authorizedTagId',
    'authorizedUserId', 'userName', 'siteId', 'siteName', 'driverSiteId', 'driverSiteName', 'fullConsumptionWh',
    'fullConsumptionKWh', 'transactionLengthMinutes', 'id', 'unitPowerCost', 'currency', 'vatPercent', 'tariffId',
    'tariffVersion', 'energyPriceInclVat', 'energyPriceExclVat', 'chargingTimePriceInclVat', 'chargingTimePriceExclVat',
    'parkingTimePriceInclVat', 'parkingTimePriceExclVat', 'flatFeeInclVat', 'flatFeeExclVat', 'totalMarginAmount',
    'reductionAmount', 'totalCostInclVat', 'totalCostExclVat', 'totalVatAmount', 'evseTransactionId',
    'operationTimestamp', 'origin', 'sanityFlags', 'vehicleId',
] satisfies readonly (keyof SandboxSession)[];

const FIELD_BY_LOWER = new Map(SESSION_FIELDS.map((f) => [f.toLowerCase(), f] as const));

/** RFC 3339 date-time with an explicit offset (what `format: date-time` means in the contract). */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-](\d{2}):(\d{2}))$/;

export function parseDateTime(text: string): number | null {
    const m = RFC3339.exec(text);
    if (!m) return null;
    const [, y, mo, d, h, mi, s] = m.map(Number);
    if (mo! < 1 || mo! > 12 || d! < 1 || h! > 23 || mi! > 59 || s! > 60) return null;
    const daysInMonth = new Date(Date.UTC(y!, mo, 0)).getUTCDate();
    if (d! > daysInMonth) return null;
    if (m[9] !== undefined && (Number(m[9]) > 23 || Number(m[10]) > 59)) return null;
    const ms = Date.parse(text.replace(/,/, '.'));
    return Number.isNaN(ms) ? null : ms;
}

const describe = (v: unknown): string => {
    if (v === null) return 'null';
    if (Array.isArray(v)) return 'an array';
    if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
    if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${v}`;
    return typeof v === 'object' ? 'an object' : typeof v;
};

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function validateQuery(body: unknown): QueryResult {
    const problems: FieldProblem[] = [];
    if (!isPlainObject(body)) {
        return { ok: false, problems: [{ field: 'body', message: `The request body must be a JSON object, got ${describe(body)}.` }] };
    }
    const add = (field: string, message: string) => {
        if (problems.length < MAX_PROBLEMS) problems.push({ field, message });
    };

    const int = (name: string, min: number, max: number, fallback: number): number => {
        const v = body[name];
        if (v === undefined || v === null) return fallback;
        if (typeof v !== 'number' || !Number.isInteger(v)) {
            add(name, `The field ${name} must be an integer, got ${describe(v)}.`);
            return fallback;
        }
        if (v < min || v > max) {
            add(name, `The field ${name} must be between ${min} and ${max}.`);
            return fallback;
        }
        return v;
    };
    const bool = (name: string): boolean => {
        const v = body[name];
        if (v === undefined || v === null) return false;
        if (typeof v !== 'boolean') {
            add(name, `The field ${name} must be true, false or null, got ${describe(v)}.`);
            return false;
        }
        return v;
    };
    const time = (name: string): number | null => {
        const v = body[name];
        if (v === undefined || v === null) return null;
        const ms = typeof v === 'string' ? parseDateTime(v) : null;
        if (ms === null) add(name, `The field ${name} must be an RFC 3339 date-time such as 2026-10-01T00:00:00Z, got ${describe(v)}.`);
        return ms;
    };
    /** null, absent and [] all mean "no filter". */
    const list = <T>(name: string, item: (v: unknown, at: string) => T | undefined): T[] | null => {
        const v = body[name];
        if (v === undefined || v === null) return null;
        if (!Array.isArray(v)) {
            add(name, `The field ${name} must be an array or null, got ${describe(v)}.`);
            return null;
        }
        const out: T[] = [];
        v.forEach((entry, i) => {
            const parsed = item(entry, `${name}[${i}]`);
            if (parsed !== undefined) out.push(parsed);
        });
        return out.length === 0 ? null : out;
    };
    const str = (v: unknown, at: string): string | undefined => {
        if (typeof v === 'string') return v;
        add(at, `Each entry must be a string, got ${describe(v)}.`);
        return undefined;
    };
    const numericId = (kind: string) => (v: unknown, at: string): string | undefined => {
        if (typeof v !== 'string' || !/^\d{1,18}$/.test(v)) {
            add(at, `Each entry must be a numeric ${kind} ID written as a string (for example "5120"), got ${describe(v)}.`);
            return undefined;
        }
        return String(Number(v));
    };

    const page = int('page', 1, INT32_MAX, 1);
    const limit = int('limit', 1, LIMIT_MAX, LIMIT_DEFAULT);
    let sortKey: SessionField | undefined;
    const rawSort = body['sortKey'];
    if (typeof rawSort === 'string' && rawSort !== '') {
        sortKey = FIELD_BY_LOWER.get(rawSort.toLowerCase());
        if (!sortKey) add('sortKey', `Unknown sort key ${JSON.stringify(rawSort.slice(0, 60))}; use a charging session field name such as timestampStart.`);
    } else if (rawSort !== undefined && rawSort !== null && rawSort !== '') {
        add('sortKey', `The field sortKey must be a string or null, got ${describe(rawSort)}.`);
    }
    const sortDescending = bool('sortDescending');
    const startFrom = time('startTime');
    const startUntil = time('startTimeSearchEnd');
    const endFrom = time('stopTimeSearchBegin');
    const endUntil = time('stopTime');
    const chargerIds = list('chargerIDs', (v, at) => {
        const s = str(v, at);
        if (s === undefined) return undefined;
        const parts = s.split('/');
        if (parts.length > 2 || parts[0] === '' || (parts.length === 2 && !/^\d{1,9}$/.test(parts[1]!))) {
            add(at, `Each entry must be chargerId or chargerId/socketId with a numeric socketId, got ${describe(v)}.`);
            return undefined;
        }
        return s;
    });
    const siteIds = list('siteIDs', numericId('site'));
    const driverIds = list('driverIDs', numericId('driver'));
    const rfidTags = list('rfidTags', str);
    const transactionIds = list('transactionIds', (v, at) => {
        if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
        add(at, `Each entry must be an integer session ID, got ${describe(v)}.`);
        return undefined;
    });
    const evseTransactionIds = list('evseTransactionIds', str);
    const includeSanityFlags = bool('includeSanityFlags');

    if (problems.length > 0) return { ok: false, problems };
    return {
        ok: true,
        query: {
            page, limit, sortKey, sortDescending, startFrom, startUntil, endFrom, endUntil,
            chargerIds, siteIds, driverIds, rfidTags, transactionIds, evseTransactionIds, includeSanityFlags,
        },
    };
}
