/**
 * Full loop on one machine: harness (generated connector) → Prism validation proxy (our swagger, a
 * tool we did not write) → sandbox. Every response must pass Prism (a response violation would turn
 * into a Prism 500) and the harness's own response check (diagnostics []).
 */
import { ROOT_DIR } from '../helpers/shared.ts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConnectorFiles } from '../../src/harness/connector-files.ts';
import { createHarness, type Harness } from '../../src/harness/execute.ts';
import { readAllPages } from '../../src/harness/paging.ts';
import { pagedOperations } from '../../src/swagger/paging.ts';
import { startSandbox, type RunningSandbox } from '../../src/emabler/sandbox/server.ts';
import { startPrismProxy, type RunningPrism } from './prism.ts';

const KEY = 'fake-test-key-0000';
const ID0 = 88_400_000;
const files = loadConnectorFiles({ rootDir: ROOT_DIR });

let sandbox: RunningSandbox;
let prism: RunningPrism;
let brokenUpstream: Server;
let prismOverBroken: RunningPrism;
let harness: Harness;

beforeAll(async () => {
    // 60 sessions over three days; the last four are still ongoing at the dataset's "now".
    sandbox = await startSandbox({ seed: 42, sessions: 60, from: '2026-10-01T00:00:00Z', to: '2026-10-04T00:00:00Z', apiKeys: [KEY] });
    brokenUpstream = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ page: 1, limit: 1, totalRecords: 'many', items: [] }));
    });
    await new Promise<void>((r) => brokenUpstream.listen(0, '127.0.0.1', r));
    const brokenUrl = `http://127.0.0.1:${(brokenUpstream.address() as AddressInfo).port}/api/v2/cpo`;
    [prism, prismOverBroken] = await Promise.all([
        startPrismProxy(files.swaggerPath, sandbox.url),
        startPrismProxy(files.swaggerPath, brokenUrl),
    ]);
    harness = createHarness({ files, connection: { environment: prism.url, api_key: KEY }, allowCustomValues: true });
});

afterAll(async () => {
    await Promise.all([prism?.stop(), prismOverBroken?.stop()]);
    await sandbox?.close();
    await new Promise((r) => (brokenUpstream ? brokenUpstream.close(r) : r(undefined)));
});

async function ids(input: Record<string, unknown>): Promise<number[]> {
    const r = await harness.execute('QueryChargingSessions', { limit: 1000, ...input });
    expect([r.status, r.diagnostics]).toEqual([200, []]);
    return (r.outputs as { items: { id: number }[] }).items.map((s) => s.id - ID0);
}

