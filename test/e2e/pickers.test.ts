/**
 * Issue G2 end to end against the sandbox (default dataset: seed 1, 20,000 sessions):
 * - each of the four filters of Query charging sessions: every option `try --values` offers, sent back
 *   as that filter, returns exactly the sessions that carry it (at least one, except root sites, which
 *   have no sessions of their own; spec §4.1 I7);
 * - List ongoing charging sessions returns exactly the sessions without an end, across pages;
 * - the driver picker of List RFID tags: each driver's tags are exactly the tags on its sessions.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_DATASET } from '../../src/emabler/sandbox/dataset.ts';
import { startSandbox, type RunningSandbox } from '../../src/emabler/sandbox/server.ts';
import type { SandboxSession } from '../../src/emabler/sandbox/types.ts';
import { run as runTry } from '../../src/harness/cli.ts';
import { loadConnectorFiles } from '../../src/harness/connector-files.ts';
import { createHarness, type Harness } from '../../src/harness/execute.ts';
import { readAllPages } from '../../src/harness/paging.ts';
import { pagedOperations } from '../../src/swagger/paging.ts';
import { runCli } from '../helpers/io.ts';
import { PROJECT } from '../helpers/project.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

const KEY = 'fake-test-key-0000';
const files = loadConnectorFiles({ rootDir: ROOT_DIR });
const ROOT_SITE_IDS = ['5100', '6000', '7000'];
let sandbox: RunningSandbox;
let harness: Harness;

beforeAll(async () => {
    sandbox = await startSandbox({ apiKeys: [KEY] });
    harness = createHarness({ files, connection: { environment: sandbox.url, api_key: KEY }, allowCustomValues: true });
});
afterAll(async () => {
    await sandbox?.close();
});

interface Option {
    value: unknown;
    title: string;
}

/** The options `npm run try -- <operationId> --values <field>` prints. */
async function options(operationId: string, field: string): Promise<Option[]> {
    const connection = JSON.stringify({ environment: sandbox.url, api_key: KEY });
    const r = await runCli((io) => runTry([operationId, '--values', field, '--connection', connection, '--allow-custom-values'], io, PROJECT), ROOT_DIR);
    expect(r.status).toBe(0);
    return JSON.parse(r.stdout) as Option[];
}

/** Every session Query charging sessions returns for these filters (all pages). */
async function query(filters: Record<string, unknown>): Promise<SandboxSession[]> {
    const r = await readAllPages(harness, pagedOperations(files.swagger)[0]!, filters, { limit: 1000 });
    expect([r.ok, r.diagnostics]).toEqual([true, []]);
    return r.items as SandboxSession[];
}

const FILTERS: [field: string, carries: (s: SandboxSession) => string, count: number, first: Option][] = [
    ['siteIDs', (s) => String(s.siteId), 9, { value: '7015', title: 'Bergen Bryggen P-hus' }],
    ['chargerIDs', (s) => s.chargerId, 14, { value: 'EMB-BGO-0021', title: 'Bryggen DC 21' }],
    ['driverIDs', (s) => String(s.authorizedUserId), 48, { value: '201184', title: 'Aino Lindqvist' }],
    ['rfidTags', (s) => s.authorizedTagId, 64, { value: '04A2B91C7F6E80', title: '04A2B91C7F6E80' }],
];

describe('a value picked through --values and sent back as the filter returns only sessions that carry it', () => {
    test.each(FILTERS)('%s: every option', async (field, carries, count, first) => {
        const picked = await options('QueryChargingSessions', field);
        expect([picked.length, picked[0]]).toEqual([count, first]);
        for (const { value } of picked) {
            const sessions = await query({ [field]: [value] });
            const expected = sandbox.sessions.filter((s) => carries(s) === value).map((s) => s.id);
            expect([value, sessions.filter((s) => carries(s) !== value).length, sessions.map((s) => s.id).sort((a, b) => a - b)]).toEqual([value, 0, expected]);
            expect([value, sessions.length > 0]).toEqual([value, !(field === 'siteIDs' && ROOT_SITE_IDS.includes(value as string))]);
        }
    });

    test.each<[string, string, number, number]>([
        ['siteIDs', '5120', 3314, 88400004],
        ['chargerIDs', 'EMB-OSL-0114', 1126, 88400021],
        ['driverIDs', '201184', 424, 88400016],
        ['rfidTags', '04A2B91C7F6E80', 190, 88400092],
    ])('%s [%s]: %i sessions, the first is %i', async (field, value, total, firstId) => {
        const r = await harness.execute('QueryChargingSessions', { [field]: [value], limit: 1 });
        expect([r.diagnostics, (r.outputs as { totalRecords: number }).totalRecords, (r.outputs as { items: { id: number }[] }).items.map((s) => s.id)]).toEqual([[], total, [firstId]]);
    });

    test('root sites have no sessions of their own (subsites are not included)', async () => {
        expect(await Promise.all(ROOT_SITE_IDS.map(async (id) => (await query({ siteIDs: [id] })).length))).toEqual([0, 0, 0]);
    });
});

