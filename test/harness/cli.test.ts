import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run as runTry, TRY_USAGE, tryHelp } from '../../src/harness/cli.ts';
import { typedOperations } from '../../src/swagger/reader.ts';
import { runCli } from '../helpers/io.ts';
import { committedSwagger, PROJECT } from '../helpers/project.ts';
import { startSandbox, type RunningSandbox } from '../../src/emabler/sandbox/server.ts';
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
    const r = await runCli((io) => runTry(argv, io, PROJECT), ROOT_DIR, env);
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
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
            0, 'QueryChargingSessions --all: 4 request(s), 20 item(s)\n', 4, 20, 20, 20,
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

    const usage = (message: string) => `try: ${message}\n${TRY_USAGE}\n`;
    const known = typedOperations(committedSwagger()).map((o) => o.operationId).join(', ');
    const notPaged = (id: string) => `try: cannot run: --all works only with an operation that pages (page and limit in its body, hasNextPage and items in its 200 response); "${id}" does not\n`;
    test.each<[string, string[], string]>([
        ['no operationId', ['--connection', '{}'], usage('expected exactly one operationId')],
        ['bad --connection JSON', ['QueryChargingSessions', '--connection', '{'], usage("--connection is not valid JSON: Expected property name or '}' in JSON at position 1")],
        ['--connection not an object', ['QueryChargingSessions', '--connection', '[]'], usage('--connection must be a JSON object')],
        ['unreadable --input file', ['QueryChargingSessions', '--input', '@/nonexistent/input.json'], usage('--input: cannot read /nonexistent/input.json: ENOENT')],
        ['unknown operation', ['GetChargers', '--connection', JSON.stringify({ api_key: KEY })], `try: cannot run: unknown operationId "GetChargers" (known: ${known})\n`],
        ['--all with an operation that does not page', ['GetChargers', '--all'], notPaged('GetChargers')],
        ['--limit without --all', ['QueryChargingSessions', '--limit', '5'], usage('--limit is only used with --all (give "limit" in --input otherwise)')],
        ['--limit not a number', ['QueryChargingSessions', '--all', '--limit', 'x'], usage('--limit must be a positive integer, got "x"')],
        ['unreadable swagger', ['QueryChargingSessions', '--swagger', '/nonexistent/api.json'], 'try: cannot run: /nonexistent/api.json: does not exist.\n'],
        [
            'the key is masked in cannot-run messages too',
            ['QueryChargingSessions', '--connection', JSON.stringify({ api_key: KEY }), '--swagger', `/nonexistent/${KEY}.json`],
            'try: cannot run: /nonexistent/***.json: does not exist.\n',
        ],
    ])('cannot run (%s): exit 2', async (_name, argv, stderr) => {
        expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr });
    });

    test('--help prints the help (naming the API-key variable of the project) and exits 0', async () => {
        expect(await run(['--help'])).toEqual({ code: 0, stdout: tryHelp('EMABLER_API_KEY'), stderr: '' });
        expect(tryHelp('EMABLER_API_KEY')).toContain('(api_key may instead come from the EMABLER_API_KEY environment variable)');
    });

    test('scripts/try.ts sets the process exit code', () => {
        const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT_DIR, 'scripts', 'try.ts'), 'Nope', '--all'], { cwd: ROOT_DIR, encoding: 'utf8' });
        expect([r.status, r.stdout, r.stderr]).toEqual([2, '', notPaged('Nope')]);
    });
});
