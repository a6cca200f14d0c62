import { ROOT_DIR } from '../helpers/shared.ts';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createContractChecker } from '../../src/contract/checker.ts';
import { loadConnectorFiles, type ConnectorFiles } from '../../src/harness/connector-files.ts';
import { createHarness, type Harness } from '../../src/harness/execute.ts';
import { readAllPages } from '../../src/harness/paging.ts';
import { pagedOperations } from '../../src/swagger/paging.ts';
import { startSandbox, type RunningSandbox } from '../../src/emabler/sandbox/server.ts';

const KEY = 'fake-test-key-0000';
const files = loadConnectorFiles({ rootDir: ROOT_DIR });
let sb: RunningSandbox;
let bad: Server;
let badUrl: string;

beforeAll(async () => {
    sb = await startSandbox({ seed: 11, sessions: 50, apiKeys: [KEY] });
    // An upstream that breaks the contract: page is a string, items[0].id is not an integer.
    bad = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ page: 'one', items: [{ id: 'x' }] }));
    });
    await new Promise<void>((r) => bad.listen(0, '127.0.0.1', r));
    badUrl = `http://127.0.0.1:${(bad.address() as AddressInfo).port}/api/v2/cpo`;
});
afterAll(async () => {
    await sb.close();
    await new Promise((r) => bad.close(r));
});

const harness = (connection: Record<string, unknown>, extra: { files?: ConnectorFiles; trace?: (l: string) => void } = {}) =>
    createHarness({ files: extra.files ?? files, connection, allowCustomValues: true, trace: extra.trace });

describe('executeOperation against the sandbox', () => {
    test('sends the request and returns the page as outputs', async () => {
        const lines: string[] = [];
        const h = harness({ environment: sb.url, api_key: KEY }, { trace: (l) => lines.push(l) });
        const r = await h.execute('QueryChargingSessions', { limit: 2, page: 3, sortKey: 'ID', startTime: null });
        const outputs = r.outputs as { items: { id: number }[] };
        expect({ ...r, outputs: { ...outputs, items: outputs.items.map((s) => s.id) } }).toEqual({
            operationId: 'QueryChargingSessions',
            ok: true,
            status: 200,
            outputs: { page: 3, limit: 2, totalRecords: 50, hasNextPage: true, hasPreviousPage: true, items: [88400005, 88400006] },
            diagnostics: [],
            request: {
                method: 'POST',
                url: `${sb.url}/v2/transactions`,
                headers: { 'x-api-key': '***', 'content-type': 'application/json', accept: 'application/json' },
            },
        });
        expect(lines[0]).toBe(`→ POST ${sb.url}/v2/transactions {"x-api-key":"***","content-type":"application/json","accept":"application/json"}`);
        expect(lines.join('\n')).not.toContain(KEY);
    });

    test.each<[string, Record<string, unknown>, (string | number)[]]>([
        ['limit above 1000', { limit: 1001 }, ['input', 'limit']],
        ['malformed date', { startTime: '2026-10-01' }, ['input', 'startTime']],
        ['unknown input', { pageSize: 10 }, ['input', 'pageSize']],
        ['array that is not nullable', { siteIDs: null }, ['input', 'siteIDs']],
        ['wrong type', { siteIDs: [5120] }, ['input', 'siteIDs', 0]],
    ])('%s is caught before sending, as the designer would', async (_name, input, path) => {
        const before = sb.requestCount();
        const r = await harness({ environment: sb.url, api_key: KEY }).execute('QueryChargingSessions', input);
        const expected = createContractChecker(files.swagger).checkRequestBody('QueryChargingSessions', input).map((d) => ({ ...d, path: ['input', ...d.path] }));
        expect(r.diagnostics.map((d) => d.path)).toEqual([path]);
        expect([r.ok, r.status, r.outputs, r.diagnostics]).toEqual([false, undefined, undefined, expected]);
        expect(sb.requestCount()).toBe(before);
    });

    test('a wrong key is a failed call (401) and the key never appears in the result', async () => {
        const wrong = 'fake-test-key-9999';
        const r = await harness({ environment: sb.url, api_key: wrong }).execute('QueryChargingSessions', {});
        expect([r.ok, r.status, r.outputs, r.diagnostics]).toEqual([
            false, 401, undefined,
            [{ ruleId: 'http-status', severity: 'error', path: ['response', 401], message: 'QueryChargingSessions: HTTP 401 (User not authorised).' }],
        ]);
        expect(JSON.stringify(r)).not.toContain(wrong);
    });

    test('a 400 from the server is reported with its problem detail', async () => {
        // Bypass the designer check by talking to the sandbox with a body the contract allows but the server rejects.
        const r = await harness({ environment: sb.url, api_key: KEY }).execute('QueryChargingSessions', { sortKey: 'price' });
        expect([r.ok, r.status, r.diagnostics]).toEqual([
            false, 400,
            [{
                ruleId: 'http-status', severity: 'error', path: ['response', 400],
                message: 'QueryChargingSessions: HTTP 400 (The query is invalid, for example a page size above 1000 or a malformed date.): sortKey: Unknown sort key "price"; use a charging session field name such as timestampStart.',
            }],
        ]);
    });

    test('a response that breaks the contract is flagged', async () => {
        const r = await harness({ environment: badUrl, api_key: KEY }).execute('QueryChargingSessions', {});
        expect(r.ok).toBe(false);
        expect(r.status).toBe(200);
        expect(r.diagnostics.map((d) => [d.ruleId, d.path])).toEqual([
            ['contract', ['response', 200, 'page']],
            ['contract', ['response', 200, 'items', 0, 'id']],
        ]);
    });

    test('plain http to a non-loopback host is refused before sending', async () => {
        const r = await harness({ environment: 'http://api.emabler.net/api/v2/cpo', api_key: KEY }).execute('QueryChargingSessions', {});
        expect([r.ok, r.status, r.diagnostics]).toEqual([
            false, undefined,
            [{ ruleId: 'request-https-required', severity: 'error', path: [], message: 'The request URL "http://api.emabler.net" must use https (plain http is allowed only for 127.0.0.1, localhost and [::1]).' }],
        ]);
    });

    test('connection findings stop every call', async () => {
        const h = createHarness({ files, connection: { environment: sb.url, api_key: KEY } });
        const r = await h.execute('QueryChargingSessions', {});
        expect([r.ok, r.status, r.diagnostics.map((d) => d.ruleId)]).toEqual([false, undefined, ['connection-allowed-values']]);
    });

    test('a network failure is reported without the key, even when the key is in the URL', async () => {
        const queryKeyFiles: ConnectorFiles = {
            ...files,
            swagger: { ...files.swagger, securityDefinitions: { api_key: { type: 'apiKey', in: 'query', name: 'code' } } },
        };
        const closed = await startSandbox({ sessions: 1 });
        await closed.close();
        const r = await harness({ environment: closed.url, api_key: KEY }, { files: queryKeyFiles }).execute('QueryChargingSessions', {});
        expect([r.ok, r.status, r.diagnostics]).toEqual([
            false, undefined,
            [{ ruleId: 'http-request-failed', severity: 'error', path: [], message: `QueryChargingSessions: POST ${closed.url}/v2/transactions?code=*** failed: ECONNREFUSED.` }],
        ]);
        expect(JSON.stringify(r)).not.toContain(KEY);
    });
});

