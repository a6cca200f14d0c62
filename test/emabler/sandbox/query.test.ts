import { describe, expect, test } from 'vitest';
import { generateDataset } from '../../../src/emabler/sandbox/dataset.ts';
import { indexSessions, runQuery } from '../../../src/emabler/sandbox/query.ts';
import type { SandboxSession } from '../../../src/emabler/sandbox/types.ts';
import { validateQuery } from '../../../src/emabler/sandbox/validate-query.ts';

const base = generateDataset({ seed: 1, sessions: 1 })[0]!;

/** Hand-made sessions: times chosen so each window boundary case is obvious. */
const session = (id: number, start: string, end: string | null, extra: Partial<SandboxSession> = {}): SandboxSession => {
    const s: SandboxSession = { ...base, id, timestampStart: start, timestampEnd: end ?? undefined, sanityFlags: [], ...extra };
    if (end === null) delete s.timestampEnd;
    return s;
};

const DATA: SandboxSession[] = [
    session(1, '2026-10-01T00:00:00.000Z', '2026-10-01T01:00:00.000Z', { chargerId: 'A', socketId: 1, siteId: 10, authorizedUserId: 100, authorizedTagId: 'T1', evseTransactionId: 'e1', fullConsumptionKWh: 5 }),
    session(2, '2026-10-01T12:00:00.000Z', '2026-10-02T00:00:00.000Z', { chargerId: 'A', socketId: 2, siteId: 10, authorizedUserId: 101, authorizedTagId: 'T2', evseTransactionId: 'e2', fullConsumptionKWh: 9 }),
    session(3, '2026-10-02T00:00:00.000Z', '2026-10-02T00:30:00.000Z', { chargerId: 'B', socketId: 1, siteId: 20, authorizedUserId: 100, authorizedTagId: 'T3', evseTransactionId: 'e3', fullConsumptionKWh: 5 }),
    session(4, '2026-10-02T23:00:00.000Z', null, { chargerId: 'B', socketId: 2, siteId: 20, authorizedUserId: 102, authorizedTagId: 'T1', evseTransactionId: 'e4', fullConsumptionKWh: 1, sanityFlags: ['MeterValueGap'] }),
    session(5, '2026-09-30T23:59:59.999Z', '2026-10-01T00:00:00.000Z', { chargerId: 'C', socketId: 1, siteId: 30, authorizedUserId: 103, authorizedTagId: 'T4', evseTransactionId: 'e5', fullConsumptionKWh: 7 }),
];
const index = indexSessions(DATA);

function ids(body: Record<string, unknown>): number[] {
    const r = validateQuery(body);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return runQuery(index, r.query).items.map((s) => s.id);
}

describe('runQuery filters', () => {
    test.each<[string, Record<string, unknown>, number[]]>([
        ['no filter: every session by id', {}, [1, 2, 3, 4, 5]],
        ['start window lower bound inclusive', { startTime: '2026-10-01T00:00:00Z' }, [1, 2, 3, 4]],
        ['start window upper bound inclusive', { startTimeSearchEnd: '2026-10-02T00:00:00Z' }, [1, 2, 3, 5]],
        ['start window both bounds', { startTime: '2026-10-01T12:00:00Z', startTimeSearchEnd: '2026-10-02T00:00:00Z' }, [2, 3]],
        ['stop window lower bound inclusive; ongoing excluded', { stopTimeSearchBegin: '2026-10-02T00:00:00Z' }, [2, 3]],
        ['stop window upper bound inclusive; ongoing excluded', { stopTime: '2026-10-01T00:00:00Z' }, [5]],
        ['null bounds are unbounded (ongoing included)', { stopTimeSearchBegin: null, stopTime: null }, [1, 2, 3, 4, 5]],
        ['start and stop windows combine', { startTime: '2026-10-01T00:00:00Z', stopTime: '2026-10-02T00:00:00Z' }, [1, 2]],
        ['chargerIDs by charger', { chargerIDs: ['B'] }, [3, 4]],
        ['chargerIDs by charger/socket', { chargerIDs: ['A/2', 'C/1'] }, [2, 5]],
        ['chargerIDs socket that never charged', { chargerIDs: ['C/2'] }, []],
        ['siteIDs', { siteIDs: ['10', '30'] }, [1, 2, 5]],
        ['driverIDs', { driverIDs: ['100'] }, [1, 3]],
        ['rfidTags match authorizedTagId', { rfidTags: ['T1'] }, [1, 4]],
        ['transactionIds', { transactionIds: [5, 3, 99] }, [3, 5]],
        ['evseTransactionIds', { evseTransactionIds: ['e4'] }, [4]],
        ['filters are ANDed', { siteIDs: ['10'], driverIDs: ['100'] }, [1]],
    ])('%s', (_name, body, expected) => {
        expect(ids(body)).toEqual(expected);
    });
});

