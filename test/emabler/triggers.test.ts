/**
 * The two charging-session triggers (src/emabler/custom-code/script.csx), driven poll by poll against
 * the sandbox as the platform drives them. Every guarantee of docs/triggers.md has a test here.
 * Real clock: "ends" takes a session once its end is at least 1 s old, so tests wait that long.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { join } from 'node:path';
import { CACHE_DIR, compileScript, type CompiledScript } from '../../src/harness/custom-code/compile.ts';
import { CONNECTOR_ENDPOINT, pollTrigger, type PollOptions } from '../../src/harness/custom-code/poll.ts';
import { runScript } from '../../src/harness/custom-code/run.ts';
import { loadConnectorFiles } from '../../src/harness/connector-files.ts';
import { ToolError } from '../../src/core/errors.ts';
import { onChargingSessionEnded, onChargingSessionStarted, ENDED_PATH, STARTED_PATH } from '../../src/emabler/operations/charging-session-triggers.ts';
import { startSandbox, type RunningSandbox } from '../../src/emabler/sandbox/server.ts';
import { describeMono } from '../helpers/mono.ts';
import { PROJECT } from '../helpers/project.ts';
import { ROOT_DIR } from '../helpers/shared.ts';
import { createSessions, endSession, ids, iso, sortedIds, TriggerDriver, waitUntil, type Session } from '../helpers/trigger-driver.ts';

const KEY = 'fake-test-key-0000';
const ENDED_OPERATION_ID = onChargingSessionEnded.operationId;
const STARTED_OPERATION_ID = onChargingSessionStarted.operationId;
const files = loadConnectorFiles({ rootDir: ROOT_DIR });
const compileProjectScript = (): CompiledScript => compileScript({ scriptPath: join(ROOT_DIR, PROJECT.scriptFile!), cacheDir: join(ROOT_DIR, CACHE_DIR) });
/** pollTrigger with the generated connector files and a compiled script. */
const poll = (operationId: string, options: Omit<PollOptions, 'rootDir' | 'files'>) => pollTrigger(operationId, { rootDir: ROOT_DIR, files, ...options });
const SETTLE = 1050;
const IDLE = { status: 202, retryAfter: 60, count: 0 };
const CHARGERS = ['EMB-HEL-0042', 'EMB-HEL-0043', 'EMB-HEL-0090', 'EMB-ESP-0001', 'EMB-ESP-0002', 'EMB-STO-0007', 'EMB-STO-0011', 'EMB-GOT-0100', 'EMB-GOT-0101', 'EMB-OSL-0113', 'EMB-OSL-0114', 'EMB-OSL-0115', 'EMB-BGO-0021', 'EMB-BGO-0022'];