const queryAllChargingSessions = (h: Harness, filters: Record<string, unknown>, options: { limit?: number; maxRequests?: number }) => readAllPages(h, pagedOperations(files.swagger)[0]!, filters, options);

describe('readAllPages (QueryChargingSessions)', () => {
    test('loops pages until hasNextPage is false and counts the requests', async () => {
        const before = sb.requestCount();
        const r = await queryAllChargingSessions(harness({ environment: sb.url, api_key: KEY }), { startTime: null }, { limit: 7 });
        const ids = (r.items as { id: number }[]).map((s) => s.id);
        expect([r.ok, r.requests, r.totalRecords, r.diagnostics]).toEqual([true, 8, 50, []]);
        expect(ids).toEqual(Array.from({ length: 50 }, (_, i) => 88400001 + i));
        expect(sb.requestCount() - before).toBe(8);
    });

    test('an exact multiple of the limit needs no extra request', async () => {
        const r = await queryAllChargingSessions(harness({ environment: sb.url, api_key: KEY }), {}, { limit: 10 });
        expect([r.ok, r.requests, r.items.length]).toEqual([true, 5, 50]);
    });

    test('stops on the first failure and reports it', async () => {
        const r = await queryAllChargingSessions(harness({ environment: sb.url, api_key: KEY }), {}, { limit: 1001 });
        expect([r.ok, r.requests, r.items, r.diagnostics.map((d) => d.path)]).toEqual([false, 0, [], [['input', 'limit']]]);
    });

    test('stops after maxRequests', async () => {
        const r = await queryAllChargingSessions(harness({ environment: sb.url, api_key: KEY }), {}, { limit: 5, maxRequests: 3 });
        expect([r.ok, r.requests, r.items.length, r.diagnostics]).toEqual([
            false, 3, 15,
            [{ ruleId: 'paging-max-requests', severity: 'error', path: [], message: 'QueryChargingSessions: stopped after 3 requests while hasNextPage was still true.' }],
        ]);
    });
});
