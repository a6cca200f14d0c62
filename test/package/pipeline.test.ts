import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ExampleFileError } from '../../src/build/examples.ts';
import { generateConnectorFiles } from '../../src/build/generate.ts';
import { connector } from '../../src/model/index.ts';
import { defaultOfficialSchemasDir } from '../../src/package/options.ts';
import { packConnector, type PackSteps } from '../../src/package/pipeline.ts';
import type { Diagnostic } from '../../src/validate/diagnostic.ts';
import { ROOT_DIR } from '../helpers/shared.ts';
import { DIST_FILES } from './helpers.ts';

const generated = generateConnectorFiles(ROOT_DIR);
const tmpDirs: string[] = [];
afterAll(() => tmpDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempRoot(): string {
    const dir = mkdtempSync(join(tmpdir(), 'emabler-pack-'));
    tmpDirs.push(dir);
    return dir;
}

/** A dist/ that already exists: one marker file with an old mtime. */
function existingDist(root: string): { dist: string; marker: string; mtimeMs: number } {
    const dist = join(root, 'dist');
    mkdirSync(dist);
    const marker = join(dist, 'marker.txt');
    writeFileSync(marker, 'previous package\n');
    utimesSync(marker, new Date('2021-05-05T05:05:05Z'), new Date('2021-05-05T05:05:05Z'));
    return { dist, marker, mtimeMs: statSync(marker).mtimeMs };
}

function expectUntouched(root: string, d: ReturnType<typeof existingDist>): void {
    expect(readdirSync(d.dist)).toEqual(['marker.txt']);
    expect(readFileSync(d.marker, 'utf8')).toBe('previous package\n');
    expect(statSync(d.marker).mtimeMs).toBe(d.mtimeMs);
    expect(readdirSync(root).filter((f) => f.includes('.tmp-'))).toEqual([]);
}

function fakeSteps(over: Partial<PackSteps> = {}) {
    const calls: unknown[][] = [];
    const steps: PackSteps = {
        generate: (...a) => (calls.push(['generate', ...a]), generated),
        writeRoot: (root) => void calls.push(['writeRoot', root]),
        // Records what the validator was given: a folder holding exactly the generated files.
        validate: async (dir, options) => (calls.push(['validate', readdirSync(dir).sort(), options]), []),
        checkExamples: (root, doc) => (calls.push(['checkExamples', root, doc.info.title]), []),
        ...over,
    };
    return { steps, calls };
}

const error = (ruleId: string, file: string): Diagnostic => ({ ruleId, severity: 'error', message: `${ruleId} failed.`, path: ['info', 'title'], file });
const warn: Diagnostic = { ruleId: 'some-warning', severity: 'warn', message: 'Looks odd.', path: ['paths'], file: 'apiDefinition.swagger.json' };

describe('packConnector with injected steps', () => {
    test('clean run: steps in order, every artifact written, the old dist/ replaced', async () => {
        const root = tempRoot();
        const old = existingDist(root);
        const { steps, calls } = fakeSteps();
        const result = await packConnector({ rootDir: root, officialSchemasDir: '/schemas', steps });
        expect(calls).toEqual([
            ['generate', root, connector],
            ['validate', ['apiDefinition.swagger.json', 'apiProperties.json'], { officialSchemasDir: '/schemas' }],
            ['checkExamples', root, 'eMabler'],
            ['writeRoot', root],
        ]);
        expect(result.status).toBe('packaged');
        if (result.status !== 'packaged') return;
        expect(result.outDir).toBe(old.dist);
        expect(result.diagnostics).toEqual([]);
        expect(result.files.map((f) => f.path)).toEqual(DIST_FILES);
        for (const f of result.files) expect(statSync(join(old.dist, f.path)).size).toBe(f.bytes);
        expect(readFileSync(join(old.dist, 'connector', 'apiDefinition.swagger.json'), 'utf8')).toBe(generated[0]!.text);
        expect(readdirSync(old.dist).sort()).toEqual(['connector', 'emabler-connector-1.0.0.zip', 'logic-apps', 'samples', 'solution']);
        expect(readdirSync(root).filter((f) => f.includes('.tmp-'))).toEqual([]);
    });

    test('without an official-schemas folder the validator gets no option; warnings do not block', async () => {
        const root = tempRoot();
        const { steps, calls } = fakeSteps({ validate: async (d, o) => (calls.push(['validate', readdirSync(d).sort(), o]), [warn]) });
        const result = await packConnector({ rootDir: root, outDir: join(root, 'out'), steps });
        expect(calls[1]).toEqual(['validate', ['apiDefinition.swagger.json', 'apiProperties.json'], {}]);
        expect(result.status).toBe('packaged');
        expect(result.diagnostics).toEqual([warn]);
        expect(readdirSync(join(root, 'out')).length).toBe(5);
    });

    test('validation and example errors: all findings returned, dist/ untouched', async () => {
        const root = tempRoot();
        const old = existingDist(root);
        const v = error('title-max-30', 'apiDefinition.swagger.json');
        const c = error('contract', 'test/fixtures/payloads/QueryChargingSessions/response-200.realistic.json');
        const { steps, calls } = fakeSteps({ validate: async () => [v, warn], checkExamples: () => [c] });
        expect(await packConnector({ rootDir: root, steps })).toEqual({ status: 'findings', outDir: old.dist, diagnostics: [v, warn, c] });
        expectUntouched(root, old);
        // The failing build never reaches the project root either.
        expect(calls.map((call) => call[0])).toEqual(['generate']);
    });

    test('an unreadable example file is a finding that names the file; nothing is written', async () => {
        const root = tempRoot();
        const old = existingDist(root);
        const file = 'test/fixtures/payloads/QueryChargingSessions/response-200.realistic.json';
        const { steps, calls } = fakeSteps({
            generate: () => {
                throw new ExampleFileError(file, 'not valid JSON (Unexpected end of JSON input).');
            },
        });
        expect(await packConnector({ rootDir: root, steps })).toEqual({
            status: 'findings',
            outDir: old.dist,
            diagnostics: [{ ruleId: 'example-file', severity: 'error', message: 'not valid JSON (Unexpected end of JSON input).', path: [], file }],
        });
        expect(calls).toEqual([]);
        expectUntouched(root, old);
    });

    test('a validator that cannot run is not a finding: PackageCannotRunError naming the step', async () => {
        const root = tempRoot();
        const old = existingDist(root);
        const { steps } = fakeSteps({
            validate: async () => {
                throw new Error('/nowhere/apiDefinition.swagger.schema.json: cannot read the schema.');
            },
        });
        await expect(packConnector({ rootDir: root, steps })).rejects.toMatchObject({
            name: 'PackageCannotRunError',
            step: 'validate',
            message: 'validate: /nowhere/apiDefinition.swagger.schema.json: cannot read the schema.',
        });
        expectUntouched(root, old);
    });

    test('a failure while building artifacts leaves the old dist/ and no temp folder', async () => {
        const root = tempRoot();
        const old = existingDist(root);
        const { steps } = fakeSteps();
        await expect(packConnector({ rootDir: root, steps, model: { ...connector, iconBrandColor: 'teal' } })).rejects.toMatchObject({
            name: 'PackageCannotRunError',
            message: 'package: iconBrandColor "teal" is not a #rrggbb colour.',
        });
        expectUntouched(root, old);
    });
});

describe('defaultOfficialSchemasDir', () => {
    test('uses $EMABLER_SHARED_DIR/schemas/microsoft, else ../shared beside the root, only when it exists', () => {
        const base = tempRoot();
        mkdirSync(join(base, 'shared', 'schemas', 'microsoft'), { recursive: true });
        mkdirSync(join(base, 'project'));
        expect(defaultOfficialSchemasDir(join(base, 'project'), {})).toBe(join(base, 'shared', 'schemas', 'microsoft'));
        expect(defaultOfficialSchemasDir(join(base, 'project'), { EMABLER_SHARED_DIR: join(base, 'shared') })).toBe(
            join(base, 'shared', 'schemas', 'microsoft'),
        );
        expect(defaultOfficialSchemasDir(join(base, 'project'), { EMABLER_SHARED_DIR: join(base, 'missing') })).toBeUndefined();
        const lonely = tempRoot();
        mkdirSync(join(lonely, 'project'));
        expect(defaultOfficialSchemasDir(join(lonely, 'project'), {})).toBeUndefined();
    });
});
