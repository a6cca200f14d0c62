/**
 * npm run package CLI: runPackage (src/package/cli.ts) in-process with the packaging pipeline replaced,
 * so argument parsing, defaults, the report and exit codes (0 packaged, 1 findings, 2 cannot run) are
 * checked without child processes. test/package/package-script.test.ts runs the real script end to end.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parsePackageArgs, runPackage } from '../../src/package/cli.ts';
import { PackageCannotRunError, type PackOptions, type PackResult } from '../../src/package/index.ts';

const USAGE = 'usage: npm run package [-- --root DIR] [--out DIR] [--official-schemas DIR]';
const CWD = '/work/project';
const NO_SHARED = { EMABLER_SHARED_DIR: '/nonexistent/shared-for-test' };

const run = async (argv: string[], result: PackResult | Error, env: NodeJS.ProcessEnv = NO_SHARED) => {
    let stdout = '';
    let stderr = '';
    const calls: PackOptions[] = [];
    const status = await runPackage(argv, {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
        cwd: CWD,
        env,
        projectDir: CWD,
        pack: async (options) => {
            calls.push(options);
            if (result instanceof Error) throw result;
            return result;
        },
    });
    return { status, stdout, stderr, calls };
};

const PACKAGED: PackResult = {
    status: 'packaged',
    outDir: `${CWD}/dist`,
    diagnostics: [],
    files: [
        { path: 'connector/apiDefinition.swagger.json', bytes: 1200 },
        { path: 'emabler-connector-1.0.0.zip', bytes: 3400 },
    ],
};

describe('parsePackageArgs', () => {
    let shared: string;
    beforeAll(() => {
        shared = mkdtempSync(join(tmpdir(), 'emabler-shared-'));
        mkdirSync(join(shared, 'schemas', 'microsoft'), { recursive: true });
    });
    afterAll(() => rmSync(shared, { recursive: true, force: true }));

    test.each<[string, string[], ReturnType<typeof parsePackageArgs>]>([
        ['no arguments: this project, default dist, no official schemas available', [], { rootDir: CWD }],
        ['relative folders resolve against the working folder', ['--root', 'p', '--out', '../o', '--official-schemas', 's'], { rootDir: `${CWD}/p`, outDir: '/work/o', officialSchemasDir: `${CWD}/s` }],
        ['absolute folders stay', ['--root', '/r'], { rootDir: '/r' }],
        ['--help', ['--root', '/r', '--help'], { help: true }],
        ['a value option without its value', ['--out'], { error: 'unknown or incomplete argument --out' }],
        ['a value that looks like an option', ['--root', '--out', 'x'], { error: 'unknown or incomplete argument --root' }],
        ['an unknown option', ['--zip'], { error: 'unknown or incomplete argument --zip' }],
        ['a positional', ['dist'], { error: 'unknown or incomplete argument dist' }],
    ])('%s', (_name, argv, expected) => {
        expect(parsePackageArgs(argv, { cwd: CWD, env: NO_SHARED, projectDir: CWD })).toEqual(expected);
    });

    test('--official-schemas defaults to $EMABLER_SHARED_DIR/schemas/microsoft when it exists', () => {
        expect(parsePackageArgs([], { cwd: CWD, env: { EMABLER_SHARED_DIR: shared }, projectDir: CWD })).toEqual({ rootDir: CWD, officialSchemasDir: join(shared, 'schemas', 'microsoft') });
    });
});

describe('runPackage', () => {
    test('packaged → exit 0 with the file list, paths relative to the working folder', async () => {
        expect(await run(['--out', 'dist'], PACKAGED)).toEqual({
            status: 0,
            stdout: 'package: wrote dist/ (2 files)\n  connector/apiDefinition.swagger.json  1200 bytes\n  emabler-connector-1.0.0.zip  3400 bytes\n',
            stderr: '',
            calls: [{ rootDir: CWD, outDir: `${CWD}/dist` }],
        });
    });

    test('packaged with info findings → they are printed first, still exit 0', async () => {
        const r = await run([], { ...PACKAGED, diagnostics: [{ ruleId: 'official-schemas', severity: 'info', message: 'skipped', path: [], file: 'apiProperties.json' }] });
        expect([r.status, r.stderr]).toEqual([0, '']);
        expect(r.stdout.split('\n').slice(0, 3)).toEqual(['apiProperties.json#  info  official-schemas  skipped', '0 errors, 0 warnings, 1 info', 'package: wrote dist/ (2 files)']);
    });

    test('findings → exit 1, the findings on stdout and "left unchanged" on stderr', async () => {
        const r = await run([], { status: 'findings', outDir: `${CWD}/dist`, diagnostics: [{ ruleId: 'example-file', severity: 'error', message: 'bad', path: ['limit'], file: 'x.json' }] });
        expect(r).toEqual({
            status: 1,
            stdout: 'x.json#/limit  error  example-file  bad\n1 error, 0 warnings, 0 infos\n',
            stderr: 'package: not packaged because of the errors above; dist/ was left unchanged.\n',
            calls: [{ rootDir: CWD }],
        });
    });

    test('a step that cannot run → exit 2 naming the step', async () => {
        const r = await run([], new PackageCannotRunError('validate', new Error('no such folder /x')));
        expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'package: cannot run: validate: no such folder /x\n']);
    });

    test('an unexpected error → exit 2 with its stack', async () => {
        const e = new Error('boom');
        const r = await run([], e);
        expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `package: cannot run: unexpected error: ${e.stack}\n`]);
    });

    test.each([['--out'], ['--root', '--out', 'x'], ['--zip']])('bad arguments %j → exit 2 with the usage, nothing packaged', async (...argv) => {
        const r = await run(argv, PACKAGED);
        expect(r).toEqual({ status: 2, stdout: '', stderr: `package: unknown or incomplete argument ${argv[0]}\n${USAGE}\n`, calls: [] });
    });

    test('--help → exit 0 with the usage, nothing packaged', async () => {
        const r = await run(['--help'], PACKAGED);
        expect([r.status, r.stderr, r.calls, r.stdout.split('\n').slice(0, 3)]).toEqual([
            0,
            '',
            [],
            [USAGE, '', 'Build → validate → example checks → dist/ (written atomically; left unchanged when anything fails).'],
        ]);
    });
});
