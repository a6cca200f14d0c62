/**
 * The query engine: filters, sorts and pages the dataset for one validated SessionQuery.
 *
 * Time filters (reference §6.6): start window [startTime, startTimeSearchEnd] on timestampStart, stop
 * window [stopTimeSearchBegin, stopTime] on timestampEnd; bounds inclusive; null = unbounded. An ongoing
 * session (no timestampEnd) matches only when both stop bounds are null.
 * Sorting: over response item fields; null / absent values sort after every value ascending (and so
 * first descending); ties are broken by id ascending, so paging is stable. Default order: id.
 */
import { pageOf } from './page.ts';
import type { SandboxSession, SessionField, SessionPage, SessionQuery } from './types.ts';

export interface IndexedSession {
    session: SandboxSession;
    start: number;
    /** null while ongoing. */
    end: number | null;
}

/** Pre-parse timestamps once; keeps the dataset's id order. */
export const indexSessions = (sessions: readonly SandboxSession[]): IndexedSession[] =>
    [...sessions]
        .sort((a, b) => a.id - b.id)
        .map((session) => ({
            session,
            start: Date.parse(session.timestampStart),
            end: session.timestampEnd === undefined ? null : Date.parse(session.timestampEnd),
        }));

function matcher(q: SessionQuery): (s: IndexedSession) => boolean {
    const chargers = q.chargerIds && new Set(q.chargerIds);
    const sites = q.siteIds && new Set(q.siteIds);
    const drivers = q.driverIds && new Set(q.driverIds);
    const tags = q.rfidTags && new Set(q.rfidTags);
    const ids = q.transactionIds && new Set(q.transactionIds);
    const evse = q.evseTransactionIds && new Set(q.evseTransactionIds);
    const stopBounded = q.endFrom !== null || q.endUntil !== null;
    return ({ session: s, start, end }) => {
        if (q.startFrom !== null && start < q.startFrom) return false;
        if (q.startUntil !== null && start > q.startUntil) return false;
        if (stopBounded) {
            if (end === null) return false;
            if (q.endFrom !== null && end < q.endFrom) return false;
            if (q.endUntil !== null && end > q.endUntil) return false;
        }
        if (chargers && !chargers.has(s.chargerId) && !chargers.has(`${s.chargerId}/${s.socketId}`)) return false;
        if (sites && !sites.has(String(s.siteId))) return false;
        if (drivers && !drivers.has(String(s.authorizedUserId))) return false;
        if (tags && !tags.has(s.authorizedTagId)) return false;
        if (ids && !ids.has(s.id)) return false;
        if (evse && !evse.has(s.evseTransactionId)) return false;
        return true;
    };
}

type SortValue = string | number | null;

const sortValue = (s: SandboxSession, key: SessionField): SortValue => {
    const v = s[key];
    if (v === undefined || v === null) return null;
    if (Array.isArray(v)) return v.join(',');
    return v;
};

function compareValues(a: SortValue, b: SortValue): number {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return a < b ? -1 : a > b ? 1 : 0;
}

export function runQuery(index: readonly IndexedSession[], q: SessionQuery): SessionPage {
    const matches = index.filter(matcher(q));
    if (q.sortKey !== undefined) {
        const key = q.sortKey;
        const dir = q.sortDescending ? -1 : 1;
        const keyed = matches.map((m) => ({ m, v: sortValue(m.session, key) }));
        keyed.sort((a, b) => dir * compareValues(a.v, b.v) || a.m.session.id - b.m.session.id);
        keyed.forEach((k, i) => (matches[i] = k.m));
    } else if (q.sortDescending) {
        matches.reverse();
    }
    const page = pageOf(matches, q.page, q.limit);
    return { ...page, items: page.items.map(({ session }) => (q.includeSanityFlags || session.sanityFlags.length === 0 ? session : { ...session, sanityFlags: [] })) };
}
