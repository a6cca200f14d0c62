/**
 * The compiled commands (bin/emabler-connector.mjs running the esbuild bundles of tools/compile.mjs):
 * - they behave exactly like the TypeScript sources run with tsx (same stdout, stderr, exit code), which
 *   guards the pitfalls of bundles (the project folder from inside .build/, the lazy imports);
 * - --help and usage errors load no third-party package;
 * - an edited source is never run stale: the launcher compiles again first.
 * Speed is measured by `npm run bench` (bench/commands.ts), never asserted here.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SANDBOX_API_KEY, startSandbox } from '../../src/emabler/sandbox/server.ts';
import { commandFile, commandNames, currentBuild } from '../../tools/compile.mjs';
import { runNode, runNodeSync, type ChildRun } from '../helpers/child.ts';
import { describeMono } from '../helpers/mono.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

const FIX = 'test/fixtures/connectors';
const LAUNCHER = join(ROOT_DIR, 'bin', 'emabler-connector.mjs');
const PACKAGES_PROBE = join(import.meta.dirname, 'loaded-packages.mjs');

const run = (argv: string[], cwd = ROOT_DIR) => runNodeSync(argv, cwd);
const compiled = (command: string, ...args: string[]) => run([LAUNCHER, command, ...args]);
const source = (command: string, ...args: string[]) => run(['--import', 'tsx', join(ROOT_DIR, 'scripts', `${commandFile(command)}.ts`), ...args]);

describe('compiled commands = the TypeScript sources', () => {
    test.each([
        ['validate', [`${FIX}/valid`]],
        ['validate', [`${FIX}/with-findings`, '--format', 'json']],
        ['validate', []], // the default folder: the project, found from inside .build/
        ['validate', ['--help']],
        ['validate', ['--bogus']],
        ['validate', [`${FIX}/missing-api-properties`]],
        ['validate', [`${FIX}/not-json`]],
        ['package', ['--help']],
        ['package', ['--bogus']],
        ['try', ['--help']],
        ['try', ['Nope', '--limit', '3']],
        ['check:upstream', ['--help']],
        ['check:upstream', ['test/fixtures/drift/widgets.openapi.json', '--connector', 'test/fixtures/drift/widgets.swagger.json']],
        ['check:upstream', ['test/fixtures/drift/not-json.json']],
        ['check:breaking', ['--help']],
        ['build', ['--check']],
        ['calibrate', ['--help']],
        ['sandbox', ['--help']],
        ['precompile-schemas', ['--help']],
    ] as const)('%s %j', (command, args) => {
        expect(compiled(command, ...args)).toEqual(source(command, ...args));
    });

    test('an unknown command: a usage line listing the commands, exit 2', () => {
        expect(compiled('nope')).toEqual({
            status: 2,
            stdout: '',
            stderr: `usage: emabler-connector <command> [args…]\ncommands: ${commandNames(ROOT_DIR).join(', ')}\n`,
        });
    });
});

/** As `run`, without blocking this process (an in-process sandbox must answer meanwhile). */
const runAsync = (argv: string[], cwd = ROOT_DIR) => runNode(argv, cwd);