describe('harness → Prism proxy → sandbox', () => {
    test.each<[string, Record<string, unknown>, number[]]>([
        ['start window, upper bound inclusive', { startTime: '2026-10-01T12:00:00Z', startTimeSearchEnd: '2026-10-01T15:05:05.118Z' }, [11, 12, 13, 14, 15, 16]],
        ['stop window from a time; ongoing sessions excluded', { stopTimeSearchBegin: '2026-10-03T18:00:00Z' }, [56, 57]],
        ['stop window until a time, inclusive', { stopTime: '2026-10-01T04:06:49.677Z' }, [4, 5]],
        ['start window only: ongoing sessions included', { startTime: '2026-10-03T13:00:00Z' }, [54, 55, 56, 57, 58, 59, 60]],
        ['chargerIDs with chargerId/socketId', { chargerIDs: ['EMB-OSL-0114/1', 'EMB-HEL-0090'] }, [5, 15, 29, 48, 50, 52, 56, 58, 59]],
        ['siteIDs', { siteIDs: ['6044'] }, [25, 26, 35, 37, 42, 53, 54]],
        ['driverIDs', { driverIDs: ['201036'] }, [35, 37, 38]],
        ['rfidTags', { rfidTags: ['04C3EA41'] }, [33, 56, 58]],
        ['transactionIds', { transactionIds: [ID0 + 60, ID0 + 1] }, [1, 60]],
        ['sort by timestampEnd descending: ongoing first', { startTime: '2026-10-03T15:00:00Z', sortKey: 'timestampEnd', sortDescending: true }, [58, 59, 60, 57]],
    ])('%s', async (_name, input, expected) => {
        expect(await ids(input)).toEqual(expected);
    });

    test('paging through all pages returns each session exactly once', async () => {
        for (const sortKey of [undefined, 'currency', 'timestampEnd']) {
            const r = await readAllPages(harness, pagedOperations(files.swagger)[0]!, sortKey ? { sortKey } : {}, { limit: 7 });
            const got = (r.items as { id: number }[]).map((s) => s.id - ID0);
            expect([r.ok, r.requests, r.totalRecords, r.diagnostics]).toEqual([true, 9, 60, []]);
            expect([...got].sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
        }
    });

    test('a wrong key: the sandbox answers 401 with no body, through Prism', async () => {
        const wrong = createHarness({ files, connection: { environment: prism.url, api_key: 'fake-test-key-9999' }, allowCustomValues: true });
        const r = await wrong.execute('QueryChargingSessions', {});
        expect([r.status, r.outputs, r.diagnostics]).toEqual([
            401, undefined,
            [{ ruleId: 'http-status', severity: 'error', path: ['response', 401], message: 'QueryChargingSessions: HTTP 401 (User not authorised).' }],
        ]);
    });

    test('a 400 problemDetails from the sandbox passes Prism (declared 400 schema)', async () => {
        const r = await harness.execute('QueryChargingSessions', { sortKey: 'price' });
        expect([r.status, (r.outputs as { detail: string }).detail, r.diagnostics.map((d) => d.ruleId)]).toEqual([
            400, 'sortKey: Unknown sort key "price"; use a charging session field name such as timestampStart.', ['http-status'],
        ]);
    });

    test.each<[string, object, string[]]>([
        ['limit 1001', { limit: 1001 }, ['body', 'limit']],
        ['a malformed date', { startTime: '2026-10-32T00:00:00Z' }, ['body', 'startTime']],
    ])('%s: Prism rejects it (422, not forwarded), the sandbox answers 400, the harness never sends it', async (_name, body, location) => {
        const post = (url: string) =>
            fetch(`${url}/v2/transactions`, { method: 'POST', headers: { 'x-api-key': KEY, 'content-type': 'application/json' }, body: JSON.stringify(body) });
        const before = sandbox.requestCount();
        const viaPrism = await post(prism.url);
        const problem = (await viaPrism.json()) as { status: number; validation: { location: string[] }[] };
        expect([viaPrism.status, problem.status, problem.validation.map((v) => v.location)]).toEqual([422, 422, [location]]);
        expect(sandbox.requestCount()).toBe(before);

        const direct = await post(sandbox.url);
        expect([direct.status, ((await direct.json()) as { status: number }).status]).toEqual([400, 400]);

        const r = await harness.execute('QueryChargingSessions', body as Record<string, unknown>);
        expect([r.status, r.diagnostics.map((d) => [d.ruleId, d.path])]).toEqual([undefined, [['contract', ['input', location[1]]]]]);
        expect(sandbox.requestCount()).toBe(before + 1);
    });

    test('control: Prism really validates responses (a broken upstream becomes a Prism 500)', async () => {
        const res = await fetch(`${prismOverBroken.url}/v2/transactions`, { method: 'POST', headers: { 'x-api-key': KEY, 'content-type': 'application/json' }, body: '{}' });
        const body = (await res.json()) as { type: string };
        expect([res.status, body.type]).toEqual([500, 'https://stoplight.io/prism/errors#VIOLATIONS']);
    });
});

describe('harness → Prism proxy → sandbox: the lookup routes (G2)', () => {
    test.each<[string, Record<string, unknown>, number]>([
        ['ListSites', { showOnlyRootSites: false, siteIds: [5120, 7015, 6000], sortKey: 'GroupName' }, 3],
        ['ListChargers', { siteIds: [7000], includeSubsites: true, includeConfigs: true, chargerType: 'AC' }, 4],
        ['ListDrivers', { search: 'a', limit: 5, page: 2 }, 36],
        ['ListRfidTags', { driverId: 200000 }, 2],
        ['ListOngoingChargingSessions', { chargerIds: ['EMB-OSL-0114', 'EMB-HEL-0090'], from: '2026-10-03T00:00:00Z' }, 2],
    ])('%s %j: 200, Prism and the harness find nothing wrong', async (operationId, input, total) => {
        const r = await harness.execute(operationId, input);
        expect([r.status, r.diagnostics, (r.outputs as { totalRecords: number }).totalRecords]).toEqual([200, [], total]);
    });
});