describeMono('charging-session triggers against the sandbox', () => {
    let sb: RunningSandbox;
    let compiled: CompiledScript;
    const connection = () => ({ environment: sb.url, api_key: KEY });
    const ends = (input?: Record<string, string>) => new TriggerDriver(ENDED_OPERATION_ID, { files, compiled, connection: connection() }, input);
    const starts = (input?: Record<string, string>) => new TriggerDriver(STARTED_OPERATION_ID, { files, compiled, connection: connection() }, input);
    const bodies = (r: { sends: { requestBody: string | null }[] }) => r.sends.map((s) => JSON.parse(s.requestBody ?? 'null') as unknown);
    const stateParts = (d: TriggerDriver) => d.state().split('.');

    beforeAll(async () => {
        sb = await startSandbox({ sessions: 0, apiKeys: [KEY] });
        compiled = compileProjectScript();
    });
    afterAll(async () => {
        await sb.close();
    });

    test('the first poll fires nothing, even with sessions already there; an idle poll fires nothing', async () => {
        const t = Date.now();
        await createSessions(sb, KEY, [
            { chargerId: 'EMB-HEL-0042', timestampStart: iso(t - 3_600_000), timestampEnd: iso(t - 600_000) },
            { chargerId: 'EMB-HEL-0043', timestampStart: iso(t - 300_000) },
        ]);
        await waitUntil(t + SETTLE);
        const e = ends();
        const s = starts();
        const first = await e.poll();
        const top = sb.sessions[sb.sessions.length - 1]!.id;
        expect([first.status, first.retryAfter, first.items, stateParts(e)[0], stateParts(e)[2]]).toEqual([202, 60, [], 'e1', String(top)]);
        expect(bodies(first)).toEqual([{ page: 1, limit: 1, sortKey: 'id', sortDescending: true }]);
        expect(first.sends.map((x) => [x.method, x.url, x.status])).toEqual([['POST', `${sb.url}/v2/transactions`, 200]]);
        expect(await s.check()).toEqual({ items: [], polls: [IDLE] });
        expect(s.state()).toBe(`s1.${top}`);

        const [, w0] = stateParts(e);
        const idle = await e.poll();
        const [, w1, h1] = stateParts(e);
        expect([idle.status, idle.retryAfter, idle.items, h1]).toEqual([202, 60, [], String(top)]);
        // Nothing new by id, so no late-session probe: the highest id, then the window (W0, W1].
        expect(bodies(idle)).toEqual([
            { page: 1, limit: 1, sortKey: 'id', sortDescending: true },
            { page: 1, limit: 1000, sortKey: 'id', sortDescending: false, stopTimeSearchBegin: iso(Number(w0)), stopTime: iso(Number(w1) + 1) },
        ]);
        expect(await s.check()).toEqual({ items: [], polls: [IDLE] });
        expect(bodies(s.history[1]!)).toEqual([{ page: 1, limit: 1, sortKey: 'id', sortDescending: true }]);
    });

    test('a session that starts and ends between two polls fires both; an ongoing one fires "ends" when it ends', async () => {
        const e = ends();
        const s = starts();
        await e.check();
        await s.check();
        const t = Date.now();
        const [short, ongoing] = await createSessions(sb, KEY, [
            { chargerId: 'EMB-ESP-0001', timestampStart: iso(t), timestampEnd: iso(t + 40) },
            { chargerId: 'EMB-ESP-0002', timestampStart: iso(t) },
        ]);
        await waitUntil(t + 40 + SETTLE);
        // Each item is the full session as "Query charging sessions" returns it.
        expect(await s.check()).toEqual({ items: [ongoing, short], polls: [{ status: 200, retryAfter: 60, count: 2 }] });
        expect(await e.check()).toEqual({ items: [short], polls: [{ status: 200, retryAfter: 60, count: 1 }] });

        const end = Date.now();
        const ended = await endSession(sb, KEY, ongoing!.id, iso(end));
        await waitUntil(end + SETTLE);
        expect(ended.timestampEnd).toBe(iso(end));
        expect(await e.check()).toEqual({ items: [ended], polls: [{ status: 200, retryAfter: 60, count: 1 }] });
        expect(await s.check()).toEqual({ items: [], polls: [IDLE] });
        expect(await e.check()).toEqual({ items: [], polls: [IDLE] });
    });

    test('ties: sessions with the same start and end fire once each, also exactly on the watermark', async () => {
        const e = ends();
        const s = starts();
        await e.check();
        await s.check();
        const t = Date.now();
        const tied = await createSessions(sb, KEY, CHARGERS.slice(0, 5).map((chargerId) => ({ chargerId, timestampStart: iso(t - 60_000), timestampEnd: iso(t) })));
        const tiedOngoing = await createSessions(sb, KEY, CHARGERS.slice(5, 8).map((chargerId) => ({ chargerId, timestampStart: iso(t) })));
        await waitUntil(t + SETTLE);
        expect(await s.check()).toEqual({ items: [...tied, ...tiedOngoing].reverse(), polls: [{ status: 200, retryAfter: 60, count: 8 }] });
        expect(await e.check()).toEqual({ items: tied, polls: [{ status: 200, retryAfter: 60, count: 5 }] });

        // The watermark W itself: sessions ending exactly at W that reach eMabler after the poll that
        // set W fire (late path), and so do those 1 ms later (next window); nothing twice.
        const w = Number(stateParts(e)[1]);
        const atW = await createSessions(sb, KEY, CHARGERS.slice(0, 3).map((chargerId) => ({ chargerId, timestampStart: iso(w - 60_000), timestampEnd: iso(w) })));
        const after = await createSessions(sb, KEY, CHARGERS.slice(3, 5).map((chargerId) => ({ chargerId, timestampStart: iso(w - 60_000), timestampEnd: iso(w + 1) })));
        await waitUntil(w + 1 + SETTLE);
        expect(await e.check()).toEqual({ items: [...[...atW].reverse(), ...after], polls: [{ status: 200, retryAfter: 60, count: 5 }] });
        expect(await e.check()).toEqual({ items: [], polls: [IDLE] });
        expect(sortedIds((await s.check()).items)).toEqual(sortedIds([...atW, ...after]));
    });

    test('1,500 sessions between two polls (one timestamp): 1,000 and 500 at once, then idle', async () => {
        const e = ends();
        const s = starts();
        await e.check();
        await s.check();
        const t = Date.now();
        const many = await createSessions(sb, KEY, Array.from({ length: 1500 }, (_, i) => ({ chargerId: CHARGERS[i % CHARGERS.length], timestampStart: iso(t - 3_600_000), timestampEnd: iso(t) })));
        await waitUntil(t + SETTLE);

        const ended = await e.check();
        expect(ended.polls).toEqual([{ status: 200, retryAfter: 0, count: 1000 }, { status: 200, retryAfter: 60, count: 500 }]);
        expect(ids(ended.items)).toEqual(ids(many));
        // While more wait, the state carries the window, phase, page and cursor: still short.
        const inProgress = new URL(e.history[e.history.length - 2]!.location!).searchParams.get('state')!;
        expect(inProgress).toMatch(new RegExp(`^e1\\.\\d{13}\\.\\d+\\.\\d{13}\\.${many[1499]!.id}\\.N\\.2\\.${many[999]!.id}$`));
        expect(inProgress.length).toBeLessThanOrEqual(103);

        const started = await s.check();
        expect(started.polls).toEqual([{ status: 200, retryAfter: 0, count: 1000 }, { status: 200, retryAfter: 60, count: 500 }]);
        expect(ids(started.items)).toEqual(ids(many).reverse());
        expect(await e.check()).toEqual({ items: [], polls: [IDLE] });
        expect(await s.check()).toEqual({ items: [], polls: [IDLE] });
        const times = [...e.history, ...s.history].map((r) => r.executionMs!);
        console.log(`[measure] 1,500-session polls: custom code ${Math.min(...times)}–${Math.max(...times)} ms per poll (${times.length} polls)`);
    });

    test('late sessions (an offline charger uploads them afterwards) fire both triggers once, when they arrive', async () => {
        const e = ends();
        const s = starts();
        await e.check();
        await s.check();
        await waitUntil(Date.now() + SETTLE);
        await e.check();
        const t = Date.now();
        const late = await createSessions(sb, KEY, [
            { chargerId: 'EMB-BGO-0021', timestampStart: iso(t - 3 * 86_400_000), timestampEnd: iso(t - 3 * 86_400_000 + 3_600_000) },
            { chargerId: 'EMB-BGO-0022', timestampStart: iso(t - 600_000), timestampEnd: iso(t - 120_000) },
        ]);
        const w = Number(stateParts(e)[1]);
        expect(w).toBeGreaterThan(Date.parse(late[1]!.timestampEnd!));
        expect(await e.check()).toEqual({ items: [late[1], late[0]], polls: [{ status: 200, retryAfter: 60, count: 2 }] });
        const w2 = Number(stateParts(e)[1]);
        // Highest id; late probe (ended by W, newest first); the late sessions; then the window (W, W2].
        expect(bodies(e.history.at(-1)!)).toEqual([
            { page: 1, limit: 1, sortKey: 'id', sortDescending: true },
            { page: 1, limit: 1, sortKey: 'id', sortDescending: true, stopTime: iso(w + 1) },
            { page: 1, limit: 1000, sortKey: 'id', sortDescending: true, stopTime: iso(w + 1) },
            { page: 1, limit: 1000, sortKey: 'id', sortDescending: false, stopTimeSearchBegin: iso(w), stopTime: iso(w2 + 1) },
        ]);
        expect(await s.check()).toEqual({ items: [late[1], late[0]], polls: [{ status: 200, retryAfter: 60, count: 2 }] });
        expect(await e.check()).toEqual({ items: [], polls: [IDLE] });
        expect(await s.check()).toEqual({ items: [], polls: [IDLE] });
    });

    test('sessions that reach eMabler while a window is being read fire once, in the next window', async () => {
        const e = ends();
        await e.check();
        const t = Date.now();
        const many = await createSessions(sb, KEY, Array.from({ length: 1200 }, (_, i) => ({ chargerId: CHARGERS[i % CHARGERS.length], timestampStart: iso(t - 60_000), timestampEnd: iso(t) })));
        await waitUntil(t + SETTLE);
        const first = await e.poll();
        expect([first.status, first.retryAfter, first.items.length]).toEqual([200, 0, 1000]);
        const [, w, , w2] = stateParts(e);
        // One ends before the window (late), one inside it: both get ids above the window's HCAP.
        const arrived = await createSessions(sb, KEY, [
            { chargerId: 'EMB-OSL-0114', timestampStart: iso(Number(w) - 60_000), timestampEnd: iso(Number(w) - 5) },
            { chargerId: 'EMB-OSL-0115', timestampStart: iso(Number(w) - 60_000), timestampEnd: iso(Number(w2)) },
        ]);
        const rest = await e.check();
        expect(rest).toEqual({ items: many.slice(1000), polls: [{ status: 200, retryAfter: 60, count: 200 }] });
        expect(await e.check()).toEqual({ items: [arrived[1], arrived[0]], polls: [{ status: 200, retryAfter: 60, count: 2 }] });
        expect(await e.check()).toEqual({ items: [], polls: [IDLE] });
    });

    test('documented limit: an end recorded after the watermark passed it does not fire "ends"', async () => {
        const e = ends();
        const s = starts();
        await e.check();
        await s.check();
        const t = Date.now();
        const [ongoing] = await createSessions(sb, KEY, [{ chargerId: 'EMB-GOT-0100', timestampStart: iso(t) }]);
        await waitUntil(t + SETTLE);
        expect(await s.check()).toEqual({ items: [ongoing], polls: [{ status: 200, retryAfter: 60, count: 1 }] });
        expect(await e.check()).toEqual({ items: [], polls: [IDLE] });
        // The charger was offline when the session ended and reports the stop now, with its old time.
        const w = Number(stateParts(e)[1]);
        await endSession(sb, KEY, ongoing!.id, iso(t + 10));
        expect(t + 10).toBeLessThan(w);
        expect(await e.check()).toEqual({ items: [], polls: [IDLE] });
        expect(await s.check()).toEqual({ items: [], polls: [IDLE] });
    });

    test('site and charger filters: only those sessions fire, and the Location keeps the filters', async () => {
        const e = ends({ siteIds: '6031' });
        const s = starts({ chargerIds: 'EMB-OSL-0113, EMB-HEL-0042/2' });
        const firstEnds = await e.poll();
        await s.poll();
        expect(e.location).toMatch(new RegExp(`^${CONNECTOR_ENDPOINT.replaceAll('.', '\\.')}${ENDED_PATH}\\?siteIds=6031&state=e1\\.\\d{13}\\.\\d+$`));
        expect(s.location).toMatch(/\/triggers\/charging-sessions\/started\?chargerIds=EMB-OSL-0113%2C\+EMB-HEL-0042%2F2&state=s1\.\d+$/);
        expect(bodies(firstEnds)).toEqual([{ page: 1, limit: 1, sortKey: 'id', sortDescending: true, siteIDs: ['6031'] }]);
        const t = Date.now();
        const made = await createSessions(sb, KEY, [
            { chargerId: 'EMB-HEL-0042', socketId: 1, timestampStart: iso(t - 60_000), timestampEnd: iso(t) },
            { chargerId: 'EMB-HEL-0042', socketId: 2, timestampStart: iso(t - 60_000), timestampEnd: iso(t) },
            { chargerId: 'EMB-STO-0007', timestampStart: iso(t - 60_000), timestampEnd: iso(t) },
            { chargerId: 'EMB-OSL-0113', timestampStart: iso(t - 60_000), timestampEnd: iso(t) },
        ]);
        await waitUntil(t + SETTLE);
        expect(await e.check()).toEqual({ items: [made[2]], polls: [{ status: 200, retryAfter: 60, count: 1 }] });
        const started = await s.check();
        expect(started).toEqual({ items: [made[3], made[1]], polls: [{ status: 200, retryAfter: 60, count: 2 }] });
        expect(bodies(s.history[1]!)[0]).toEqual({ page: 1, limit: 1, sortKey: 'id', sortDescending: true, chargerIDs: ['EMB-OSL-0113', 'EMB-HEL-0042/2'] });
    });

    test('eMabler errors are passed through without a Location (the platform retries the same URL)', async () => {
        const r = await poll(ENDED_OPERATION_ID, { compiled, connection: { environment: sb.url, api_key: 'fake-test-key-9999' }, allowCustomValues: true });
        expect([r.ok, r.status, r.location, r.items, r.diagnostics.map((d) => [d.ruleId, d.message])]).toEqual([
            false, 401, undefined, [], [['trigger-status', 'OnChargingSessionEnded: HTTP 401']],
        ]);
    });

    test.each<[string, string]>([
        ['not a state', 'e1.x'],
        ['the other trigger\'s state', 's1.5'],
        ['a window ending before it starts', 'e1.1000.5.999.5.N.1.0'],
    ])('400 for %s', async (_name, state) => {
        const location = `${CONNECTOR_ENDPOINT}${ENDED_PATH}?state=${state}`;
        const r = await poll(ENDED_OPERATION_ID, { compiled, connection: connection(), allowCustomValues: true, location });
        expect([r.status, r.sends, r.diagnostics.map((d) => d.message)]).toEqual([400, [], [
            `OnChargingSessionEnded: HTTP 400: {"errorCode":"InvalidTriggerState","message":"The trigger state \\"${state}\\" is not valid. Turn the flow off and on again, or re-create the trigger."}`,
        ]]);
    });

    test('the script forwards an operation it does not serve unchanged', async () => {
        const body = JSON.stringify({ limit: 2, sortKey: 'id', sortDescending: true });
        const run = await runScript(compiled, {
            operationId: 'QueryChargingSessions',
            originalRequestUri: `${CONNECTOR_ENDPOINT}/v2/transactions`,
            request: { method: 'POST', url: `${sb.url}/v2/transactions`, headers: { 'x-api-key': KEY, 'content-type': 'application/json' }, body },
        });
        const direct = await fetch(`${sb.url}/v2/transactions`, { method: 'POST', headers: { 'x-api-key': KEY }, body });
        expect(run.ok && [run.response.status, JSON.parse(run.response.body!), run.sends.map((x) => [x.method, x.url, x.requestBody, x.status])]).toEqual([
            200, await direct.json(), [['POST', `${sb.url}/v2/transactions`, body, 200]],
        ]);
    });

    test('the poll driver refuses operations the platform would not run the custom code for', async () => {
        await expect(poll('QueryChargingSessions', { compiled, connection: connection(), allowCustomValues: true })).rejects.toThrow(
            new ToolError(undefined, undefined, 'QueryChargingSessions is not a polling trigger (its operation has no "x-ms-trigger": "batch")'),
        );
        const without = structuredClone(files);
        (without.apiProperties.properties as unknown as Record<string, unknown>)['scriptOperations'] = [STARTED_OPERATION_ID];
        await expect(pollTrigger(ENDED_OPERATION_ID, { rootDir: ROOT_DIR, files: without, compiled, connection: connection(), allowCustomValues: true })).rejects.toThrow(
            'OnChargingSessionEnded is not in scriptOperations of apiProperties.json, so the platform would not run the custom code for it',
        );
    });
});

