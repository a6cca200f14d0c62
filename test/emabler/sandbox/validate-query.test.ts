import { describe, expect, test } from 'vitest';
import { MAX_PROBLEMS, parseDateTime, validateQuery, type FieldProblem } from '../../../src/emabler/sandbox/validate-query.ts';
import type { SessionQuery } from '../../../src/emabler/sandbox/types.ts';

const DEFAULTS: SessionQuery = {
    page: 1, limit: 100, sortKey: undefined, sortDescending: false, startFrom: null, startUntil: null, endFrom: null, endUntil: null,
    chargerIds: null, siteIds: null, driverIds: null, rfidTags: null, transactionIds: null, evseTransactionIds: null, includeSanityFlags: false,
};

const valid: [string, unknown, Partial<SessionQuery>][] = [
    ['empty object → defaults', {}, {}],
    ['nulls mean defaults', { page: null, limit: null, sortKey: null, sortDescending: null, startTime: null, chargerIDs: null }, {}],
    ['empty arrays mean no filter', { siteIDs: [], rfidTags: [] }, {}],
    ['limit bounds 1 and 1000', { limit: 1000, page: 3 }, { limit: 1000, page: 3 }],
    ['sortKey matches case-insensitively', { sortKey: 'TIMESTAMPEND', sortDescending: true }, { sortKey: 'timestampEnd', sortDescending: true }],
    ['empty sortKey = default order', { sortKey: '' }, {}],
    [
        'times parsed to epoch ms, offsets honoured',
        { startTime: '2026-10-01T00:00:00Z', startTimeSearchEnd: '2026-10-01T02:00:00+02:00', stopTimeSearchBegin: '2026-10-01T00:00:00.5Z', stopTime: '2026-10-31T23:59:59.999Z' },
        { startFrom: Date.UTC(2026, 9, 1), startUntil: Date.UTC(2026, 9, 1), endFrom: Date.UTC(2026, 9, 1) + 500, endUntil: Date.UTC(2026, 9, 31, 23, 59, 59, 999) },
    ],
    [
        'id filters normalised',
        { chargerIDs: ['EMB-HEL-0042', 'EMB-HEL-0043/2'], siteIDs: ['05120'], driverIDs: ['200000'], transactionIds: [88400001], evseTransactionIds: ['TX-1001'], includeSanityFlags: true },
        { chargerIds: ['EMB-HEL-0042', 'EMB-HEL-0043/2'], siteIds: ['5120'], driverIds: ['200000'], transactionIds: [88400001], evseTransactionIds: ['TX-1001'], includeSanityFlags: true },
    ],
    ['unknown properties are ignored', { foo: 1 }, {}],
];

describe('validateQuery accepts', () => {
    test.each(valid)('%s', (_name, body, expected) => {
        expect(validateQuery(body)).toEqual({ ok: true, query: { ...DEFAULTS, ...expected } });
    });
});

const invalid: [string, unknown, FieldProblem[]][] = [
    ['array body', [], [{ field: 'body', message: 'The request body must be a JSON object, got an array.' }]],
    ['null body', null, [{ field: 'body', message: 'The request body must be a JSON object, got null.' }]],
    ['limit 1001', { limit: 1001 }, [{ field: 'limit', message: 'The field limit must be between 1 and 1000.' }]],
    ['limit 0', { limit: 0 }, [{ field: 'limit', message: 'The field limit must be between 1 and 1000.' }]],
    ['limit fraction', { limit: 1.5 }, [{ field: 'limit', message: 'The field limit must be an integer, got number 1.5.' }]],
    ['page string', { page: '2' }, [{ field: 'page', message: 'The field page must be an integer, got the string "2".' }]],
    ['page 0', { page: 0 }, [{ field: 'page', message: 'The field page must be between 1 and 2147483647.' }]],
    ['unknown sort key', { sortKey: 'price' }, [{ field: 'sortKey', message: 'Unknown sort key "price"; use a charging session field name such as timestampStart.' }]],
    ['sortKey number', { sortKey: 3 }, [{ field: 'sortKey', message: 'The field sortKey must be a string or null, got number 3.' }]],
    ['sortDescending string', { sortDescending: 'yes' }, [{ field: 'sortDescending', message: 'The field sortDescending must be true, false or null, got the string "yes".' }]],
    [
        'malformed date',
        { startTime: '2026-13-01T00:00:00Z' },
        [{ field: 'startTime', message: 'The field startTime must be an RFC 3339 date-time such as 2026-10-01T00:00:00Z, got the string "2026-13-01T00:00:00Z".' }],
    ],
    [
        'date without offset',
        { stopTime: '2026-10-01T00:00:00' },
        [{ field: 'stopTime', message: 'The field stopTime must be an RFC 3339 date-time such as 2026-10-01T00:00:00Z, got the string "2026-10-01T00:00:00".' }],
    ],
    ['chargerIDs not an array', { chargerIDs: 'EMB-HEL-0042' }, [{ field: 'chargerIDs', message: 'The field chargerIDs must be an array or null, got the string "EMB-HEL-0042".' }]],
    [
        'chargerIDs bad socket',
        { chargerIDs: ['ok', 'EMB/x', 5] },
        [
            { field: 'chargerIDs[1]', message: 'Each entry must be chargerId or chargerId/socketId with a numeric socketId, got the string "EMB/x".' },
            { field: 'chargerIDs[2]', message: 'Each entry must be a string, got number 5.' },
        ],
    ],
    ['siteIDs non-numeric', { siteIDs: ['Helsinki'] }, [{ field: 'siteIDs[0]', message: 'Each entry must be a numeric site ID written as a string (for example "5120"), got the string "Helsinki".' }]],
    ['driverIDs number', { driverIDs: [200000] }, [{ field: 'driverIDs[0]', message: 'Each entry must be a numeric driver ID written as a string (for example "5120"), got number 200000.' }]],
    ['transactionIds string', { transactionIds: ['1'] }, [{ field: 'transactionIds[0]', message: 'Each entry must be an integer session ID, got the string "1".' }]],
    [
        'all problems are collected',
        { limit: 5000, rfidTags: [null] },
        [
            { field: 'limit', message: 'The field limit must be between 1 and 1000.' },
            { field: 'rfidTags[0]', message: 'Each entry must be a string, got null.' },
        ],
    ],
];

describe('validateQuery rejects', () => {
    test.each(invalid)('%s', (_name, body, problems) => {
        expect(validateQuery(body)).toEqual({ ok: false, problems });
    });
});

test('reports at most MAX_PROBLEMS problems', () => {
    const r = validateQuery({ limit: 0, siteIDs: Array.from({ length: 5000 }, () => 'x') });
    expect(r.ok ? [] : [r.problems.length, r.problems[0]!.field, r.problems[199]!.field]).toEqual([MAX_PROBLEMS, 'limit', 'siteIDs[198]']);
});

describe('parseDateTime', () => {
    test.each([
        ['2026-02-28T23:59:59Z', Date.UTC(2026, 1, 28, 23, 59, 59)],
        ['2026-02-29T00:00:00Z', null],
        ['2026-10-01 00:00:00Z', null],
        ['2026-10-01T00:00:00+25:00', null],
        ['2026-10-01T01:00:00.250+01:00', Date.UTC(2026, 9, 1, 0, 0, 0, 250)],
    ])('%s → %s', (text, expected) => {
        expect(parseDateTime(text)).toBe(expected);
    });
});
