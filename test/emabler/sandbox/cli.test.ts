import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseSandboxArgs } from '../../../src/emabler/sandbox/cli.ts';
import { ROOT_DIR } from '../../helpers/shared.ts';

describe('parseSandboxArgs', () => {
    test.each<[string, string[], object]>([
        ['defaults', [], { port: 0, seed: 1, sessions: 20000, from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', apiKeys: ['sandbox-key-0000'] }],
        [
            'all options',
            ['--port', '4010', '--seed', '9', '--sessions', '10', '--from', '2026-10-01T00:00:00Z', '--to', '2026-11-01T00:00:00Z', '--api-key', 'fake-test-key-0001', '--api-key', 'fake-test-key-0002'],
            { port: 4010, seed: 9, sessions: 10, from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z', apiKeys: ['fake-test-key-0001', 'fake-test-key-0002'] },
        ],
    ])('%s', (_name, argv, options) => {
        expect(parseSandboxArgs(argv)).toEqual({ help: false, log: false, options });
    });

    test.each<[string[], string]>([
        [['--port=-1'], '--port must be an integer from 0 to 65535, got "-1"'],
        [['--port', '70000'], '--port must be an integer from 0 to 65535, got "70000"'],
        [['--sessions', 'many'], '--sessions must be an integer from 0 to 5000000, got "many"'],
        [['--from', 'soon'], '--from must be a date-time such as 2026-10-01T00:00:00Z, got "soon"'],
        [['--from', '2026-02-01T00:00:00Z', '--to', '2026-01-01T00:00:00Z'], '--to (2026-01-01T00:00:00.000Z) must be after --from (2026-02-01T00:00:00.000Z)'],
        [['--api-key', ''], '--api-key needs a value'],
        [['--api-key', ' '], '--api-key must not be empty'],
        [['--bogus'], 'unknown option --bogus'],
    ])('%j is rejected', (argv, message) => {
        expect(() => parseSandboxArgs(argv)).toThrow(message);
    });

    test('--help', () => {
        expect(parseSandboxArgs(['--help'])).toEqual({ help: true });
    });
});

describe('npm run sandbox (scripts/sandbox.ts)', () => {
    test('prints exactly the listening line, answers, and exits 0 on SIGTERM', async () => {
        const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT_DIR, 'scripts', 'sandbox.ts'), '--port', '0', '--sessions', '20'], {
            cwd: ROOT_DIR,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
        try {
            const line = await new Promise<string>((resolve, reject) => {
                child.stdout.on('data', (d: Buffer) => {
                    stdout += d.toString();
                    if (stdout.includes('\n')) resolve(stdout.split('\n')[0]!);
                });
                child.on('exit', () => reject(new Error(`sandbox exited early: ${stdout}`)));
            });
            expect(line).toMatch(/^listening http:\/\/127\.0\.0\.1:\d+\/api\/v2\/cpo$/);
            const url = line.slice('listening '.length);
            const res = await fetch(`${url}/v2/transactions`, { method: 'POST', headers: { 'x-api-key': 'sandbox-key-0000' }, body: '{"limit":1}' });
            expect([res.status, ((await res.json()) as { totalRecords: number }).totalRecords]).toEqual([200, 20]);
        } finally {
            child.kill('SIGTERM');
        }
        expect(await exited).toBe(0);
        expect(stdout).toMatch(/^listening http:\/\/127\.0\.0\.1:\d+\/api\/v2\/cpo\n$/);
    });
});
