import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runTry, TRY_USAGE } from '../../src/harness/cli.ts';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/server.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

const KEY = 'fake-test-key-0000';
let sb: RunningSandbox;

beforeAll(async () => {
    sb = await startSandbox({ seed: 5, sessions: 20, apiKeys: [KEY] });
});
afterAll(async () => {
    await sb.close();
});

async function run(argv: string[], env: Record<string, string> = {}) {
    let stdout = '';
    let stderr = '';
    const code = await runTry(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
    return { code, stdout, stderr };
}

const conn = (key = KEY) => JSON.stringify({ environment: sb.url, api_key: key });

describe('npm run try', () => {
    test('prints the outputs as JSON and exits 0', async () => {
        const r = await run(['QueryChargingSessions', '--connection', conn(), '--input', '{"limit":1,"transactionIds":[88400007]}', '--allow-custom-values']);
        const out = JSON.parse(r.stdout);
        expect([r.code, r.stderr, out.totalRecords, out.items.map((s: { id: number }) => s.id)]).toEqual([0, 'QueryChargingSessions: HTTP 200\n', 1, [88400007]]);
    });

    test('--all reads every page and reports the requests made', async () => {
        const r = await run(['QueryChargingSessions', '--connection', conn(), '--input', '{}', '--all', '--limit', '6', '--allow-custom-values']);
        const out = JSON.parse(r.stdout);
        expect([r.code, r.stderr, out.requests, out.totalRecords, out.count, out.items.length]).toEqual([
            0, 'QueryChargingSessions --all: 4 request(s), 20 session(s)\n', 4, 20, 20, 20,
        ]);
    });

    test('the API key may come from EMABLER_API_KEY', async () => {
        const r = await run(['QueryChargingSessions', '--connection', JSON.stringify({ environment: sb.url }), '--allow-custom-values'], { EMABLER_API_KEY: KEY });
        expect(r.code).toBe(0);
    });

    test('input findings: exit 1, nothing sent', async () => {
        const before = sb.requestCount();
        const r = await run(['QueryChargingSessions', '--connection', conn(), '--input', '{"limit":1001}', '--allow-custom-values']);
        expect([r.code, r.stdout, sb.requestCount() - before]).toEqual([1, '', 0]);
        expect(r.stderr.split('\n').slice(-2)).toEqual(['1 error, 0 warnings, 0 infos', '']);
        expect(r.stderr.startsWith('#/input/limit  error  contract  ')).toBe(true);
    });

    test('a wrong key: exit 1, and the key is printed nowhere even with --verbose', async () => {
        const wrong = 'fake-test-key-4242';
        const r = await run(['QueryChargingSessions', '--connection', conn(wrong), '--allow-custom-values', '--verbose']);
        expect(r.code).toBe(1);
        expect(r.stderr).toBe(
            `→ POST ${sb.url}/v2/transactions {"x-api-key":"***","content-type":"application/json","accept":"application/json"}\n` +
                '← 401 (no content-type) 0 chars\n' +
                '#/response/401  error  http-status  QueryChargingSessions: HTTP 401 (User not authorised).\n' +
                '1 error, 0 warnings, 0 infos\n' +
                'QueryChargingSessions: HTTP 401\n',
        );
        expect(r.stdout + r.stderr).not.toContain(wrong);
    });

    test('a dropdown value outside allowedValues: exit 1 without --allow-custom-values', async () => {
        const r = await run(['QueryChargingSessions', '--connection', conn()]);
        expect(r.code).toBe(1);
        expect(r.stderr.split('\n')[0]).toBe(
            `apiProperties.json#/properties/connectionParameters/environment/uiDefinition/constraints/allowedValues  error  connection-allowed-values  "${sb.url}" is not an allowed value of connection parameter "environment" (allowed: Production = https://api.emabler.io/api/v2/cpo, Staging = https://api-staging.emabler.net/api/v2/cpo, Test = https://api.emabler.net/api/v2/cpo).`,
        );
    });

    test.each<[string, string[], string]>([
        ['no operationId', ['--connection', '{}'], `try: expected exactly one operationId, got 0\n${TRY_USAGE}\n`],
        ['bad --connection JSON', ['QueryChargingSessions', '--connection', '{'], "try: --connection is not valid JSON: Expected property name or '}' in JSON at position 1\n"],
        ['--connection not an object', ['QueryChargingSessions', '--connection', '[]'], 'try: --connection must be a JSON object\n'],
        ['unreadable --input file', ['QueryChargingSessions', '--input', '@/nonexistent/input.json'], 'try: --input: cannot read /nonexistent/input.json: ENOENT\n'],
        ['unknown operation', ['GetChargers', '--connection', JSON.stringify({ api_key: KEY })], 'try: unknown operationId "GetChargers" (known: QueryChargingSessions)\n'],
        ['--all with another operation', ['GetChargers', '--all'], 'try: --all works only with QueryChargingSessions, not "GetChargers"\n'],
        ['--limit without --all', ['QueryChargingSessions', '--limit', '5'], 'try: --limit is only used with --all (give "limit" in --input otherwise)\n'],
        ['--limit not a number', ['QueryChargingSessions', '--all', '--limit', 'x'], 'try: --limit must be a positive integer, got "x"\n'],
        ['unreadable swagger', ['QueryChargingSessions', '--swagger', '/nonexistent/api.json'], 'try: /nonexistent/api.json: cannot read the API definition: ENOENT\n'],
        [
            'the key is masked in cannot-run messages too',
            ['QueryChargingSessions', '--connection', JSON.stringify({ api_key: KEY }), '--swagger', `/nonexistent/${KEY}.json`],
            'try: /nonexistent/***.json: cannot read the API definition: ENOENT\n',
        ],
    ])('cannot run (%s): exit 2', async (_name, argv, stderr) => {
        expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr });
    });

    test('--help prints the usage and exits 0', async () => {
        expect(await run(['--help'])).toEqual({ code: 0, stdout: TRY_USAGE, stderr: '' });
    });

    test('scripts/try.ts sets the process exit code', () => {
        const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT_DIR, 'scripts', 'try.ts'), 'Nope', '--all'], { cwd: ROOT_DIR, encoding: 'utf8' });
        expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'try: --all works only with QueryChargingSessions, not "Nope"\n']);
    });
});