describe('runQuery sorting', () => {
    test.each<[string, Record<string, unknown>, number[]]>([
        ['sortDescending alone reverses the id order', { sortDescending: true }, [5, 4, 3, 2, 1]],
        ['by timestampStart', { sortKey: 'timestampStart' }, [5, 1, 2, 3, 4]],
        ['ties broken by id ascending', { sortKey: 'fullConsumptionKWh' }, [4, 1, 3, 5, 2]],
        ['descending keeps the id tie-break ascending', { sortKey: 'FullConsumptionKWh', sortDescending: true }, [2, 5, 1, 3, 4]],
        ['ongoing (no timestampEnd) sorts last ascending', { sortKey: 'timestampEnd' }, [5, 1, 2, 3, 4]],
        ['… and first descending', { sortKey: 'timestampend', sortDescending: true }, [4, 3, 2, 1, 5]],
        ['by a string field', { sortKey: 'authorizedTagId' }, [1, 4, 2, 3, 5]],
    ])('%s', (_name, body, expected) => {
        expect(ids(body)).toEqual(expected);
    });
});

describe('runQuery paging', () => {
    const page = (body: Record<string, unknown>) => {
        const r = validateQuery(body);
        if (!r.ok) throw new Error('invalid');
        const p = runQuery(index, r.query);
        return { ...p, items: p.items.map((s) => s.id) };
    };

    test.each<[string, Record<string, unknown>, object]>([
        ['first page', { limit: 2 }, { page: 1, limit: 2, totalRecords: 5, hasNextPage: true, hasPreviousPage: false, items: [1, 2] }],
        ['middle page', { limit: 2, page: 2 }, { page: 2, limit: 2, totalRecords: 5, hasNextPage: true, hasPreviousPage: true, items: [3, 4] }],
        ['last page', { limit: 2, page: 3 }, { page: 3, limit: 2, totalRecords: 5, hasNextPage: false, hasPreviousPage: true, items: [5] }],
        ['past the end', { limit: 2, page: 4 }, { page: 4, limit: 2, totalRecords: 5, hasNextPage: false, hasPreviousPage: true, items: [] }],
        ['exact fit has no next page', { limit: 5 }, { page: 1, limit: 5, totalRecords: 5, hasNextPage: false, hasPreviousPage: false, items: [1, 2, 3, 4, 5] }],
        ['default limit 100', {}, { page: 1, limit: 100, totalRecords: 5, hasNextPage: false, hasPreviousPage: false, items: [1, 2, 3, 4, 5] }],
        ['no match', { siteIDs: ['99'] }, { page: 1, limit: 100, totalRecords: 0, hasNextPage: false, hasPreviousPage: false, items: [] }],
    ])('%s', (_name, body, expected) => {
        expect(page(body)).toEqual(expected);
    });
});

describe('sanity flags', () => {
    const flagsOf = (body: Record<string, unknown>) => {
        const r = validateQuery({ ...body, transactionIds: [4] });
        if (!r.ok) throw new Error('invalid');
        return runQuery(index, r.query).items[0]!.sanityFlags;
    };
    test('are empty unless includeSanityFlags is true', () => {
        expect(flagsOf({})).toEqual([]);
        expect(flagsOf({ includeSanityFlags: true })).toEqual(['MeterValueGap']);
        expect(DATA[3]!.sanityFlags).toEqual(['MeterValueGap']);
    });
});