describe('List ongoing charging sessions', () => {
    const ONGOING = ['88419988', '88419993', '88419994', '88419996', '88419997', '88419998', '88419999', '88420000'];

    test('returns exactly the sessions without an end, across pages of 3', async () => {
        const seen: string[] = [];
        const pages: [number, boolean][] = [];
        for (let page = 1; page <= 10; page++) {
            const r = await harness.execute('ListOngoingChargingSessions', { page, limit: 3 });
            expect([r.status, r.diagnostics]).toEqual([200, []]);
            const out = r.outputs as { totalRecords: number; hasNextPage: boolean; items: { transactionId: string }[] };
            seen.push(...out.items.map((o) => o.transactionId));
            pages.push([out.items.length, out.hasNextPage]);
            if (!out.hasNextPage) break;
        }
        const withoutEnd = sandbox.sessions.filter((s) => s.timestampEnd === undefined).map((s) => String(s.id));
        expect([pages, seen, withoutEnd.length, DEFAULT_DATASET.sessions]).toEqual([[[3, true], [3, true], [2, false]], ONGOING, 8, 20_000]);
        expect(seen).toEqual(withoutEnd);
    });

    test('each listed session is, in Query charging sessions, one without an end', async () => {
        const sessions = await query({ transactionIds: ONGOING.map(Number) });
        expect(sessions.map((s) => [String(s.id), s.timestampEnd, s.operationTimestamp, s.totalCostInclVat])).toEqual(ONGOING.map((id) => [id, undefined, null, null]));
    });

    test.each<[Record<string, unknown>, string[]]>([
        [{ chargerIds: ['EMB-OSL-0114', 'EMB-GOT-0101'] }, ['88419988', '88419993', '88419996', '88420000']],
        [{ driverIds: [200185] }, ['88419988', '88419998']],
        [{ socketIds: [2], chargerIds: ['EMB-GOT-0101'] }, ['88419993']],
        [{ from: '2026-12-31T23:00:00Z', sortKey: 'chargerId', sortDescending: true }, ['88420000', '88419999', '88419998']],
    ])('array filters go over the wire as csv: %j', async (input, expected) => {
        const r = await harness.execute('ListOngoingChargingSessions', input);
        expect([r.diagnostics, (r.outputs as { items: { transactionId: string }[] }).items.map((o) => o.transactionId)]).toEqual([[], expected]);
    });
});

describe('List RFID tags: the driver picker', () => {
    test('each picked driver’s tags are exactly the tags on its sessions, and they find only its sessions', async () => {
        const drivers = await options('ListRfidTags', 'driverId');
        expect([drivers.length, drivers.every((d) => typeof d.value === 'number')]).toEqual([48, true]);
        for (const { value } of drivers) {
            const r = await harness.execute('ListRfidTags', { driverId: value });
            expect(r.diagnostics).toEqual([]);
            const tags = (r.outputs as { items: { idTag: string; driverId: number }[] }).items;
            const onSessions = [...new Set(sandbox.sessions.filter((s) => s.authorizedUserId === value).map((s) => s.authorizedTagId))].sort();
            expect([value, tags.map((t) => t.idTag).sort(), tags.every((t) => t.driverId === value)]).toEqual([value, onSessions, true]);
        }
    });

    test('Aino Mäkelä (200000): two tags; the key fob’s sessions are all hers', async () => {
        const aino = (await options('ListRfidTags', 'driverId')).find((d) => d.title === 'Aino Mäkelä')!;
        const r = await harness.execute('ListRfidTags', { driverId: aino.value });
        const tags = (r.outputs as { items: { idTag: string; tokenName: string }[] }).items;
        expect([aino.value, tags.map((t) => [t.idTag, t.tokenName])]).toEqual([200000, [['04A2B91C7F6E80', "Aino's card"], ['E2801170', "Aino's key fob"]]]);
        const sessions = await query({ rfidTags: ['E2801170'] });
        expect([sessions.length, sessions.every((s) => s.authorizedUserId === 200000 && s.authorizedTagId === 'E2801170')]).toEqual([
            sandbox.sessions.filter((s) => s.authorizedTagId === 'E2801170').length, true,
        ]);
        expect(sessions.length).toBeGreaterThan(0);
    });
});
