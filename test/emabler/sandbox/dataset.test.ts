import { ROOT_DIR } from '../../helpers/shared.ts';
import { describe, expect, test } from 'vitest';
import { createContractChecker } from '../../../src/contract/checker.ts';
import { loadConnectorFiles } from '../../../src/harness/connector-files.ts';
import { DRIVERS, SITES } from '../../../src/emabler/sandbox/catalog.ts';
import { FIRST_SESSION_ID, generateDataset } from '../../../src/emabler/sandbox/dataset.ts';
import { mulberry32 } from '../../../src/emabler/sandbox/prng.ts';

describe('mulberry32', () => {
    test('is deterministic for a seed', () => {
        const r = mulberry32(1);
        expect([r(), r(), r()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    });
});

describe('generateDataset', () => {
    const big = generateDataset();
    const completed = big.filter((s) => s.timestampEnd !== undefined);
    const ongoing = big.filter((s) => s.timestampEnd === undefined);

    test('same seed gives the same sessions; another seed gives others', () => {
        expect(JSON.stringify(generateDataset({ seed: 7, sessions: 200 }))).toBe(JSON.stringify(generateDataset({ seed: 7, sessions: 200 })));
        expect(generateDataset({ seed: 8, sessions: 200 })[0]!.timestampStart).not.toBe(generateDataset({ seed: 7, sessions: 200 })[0]!.timestampStart);
    });

    test('seed 7 begins with exactly these sessions', () => {
        const first = generateDataset({ seed: 7, sessions: 5 }).map((s) => [s.id, s.timestampStart, s.timestampEnd, s.chargerId, s.socketId, s.siteId, s.currency, s.totalCostInclVat]);
        expect(first).toEqual([
            [88400001, '2026-01-05T06:32:01.095Z', '2026-01-05T07:00:10.452Z', 'EMB-STO-0007', 1, 6031, 'SEK', 196.48],
            [88400002, '2026-01-23T14:45:15.610Z', '2026-01-23T15:06:33.067Z', 'EMB-BGO-0021', 2, 7015, 'NOK', 132.65],
            [88400003, '2026-07-10T07:51:37.988Z', '2026-07-10T09:37:03.507Z', 'EMB-BGO-0022', 2, 7015, 'NOK', 58.84],
            [88400004, '2026-09-13T03:29:29.263Z', '2026-09-13T07:11:48.609Z', 'EMB-OSL-0115', 1, 7002, 'NOK', 66.99],
            [88400005, '2026-12-23T13:42:39.107Z', '2026-12-23T23:04:36.737Z', 'EMB-OSL-0114', 1, 7002, 'NOK', 102.24],
        ]);
    });

    test('default: 20,000 sessions, consecutive ids in start order, starts inside 2026', () => {
        expect(big).toHaveLength(20_000);
        expect(big.every((s, i) => s.id === FIRST_SESSION_ID + i)).toBe(true);
        expect(big.every((s, i) => i === 0 || s.timestampStart >= big[i - 1]!.timestampStart)).toBe(true);
        expect(big[0]!.timestampStart >= '2026-01-01T00:00:00.000Z').toBe(true);
        expect(big.at(-1)!.timestampStart < '2027-01-01T00:00:00.000Z').toBe(true);
    });

    test('spans every site, charger, socket and several drivers and tags', () => {
        const sockets = new Set(big.map((s) => `${s.chargerId}/${s.socketId}`));
        const expectedSockets = SITES.flatMap((site) => site.chargers.flatMap((c) => c.sockets.map((k) => `${c.chargerId}/${k.socketId}`)));
        expect([...sockets].sort()).toEqual([...expectedSockets].sort());
        expect(new Set(big.map((s) => s.authorizedUserId)).size).toBe(DRIVERS.length);
        expect(new Set(big.map((s) => s.authorizedTagId)).size).toBe(DRIVERS.flatMap((d) => d.tags).length);
    });

    test('currency and VAT match the site country', () => {
        const pairs = new Set(big.map((s) => `${s.currency} ${s.vatPercent}`));
        expect([...pairs].sort()).toEqual(['EUR 25.5', 'NOK 25', 'SEK 25']);
    });

    test('about 8 % of completed sessions have no prices at all', () => {
        const free = completed.filter((s) => s.totalCostInclVat === null);
        expect(free.length / completed.length).toBeGreaterThan(0.06);
        expect(free.length / completed.length).toBeLessThan(0.1);
        expect(free.every((s) => s.unitPowerCost === null && s.energyPriceInclVat === null && s.tariffId === '' && s.tariffVersion === null)).toBe(true);
    });

    test('ongoing sessions have no timestampEnd, no operationTimestamp and no prices', () => {
        expect(ongoing.length).toBe(8);
        for (const s of ongoing) {
            expect(Object.keys(s)).not.toContain('timestampEnd');
            expect([s.operationTimestamp, s.totalCostInclVat, s.unitPowerCost]).toEqual([null, null, null]);
        }
    });

    test('a one-month window holds exactly the requested sessions, with ongoing ones at its end', () => {
        const month = generateDataset({ sessions: 10_000, from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' });
        expect(month.filter((s) => s.timestampStart >= '2026-10-01T00:00:00.000Z' && s.timestampStart < '2026-11-01T00:00:00.000Z')).toHaveLength(10_000);
        expect(month.filter((s) => s.timestampEnd === undefined)).toHaveLength(52);
    });

    test('every generated session passes the generated response schema', () => {
        const checker = createContractChecker(loadConnectorFiles({ rootDir: ROOT_DIR }).swagger);
        const page = { page: 1, limit: 1000, totalRecords: big.length, hasNextPage: true, hasPreviousPage: false, items: [...big.slice(0, 500), ...ongoing] };
        expect(checker.checkResponse('QueryChargingSessions', 200, page)).toEqual([]);
    });

    test('bad options are rejected with a clear message', () => {
        expect(() => generateDataset({ sessions: -1 })).toThrow('sessions: expected a non-negative integer, got -1');
        expect(() => generateDataset({ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toThrow(
            'to (2026-01-01T00:00:00Z) must be after from (2026-02-01T00:00:00Z)',
        );
        expect(() => generateDataset({ from: 'yesterday' })).toThrow('from: "yesterday" is not a date-time');
    });
});
