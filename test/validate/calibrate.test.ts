/**
 * npm run calibrate (src/validate/calibrate.ts and calibrate-cli.ts, in process): on a small corpus
 * built in a temp folder from the fixture connectors, and on ../shared/corpus/connectors when present.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run } from '../../src/validate/calibrate-cli.ts';
import { findConnectorDirs, formatSummary, percentile, summarise, type ConnectorResult } from '../../src/validate/calibrate.ts';
import { runCli } from '../helpers/io.ts';
import { describeShared, ROOT_DIR, sharedPath } from '../helpers/shared.ts';

const FIX = join(ROOT_DIR, 'test', 'fixtures', 'connectors');
const SKIPPED_MSG = "Microsoft's official schemas were not checked; pass --official-schemas DIR (for example ../shared/schemas/microsoft).";
/** Timing figures differ on every run: replace them before comparing. */
const TIMING = /^validate per connector: median [\d.]+ ms wall \(p95 [\d.]+ ms\), median [\d.]+ ms CPU$/;
const timingFree = (stdout: string) => stdout.split('\n').map((l) => (TIMING.test(l) ? '<timing>' : l));

let root: string;
beforeAll(() => {
    // a: clean; group/b: one error and one warning; c: no apiProperties.json (exit 2); empty: no connector.
    root = mkdtempSync(join(tmpdir(), 'emabler-calibrate-'));
    cpSync(join(FIX, 'valid'), join(root, 'a'), { recursive: true });
    cpSync(join(FIX, 'with-findings'), join(root, 'group', 'b'), { recursive: true });
    cpSync(join(FIX, 'missing-api-properties'), join(root, 'c'), { recursive: true });
    mkdirSync(join(root, 'empty'));
    mkdirSync(join(root, '.hidden'));
    cpSync(join(FIX, 'valid'), join(root, '.hidden', 'x'), { recursive: true });
    writeFileSync(join(root, 'list.txt'), '# only these\ngroup/b\n\na\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const calibrate = (...args: string[]) => runCli((io) => run(args, io), root);

describe('findConnectorDirs', () => {
    test('connector folders one and two levels down, in name order; hidden folders skipped', () => {
        expect(findConnectorDirs(root).map((d) => d.slice(root.length + 1))).toEqual(['a', 'c', 'group/b']);
    });
    test('a connector folder itself', () => expect(findConnectorDirs(join(root, 'a'))).toEqual([join(root, 'a')]));
    test('a folder that does not exist holds none', () => expect(findConnectorDirs(join(root, 'nope'))).toEqual([]));
    test('a swagger file in another letter case makes a connector folder (the validator reads it)', () => {
        const other = mkdtempSync(join(tmpdir(), 'emabler-calibrate-case-'));
        try {
            mkdirSync(join(other, 'd'));
            writeFileSync(join(other, 'd', 'apidefinition.swagger.json'), '{}');
            expect(findConnectorDirs(other)).toEqual([join(other, 'd')]);
        } finally {
            rmSync(other, { recursive: true, force: true });
        }
    });
});

describe('summarise and formatSummary', () => {
    const result = (name: string, exit: 0 | 1 | 2, ms: number, rules: [string, 'error' | 'warn' | 'info'][]): ConnectorResult => ({
        name,
        exit,
        ms,
        cpuMs: ms / 2,
        diagnostics: rules.map(([ruleId, severity]) => ({ ruleId, severity, message: 'm', path: [] })),
    });
    const results = [
        result('x', 1, 10, [['r1', 'error'], ['r1', 'error'], ['r2', 'warn']]),
        result('y', 0, 30, [['r2', 'warn'], ['r3', 'info']]),
        result('z', 1, 20, [['r2', 'error'], ['r1', 'error']]),
        { ...result('w', 2, 1, []), cannot: 'w/apiProperties.json: the file is missing.' },
    ];
    test('connectors per rule and severity, findings, exit split, times over the validated ones', () => {
        expect(summarise(results)).toEqual({
            connectors: 4,
            exit: { 0: 1, 1: 2, 2: 1 },
            medianMs: 20,
            p95Ms: 30,
            medianCpuMs: 10,
            rules: [
                { ruleId: 'r1', errorConnectors: 2, warnConnectors: 0, infoConnectors: 0, findings: 3 },
                { ruleId: 'r2', errorConnectors: 1, warnConnectors: 2, infoConnectors: 0, findings: 3 },
                { ruleId: 'r3', errorConnectors: 0, warnConnectors: 0, infoConnectors: 1, findings: 1 },
            ],
        });
    });
    test('the printed summary', () => {
        expect(formatSummary(summarise(results), results).split('\n')).toEqual([
            '4 connector(s): exit 0 1 (25.0 %), exit 1 2, exit 2 1',
            'validate per connector: median 20.0 ms wall (p95 30.0 ms), median 10.0 ms CPU',
            'cannot validate w: w/apiProperties.json: the file is missing.',
            '',
            '| rule | connectors with error | with warning | with info | findings |',
            '| --- | ---: | ---: | ---: | ---: |',
            '| r1 | 2 | 0 | 0 | 3 |',
            '| r2 | 1 | 2 | 0 | 3 |',
            '| r3 | 0 | 0 | 1 | 1 |',
            '',
        ]);
    });
    test('nearest-rank percentiles', () => {
        expect([percentile([], 0.5), percentile([3, 1, 2], 0.5), percentile([1, 2, 3, 4], 0.5), percentile([5, 1, 4, 2, 3], 0.95)]).toEqual([0, 2, 2, 5]);
    });
});

describe('npm run calibrate', () => {
    test('a folder of connectors: exit 0, the split, the timing line and the per-rule table', async () => {
        const r = await calibrate('.');
        expect([r.status, r.stderr, timingFree(r.stdout)]).toEqual([
            0,
            '',
            [
                '3 connector(s): exit 0 1 (33.3 %), exit 1 1, exit 2 1',
                '<timing>',
                'cannot validate c: c/apiProperties.json: the file is missing.',
                '',
                '| rule | connectors with error | with warning | with info | findings |',
                '| --- | ---: | ---: | ---: | ---: |',
                '| title-no-reserved-words | 1 | 0 | 0 | 1 |',
                '| operation-summary-no-trailing-period | 0 | 1 | 0 | 1 |',
                '| official-schemas-skipped | 0 | 0 | 2 | 2 |',
                '',
            ],
        ]);
    });

    test('--list picks folders; --json and --findings write per-connector results and every finding', async () => {
        const r = await calibrate('.', '--list', 'list.txt', '--json', 'out/results.json', '--findings', 'out/findings.jsonl');
        expect([r.status, r.stderr, timingFree(r.stdout).slice(0, 2)]).toEqual([0, '', ['2 connector(s): exit 0 1 (50.0 %), exit 1 1, exit 2 0', '<timing>']]);
        const json = (JSON.parse(readFileSync(join(root, 'out', 'results.json'), 'utf8')) as { ms: unknown; cpuMs: unknown }[]).map((c) => {
            expect([typeof c.ms, typeof c.cpuMs]).toEqual(['number', 'number']);
            return { ...c, ms: 0, cpuMs: 0 };
        });
        expect(json).toEqual([
            { name: 'group/b', exit: 1, ms: 0, cpuMs: 0, rules: { 'official-schemas-skipped': { info: 1 }, 'title-no-reserved-words': { error: 1 }, 'operation-summary-no-trailing-period': { warn: 1 } } },
            { name: 'a', exit: 0, ms: 0, cpuMs: 0, rules: { 'official-schemas-skipped': { info: 1 } } },
        ]);
        expect(readFileSync(join(root, 'out', 'findings.jsonl'), 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown)).toEqual([
            { connector: 'group/b', file: 'apiDefinition.swagger.json', pointer: '#', ruleId: 'official-schemas-skipped', severity: 'info', message: SKIPPED_MSG },
            { connector: 'group/b', file: 'apiDefinition.swagger.json', pointer: '#/info/title', ruleId: 'title-no-reserved-words', severity: 'error', message: 'Title contains the reserved word "API".' },
            {
                connector: 'group/b',
                file: 'apiDefinition.swagger.json',
                pointer: '#/paths/~1records~1{recordId}/get/summary',
                ruleId: 'operation-summary-no-trailing-period',
                severity: 'warn',
                message: 'GetRecord: summary must not end with a period or whitespace.',
            },
            { connector: 'a', file: 'apiDefinition.swagger.json', pointer: '#', ruleId: 'official-schemas-skipped', severity: 'info', message: SKIPPED_MSG },
        ]);
    });

    test('a missing folder: exit 2 with a clear message, nothing on stdout', async () => {
        expect(await calibrate('no-such-folder')).toEqual({ status: 2, stdout: '', stderr: `calibrate: cannot run: no-such-folder: is not a folder (no such directory); give a folder of connector folders.\n` });
    });
    test('a folder without connectors: exit 2', async () => {
        expect(await calibrate('empty')).toEqual({ status: 2, stdout: '', stderr: 'calibrate: cannot run: empty: holds no connector folder (none with apiDefinition.swagger.json up to two levels down).\n' });
    });
    test('no DIR: exit 2 with the usage', async () => {
        expect(await calibrate()).toEqual({
            status: 2,
            stdout: '',
            stderr: 'calibrate: DIR is required (a folder of connector folders)\nusage: npm run calibrate -- <DIR> [--list FILE] [--official-schemas DIR] [--json OUT] [--findings OUT.jsonl]\n',
        });
    });
    test('an unreadable --list: exit 2', async () => {
        expect(await calibrate('.', '--list', 'nope.txt')).toEqual({ status: 2, stdout: '', stderr: 'calibrate: cannot run: nope.txt: cannot read the list (ENOENT).\n' });
    });
});

describeShared('npm run calibrate on ../shared/corpus/connectors', () => {
    test("with Microsoft's schemas: every connector validates; the split and every rule that fires as an error", async () => {
        const r = await runCli((io) => run([sharedPath('corpus', 'connectors'), '--official-schemas', sharedPath('schemas', 'microsoft')], io), ROOT_DIR);
        const lines = timingFree(r.stdout);
        const errorRows = lines.filter((l) => /^\| [a-z0-9-]+ \| [1-9]/.test(l));
        expect([r.status, r.stderr, lines.slice(0, 2), errorRows]).toEqual([
            0,
            '',
            ['11 connector(s): exit 0 7 (63.6 %), exit 1 4, exit 2 0', '<timing>'],
            [
                '| schemes-https | 3 | 0 | 0 | 3 |',
                '| host-valid | 2 | 0 | 0 | 2 |',
                '| metadata-keys | 2 | 0 | 0 | 6 |',
                '| ms-schema | 2 | 0 | 0 | 4 |',
                '| title-ends-alnum | 2 | 0 | 0 | 2 |',
                '| title-max-30 | 2 | 0 | 0 | 2 |',
                '| title-no-reserved-words | 2 | 0 | 0 | 6 |',
                '| extension-misspelled | 1 | 0 | 0 | 2 |',
                '| json-syntax | 1 | 0 | 0 | 1 |',
            ],
        ]);
    });
});