describeMono('try --poll from the compiled command (custom code: C# sources found from inside .build/)', () => {
    test('the same poll as the TypeScript source', async () => {
        const sandbox = await startSandbox({ port: 0 });
        try {
            const args = ['OnChargingSessionEnded', '--poll', '--allow-custom-values', '--connection', JSON.stringify({ environment: sandbox.url, api_key: DEFAULT_SANDBOX_API_KEY }), '--input', '{}'];
            // The trigger state holds the time of the poll, and stderr the script's run time.
            const normal = (r: ChildRun) => ({ status: r.status, stdout: r.stdout.replace(/state=[^"]*/g, 'state=…'), stderr: r.stderr.replace(/[\d.]+ ms/g, '… ms') });
            const fromBuild = normal(await runAsync([LAUNCHER, 'try', ...args]));
            expect(fromBuild.status).toBe(0);
            expect(fromBuild).toEqual(normal(await runAsync(['--import', 'tsx', join(ROOT_DIR, 'scripts', 'try.ts'), ...args])));
        } finally {
            await sandbox.close();
        }
    });
});

describe('--help and usage errors load no third-party package', () => {
    test.each(commandNames(ROOT_DIR).flatMap((c) => [[c, '--help'], [c, '--bogus']]))('%s %s', (command, arg) => {
        const r = run(['--import', PACKAGES_PROBE, LAUNCHER, command, arg]);
        expect(r.stderr.split('\n').filter((l) => l.startsWith('[loaded packages:'))).toEqual(['[loaded packages: none]']);
    });
});

describe('an edited source is never run stale', () => {
    let project: string;
    beforeAll(() => {
        // A copy of the project's sources and tools, with the real node_modules (esbuild, the packages).
        project = mkdtempSync(join(tmpdir(), 'emabler-compiled-'));
        for (const p of ['src', 'scripts', 'tools', 'bin', 'package.json', 'tsconfig.json']) cpSync(join(ROOT_DIR, p), join(project, p), { recursive: true });
        symlinkSync(join(ROOT_DIR, 'node_modules'), join(project, 'node_modules'), 'dir');
    });
    afterAll(() => rmSync(project, { recursive: true, force: true }));

    const help = () => run([join(project, 'bin', 'emabler-connector.mjs'), 'validate', '--help'], project);

    test('no build yet: the first command compiles, then runs', () => {
        expect(currentBuild(project)).toBeUndefined();
        expect(help()).toMatchObject({ status: 0, stderr: '' });
        expect(currentBuild(project)).toBeDefined();
    });

    test('an edit (new size or mtime) makes the build stale, and the next command runs the edited source', () => {
        const file = join(project, 'src', 'validate', 'cli.ts');
        const before = currentBuild(project)!.id;
        writeFileSync(file, readFileSync(file, 'utf8').replace('Validates a connector folder', 'Checks a connector folder'));
        expect(currentBuild(project)).toBeUndefined();
        expect(help().stdout).toContain('Checks a connector folder');
        expect(currentBuild(project)!.id).not.toBe(before);
    });

    test('the same size with another mtime counts as an edit too', () => {
        const file = join(project, 'src', 'validate', 'cli.ts');
        const size = readFileSync(file).length;
        writeFileSync(file, readFileSync(file, 'utf8').replace('Checks a connector folder', 'Checkz a connector folder'));
        expect(readFileSync(file).length).toBe(size);
        const later = new Date(Date.now() + 5000);
        utimesSync(file, later, later);
        expect(help().stdout).toContain('Checkz a connector folder');
    });

    test('commands started together after an edit all run the edited source, and leave one whole build', async () => {
        const file = join(project, 'src', 'validate', 'cli.ts');
        writeFileSync(file, readFileSync(file, 'utf8').replace('Checkz a connector folder', 'Lints a connector folder'));
        const runs = await Promise.all([1, 2, 3].map(() => runAsync([join(project, 'bin', 'emabler-connector.mjs'), 'validate', '--help'], project)));
        expect(runs.map((r) => [r.status, r.stdout.includes('Lints a connector folder'), r.stderr])).toEqual([[0, true, ''], [0, true, ''], [0, true, '']]);
        const build = currentBuild(project)!;
        expect(readdirSync(join(project, '.build')).filter((f) => f.startsWith('tmp-') || f.includes('.tmp-'))).toEqual([]);
        expect(readdirSync(join(project, '.build'))).toContain(build.id);
    });

    test('a new command (scripts/<name>.ts) is compiled on first use', () => {
        writeFileSync(join(project, 'scripts', 'hello.ts'), "process.stdout.write('hello\\n');\n");
        expect(run([join(project, 'bin', 'emabler-connector.mjs'), 'hello'], project)).toEqual({ status: 0, stdout: 'hello\n', stderr: '' });
    });
});