describeMono('charging-session triggers against a fake upstream', () => {
    let upstream: Server;
    let url: string;
    let compiled: CompiledScript;
    /** Answers a POST /v2/transactions body; set per test. */
    let answer: (body: { page: number; limit: number; sortDescending: boolean }) => { items: Session[]; hasNextPage: boolean };
    const session = (id: number): Session => ({ id, timestampStart: '2026-10-01T00:00:00.000Z' });
    beforeAll(async () => {
        compiled = compileProjectScript();
        upstream = createServer((req, res) => {
            let text = '';
            req.on('data', (c: Buffer) => (text += c.toString()));
            req.on('end', () => {
                const body = JSON.parse(text) as { page: number; limit: number; sortDescending: boolean };
                const { items, hasNextPage } = answer(body);
                res.writeHead(200, { 'content-type': 'application/json' });
                res.end(JSON.stringify({ page: body.page, limit: body.limit, totalRecords: 6, hasNextPage, hasPreviousPage: body.page > 1, items }));
            });
        });
        await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
        url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/api/v2/cpo`;
    });
    afterAll(async () => {
        await new Promise((r) => upstream.close(r));
    });
    const pollState = (state: string) =>
        poll(STARTED_OPERATION_ID, { compiled, connection: { environment: url, api_key: KEY }, allowCustomValues: true, location: `${CONNECTOR_ENDPOINT}${STARTED_PATH}?state=${state}` });

    test('502 instead of firing from a page not sorted by id', async () => {
        answer = (b) => ({ items: b.limit === 1 ? [session(10)] : [session(8), session(9)], hasNextPage: false });
        const r = await pollState('s1.5');
        expect([r.status, r.items, r.diagnostics.map((d) => d.message)]).toEqual([502, [], [
            'OnChargingSessionStarted: HTTP 502: {"errorCode":"UnexpectedUpstreamAnswer","message":"eMabler did not sort the charging sessions by id as requested; the trigger cannot continue safely."}',
        ]]);
    });

    test('pages smaller than asked for are followed by hasNextPage', async () => {
        // Six sessions, ids 1..6; this upstream serves at most 2 per page whatever the limit.
        answer = (b) => {
            const all = [6, 5, 4, 3, 2, 1];
            const size = Math.min(b.limit, 2);
            return { items: all.slice((b.page - 1) * size, b.page * size).map(session), hasNextPage: b.page * size < all.length };
        };
        const r = await pollState('s1.1');
        expect([r.status, r.retryAfter, ids(r.items as Session[]), new URL(r.location!).searchParams.get('state'), r.sends.length]).toEqual([200, 60, [6, 5, 4, 3, 2], 's1.6', 4]);
    });
});
