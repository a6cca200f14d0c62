/** `npm run try -- <TriggerOperationId> --poll`: in-process, against the sandbox, with the project's own files and script. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ENDED_PATH, STARTED_PATH, onChargingSessionEnded } from '../../../src/emabler/operations/charging-session-triggers.ts';
import { startSandbox, type RunningSandbox } from '../../../src/emabler/sandbox/server.ts';
import { run as runTry } from '../../../src/harness/cli.ts';
import { MONO_INSTALL_HINT, MONO_TOOLCHAIN_PATH_ENV } from '../../../src/harness/custom-code/mono.ts';
import { CONNECTOR_ENDPOINT } from '../../../src/harness/custom-code/poll.ts';
import { runCli } from '../../helpers/io.ts';
import { describeMono } from '../../helpers/mono.ts';
import { PROJECT } from '../../helpers/project.ts';
import { createSessions, iso, waitUntil } from '../../helpers/trigger-driver.ts';

const KEY = 'fake-test-key-0000';
const ENDED = onChargingSessionEnded.operationId;
let sb: RunningSandbox;

beforeAll(async () => {
    sb = await startSandbox({ sessions: 0, apiKeys: [KEY] });
});
afterAll(async () => {
    await sb.close();
});

const run = (argv: string[], env: Record<string, string | undefined> = process.env) => runCli((io) => runTry(argv, io, PROJECT), undefined, env);
const base = (operationId = ENDED) => [operationId, '--poll', '--connection', JSON.stringify({ environment: sb.url, api_key: KEY }), '--allow-custom-values'];
const endpoint = CONNECTOR_ENDPOINT.replaceAll('.', '\\.');

describe('npm run try -- <trigger> --poll: cannot run (exit 2)', () => {
    test('Mono missing: the install command', async () => {
        expect(await run(base(), { [MONO_TOOLCHAIN_PATH_ENV]: join(PROJECT.rootDir, 'no-mono-here') })).toEqual({
            status: 2,
            stdout: '',
            stderr: `try: cannot run: Mono is needed to compile and run the connector's custom code (script.csx), but the C# compiler "mcs" was not found. Install it with: ${MONO_INSTALL_HINT}\n`,
        });
    });

    test.each<[string, string[], string]>([
        ['--location without --poll', ['QueryChargingSessions', '--connection', '{}', '--location', 'https://x.invalid'], '--location and --script are used only with --poll'],
        ['--poll with --all', ['QueryChargingSessions', '--poll', '--all', '--connection', '{"api_key":"x"}'], '--poll cannot be combined with --all or --values'],
        ['--poll with --values', ['OnChargingSessionEnded', '--poll', '--values', 'siteIds', '--connection', '{"api_key":"x"}'], '--poll cannot be combined with --all or --values'],
    ])('%s', async (_name, argv, message) => {
        const r = await run(argv);
        expect([r.status, r.stdout, r.stderr.split('\n')[0]]).toEqual([2, '', `try: ${message}`]);
    });
});

describeMono('npm run try -- <trigger> --poll', () => {
    test('first poll, then each Location: 202, 200 with the session, 202; the key never printed', async () => {
        const first = await run(base());
        const out1 = JSON.parse(first.stdout) as { status: number; location: string; retryAfter: number; items: unknown[] };
        expect([first.status, out1.status, out1.retryAfter, out1.items]).toEqual([0, 202, 60, []]);
        expect(out1.location).toMatch(new RegExp(`^${endpoint}${ENDED_PATH}\\?state=e1\\.\\d{13}\\.\\d+$`));
        expect(first.stderr).toMatch(/^OnChargingSessionEnded: HTTP 202, 0 item\(s\), custom code [\d.]+ ms\n$/);

        const t = Date.now();
        const [session] = await createSessions(sb, KEY, [{ timestampStart: iso(t - 60_000), timestampEnd: iso(t) }]);
        await waitUntil(t + 1050);
        const second = await run([...base(), '--location', out1.location]);
        const out2 = JSON.parse(second.stdout) as typeof out1;
        expect([second.status, out2.status, out2.retryAfter, out2.items]).toEqual([0, 200, 60, [session]]);
        expect(Object.keys(out2)).toEqual(['status', 'location', 'retryAfter', 'items']);

        const third = await run([...base(), '--location', out2.location, '--verbose']);
        expect([third.status, (JSON.parse(third.stdout) as typeof out1).status]).toEqual([0, 202]);
        expect(third.stderr).toContain(`→ POST ${sb.url}/v2/transactions {"page":1,"limit":1,"sortKey":"id","sortDescending":true} ← 200`);
        expect(third.stdout + third.stderr).not.toContain(KEY);
    });

    test('trigger inputs on the first poll become query parameters of the Location, and only there', async () => {
        const r = await run([...base(), '--input', '{"siteIds":"5120,6031"}']);
        const location = (JSON.parse(r.stdout) as { location: string }).location;
        expect(location).toMatch(new RegExp(`${ENDED_PATH}\\?siteIds=5120%2C6031&state=e1\\.\\d{13}\\.\\d+$`));
        expect(await run([...base(), '--input', '{"siteIds":"5120"}', '--location', location])).toEqual({
            status: 2,
            stdout: '',
            stderr: 'try: cannot run: trigger inputs are given on the first poll only; later polls take everything from --location\n',
        });
    });

    test('a Location of another endpoint or operation cannot be polled', async () => {
        expect(await run([...base(), '--location', `https://api.emabler.io/api/v2/cpo${ENDED_PATH}?state=e1.1.1`])).toEqual({
            status: 2,
            stdout: '',
            stderr: `try: cannot run: --location must point at the connector endpoint ${CONNECTOR_ENDPOINT}/…, got https://api.emabler.io/api/v2/cpo${ENDED_PATH}\n`,
        });
        expect(await run([...base(), '--location', `${CONNECTOR_ENDPOINT}${STARTED_PATH}?state=s1.1`])).toEqual({
            status: 2,
            stdout: '',
            stderr: `try: cannot run: --location points at ${STARTED_PATH}, not at OnChargingSessionEnded (${ENDED_PATH})\n`,
        });
    });

    test('an action is not a polling trigger: exit 2', async () => {
        const r = await run(base('QueryChargingSessions'));
        expect([r.status, r.stderr]).toEqual([2, 'try: cannot run: QueryChargingSessions is not a polling trigger (its operation has no "x-ms-trigger": "batch")\n']);
    });

    test('an API error: exit 1, the status printed, no location, the key masked', async () => {
        const wrong = 'fake-test-key-9999';
        const r = await run([ENDED, '--poll', '--connection', JSON.stringify({ environment: sb.url, api_key: wrong }), '--allow-custom-values']);
        expect([r.status, JSON.parse(r.stdout)]).toEqual([1, { status: 401, items: [] }]);
        expect(r.stderr).toContain('trigger-status  OnChargingSessionEnded: HTTP 401');
        expect(r.stderr).not.toContain(wrong);
    });
});
