/**
 * npm run package CLI: run (src/package/cli.ts) in-process with the packaging pipeline replaced, so
 * argument parsing, defaults, the report and exit codes (0 packaged, 1 findings, 2 cannot run) are
 * checked without child processes. test/package/package-script.test.ts runs the real script end to end.
 */
import { describe, expect, test } from 'vitest';
import { ToolError } from '../../src/core/errors.ts';
import { packOptions, run as runPackage } from '../../src/package/cli.ts';
import type { PackOptions, PackResult } from '../../src/package/pipeline.ts';
import { runCli } from '../helpers/io.ts';
import { PROJECT } from '../helpers/project.ts';

const USAGE = 'usage: npm run package [-- --root DIR] [--out DIR] [--official-schemas DIR]';
const CWD = '/work/project';
const project = { ...PROJECT, rootDir: CWD };

/** What the CLI passed to the pipeline, with the project reduced to its root. */
const shown = (o: PackOptions) => ({ rootDir: o.project.rootDir, ...(o.outDir ? { outDir: o.outDir } : {}), ...(o.officialSchemasDir ? { officialSchemasDir: o.officialSchemasDir } : {}) });

const run = async (argv: string[], result: PackResult | Error, p = project) => {
    const calls: ReturnType<typeof shown>[] = [];
    const pack = async (options: PackOptions) => {
        calls.push(shown(options));
        if (result instanceof Error) throw result;
        return result;
    };
    const r = await runCli((io) => runPackage(argv, io, p, pack), CWD);
    return { ...r, calls };
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

describe('packOptions', () => {
    test.each<[string, Record<string, string>, ReturnType<typeof shown>]>([
        ['no arguments: this project, default dist, no official schemas available', {}, { rootDir: CWD }],
        ['relative folders resolve against the working folder', { root: 'p', out: '../o', 'official-schemas': 's' }, { rootDir: `${CWD}/p`, outDir: '/work/o', officialSchemasDir: `${CWD}/s` }],
        ['absolute folders stay', { root: '/r' }, { rootDir: '/r' }],
    ])('%s', (_name, values, expected) => {
        expect(shown(packOptions(values, { cwd: CWD }, project))).toEqual(expected);
    });

    test("--official-schemas defaults to the project's schema folder, when it has one", () => {
        expect(shown(packOptions({}, { cwd: CWD }, { ...project, officialSchemasDir: '/shared/schemas/microsoft' }))).toEqual({ rootDir: CWD, officialSchemasDir: '/shared/schemas/microsoft' });
    });
});

describe('npm run package', () => {
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
        const r = await run([], new ToolError(undefined, undefined, 'validate: no such folder /x'));
        expect([r.status, r.stdout, r.stderr]).toEqual([2, '', 'package: cannot run: validate: no such folder /x\n']);
    });

    test('an unexpected error → exit 2 with its stack', async () => {
        const e = new Error('boom');
        const r = await run([], e);
        expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `package: unexpected error: ${e.stack}\n`]);
    });

    test.each([
        [['--out'], '--out needs a value'],
        [['--root', '--out', 'x'], '--root needs a value'],
        [['--zip'], 'unknown option --zip'],
        [['dist'], 'unexpected argument dist'],
    ])('bad arguments %j → exit 2 with the usage, nothing packaged', async (argv, message) => {
        expect(await run(argv, PACKAGED)).toEqual({ status: 2, stdout: '', stderr: `package: ${message}\n${USAGE}\n`, calls: [] });
    });

    test('--help → exit 0 with the usage, nothing packaged', async () => {
        const r = await run(['--root', '/r', '--help'], PACKAGED);
        expect([r.status, r.stderr, r.calls, r.stdout.split('\n').slice(0, 3)]).toEqual([
            0,
            '',
            [],
            [USAGE, '', 'Build → validate → example checks → dist/ (written atomically; left unchanged when anything fails).'],
        ]);
    });
});
