import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { connector } from '../../src/emabler/connector.ts';
import { emablerProject } from '../../src/emabler/project.ts';
import type { ConnectorProject } from '../../src/model/project.ts';
import { PACKAGE_MARKER } from '../../src/package/output-dir.ts';
import { packConnector } from '../../src/package/pipeline.ts';
import type { PackSteps } from '../../src/package/steps.ts';
import { validateConnectorDir } from '../../src/validate/index.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { EXAMPLES, EXAMPLES_DIR, generated as generate, PROJECT } from '../helpers/project.ts';
import { ROOT_DIR } from '../helpers/shared.ts';
import { DIST_FILES } from './helpers.ts';

const generated = generate();
const tmpDirs: string[] = [];
afterAll(() => tmpDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A throw-away project folder holding the example payloads (the pipeline reads them first). */
function tempRoot(): string {
    const dir = mkdtempSync(join(tmpdir(), 'connector-pack-'));
    tmpDirs.push(dir);
    cpSync(join(ROOT_DIR, EXAMPLES_DIR), join(dir, EXAMPLES_DIR), { recursive: true });
    cpSync(join(ROOT_DIR, PROJECT.scriptFile!), join(dir, PROJECT.scriptFile!));
    return dir;
}

const projectAt = (rootDir: string, over: Partial<ConnectorProject> = {}): ConnectorProject => ({ ...PROJECT, rootDir, ...over });

/** A dist/ from an earlier run: the packager's marker plus one file with an old mtime. */
function existingDist(root: string): { dist: string; marker: string; mtimeMs: number } {
    const dist = join(root, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, PACKAGE_MARKER), JSON.stringify({ packagedBy: 'npm run package', files: ['previous.txt'] }));
    const marker = join(dist, 'previous.txt');
    writeFileSync(marker, 'previous package\n');
    utimesSync(marker, new Date('2021-05-05T05:05:05Z'), new Date('2021-05-05T05:05:05Z'));
    return { dist, marker, mtimeMs: statSync(marker).mtimeMs };
}

function expectUntouched(root: string, d: ReturnType<typeof existingDist>): void {
    expect(readdirSync(d.dist).sort()).toEqual([PACKAGE_MARKER, 'previous.txt']);
    expect(readFileSync(d.marker, 'utf8')).toBe('previous package\n');
    expect(statSync(d.marker).mtimeMs).toBe(d.mtimeMs);
    expect(readdirSync(root).filter((f) => f.includes('.tmp-') || f.startsWith('.dist.'))).toEqual([]);
}

function fakeSteps(over: Partial<PackSteps> = {}) {
    const calls: unknown[][] = [];
    const steps: PackSteps = {
        generate: (model, examples, dir) => (calls.push(['generate', model.title, examples.length, dir]), generated),
        writeRoot: (root) => void calls.push(['writeRoot', root]),
        // Records what the validator was given: a folder holding exactly the generated files.
        validate: async (dir, options) => (calls.push(['validate', readdirSync(dir).sort(), options]), []),
        checkExamples: (scan, dir, doc) => (calls.push(['checkExamples', scan.examples.length, dir, doc.info.title]), []),
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
        const result = await packConnector({ project: projectAt(root), officialSchemasDir: '/schemas', steps });
        expect(calls).toEqual([
            ['generate', 'eMabler', EXAMPLES.length, EXAMPLES_DIR],
            ['validate', ['apiDefinition.swagger.json', 'apiProperties.json', 'script.csx'], { officialSchemasDir: '/schemas' }],
            ['checkExamples', EXAMPLES.length, EXAMPLES_DIR, 'eMabler'],
            ['writeRoot', root],
        ]);
        expect(result.status).toBe('packaged');
        if (result.status !== 'packaged') return;
        expect(result.outDir).toBe(old.dist);
        expect(result.diagnostics).toEqual([]);
        expect(result.files.map((f) => f.path)).toEqual(DIST_FILES);
        for (const f of result.files) expect(statSync(join(old.dist, f.path)).size).toBe(f.bytes);
        expect(readFileSync(join(old.dist, 'connector', 'apiDefinition.swagger.json'), 'utf8')).toBe(generated[0]!.text);
        expect(readdirSync(old.dist).sort()).toEqual([PACKAGE_MARKER, 'certification', 'connector', 'emabler-connector-1.0.0.zip', 'logic-apps', 'samples', 'solution']);
        expect(readdirSync(root).filter((f) => f.includes('.tmp-') || f.startsWith('.dist.'))).toEqual([]);
    });

    test('without an official-schemas folder the validator gets no option; warnings do not block', async () => {
        const root = tempRoot();
        const { steps, calls } = fakeSteps({ validate: async (d, o) => (calls.push(['validate', readdirSync(d).sort(), o]), [warn]) });
        const result = await packConnector({ project: projectAt(root), outDir: join(root, 'out'), steps });
        expect(calls[1]).toEqual(['validate', ['apiDefinition.swagger.json', 'apiProperties.json', 'script.csx'], {}]);
        expect(result.status).toBe('packaged');
        expect(result.diagnostics).toEqual([warn]);
        expect(readdirSync(join(root, 'out')).length).toBe(7);
    });

    test('validation and example errors: all findings returned, dist/ untouched', async () => {
        const root = tempRoot();
        const old = existingDist(root);
        const v = error('title-max-30', 'apiDefinition.swagger.json');
        const c = error('contract', `${EXAMPLES_DIR}/QueryChargingSessions/response-200.realistic.json`);
        const { steps, calls } = fakeSteps({ validate: async () => [v, warn], checkExamples: () => [c] });
        expect(await packConnector({ project: projectAt(root), steps })).toEqual({ status: 'findings', outDir: old.dist, diagnostics: [v, warn, c] });
        expectUntouched(root, old);
        // The failing build never reaches the project root either.
        expect(calls.map((call) => call[0])).toEqual(['generate']);
    });

    test('an unreadable example file is a finding that names the file; no step runs, nothing is written', async () => {
        const root = tempRoot();
        const old = existingDist(root);
        const file = `${EXAMPLES_DIR}/QueryChargingSessions/response-200.realistic.json`;
        writeFileSync(join(root, file), '{ "page": ');
        const { steps, calls } = fakeSteps();
        expect(await packConnector({ project: projectAt(root), steps })).toEqual({
            status: 'findings',
            outDir: old.dist,
            diagnostics: [{ ruleId: 'example-file', severity: 'error', message: 'is not valid JSON: value expected at line 1, column 11.', path: [], file }],
        });
        expect(calls).toEqual([]);
        expectUntouched(root, old);
    });

    test('an example the model embeds but that does not exist is a finding; nothing is written', async () => {
        const root = tempRoot();
        const old = existingDist(root);
        const file = `${EXAMPLES_DIR}/QueryChargingSessions/response-500.exception-details.json`;
        rmSync(join(root, file));
        const { steps, calls } = fakeSteps();
        expect(await packConnector({ project: projectAt(root), steps })).toEqual({
            status: 'findings',
            outDir: old.dist,
            diagnostics: [{ ruleId: 'example-file', severity: 'error', message: 'the model embeds response-500.exception-details.json for QueryChargingSessions, but there is no such example file.', path: [], file }],
        });
        expect(calls).toEqual([]);
        expectUntouched(root, old);
    });

    test('a validator that cannot run is not a finding: a ToolError naming the step', async () => {
        const root = tempRoot();
        const old = existingDist(root);
        const { steps } = fakeSteps({
            validate: async () => {
                throw new Error('/nowhere/apiDefinition.swagger.schema.json: cannot read the schema.');
            },
        });
        await expect(packConnector({ project: projectAt(root), steps })).rejects.toMatchObject({
            name: 'ToolError',
            message: 'validate: /nowhere/apiDefinition.swagger.schema.json: cannot read the schema.',
        });
        expectUntouched(root, old);
    });

    test('a build without apiDefinition.swagger.json is not a finding: a ToolError naming the build step; nothing is written', async () => {
        const root = tempRoot();
        const old = existingDist(root);
        const { steps, calls } = fakeSteps({ generate: () => generated.filter((f) => f.name !== 'apiDefinition.swagger.json') });
        await expect(packConnector({ project: projectAt(root), steps })).rejects.toMatchObject({
            name: 'ToolError',
            message: 'build: the build produced no apiDefinition.swagger.json.',
        });
        expect(calls).toEqual([['validate', ['apiProperties.json', 'script.csx'], {}]]);
        expectUntouched(root, old);
    });

    test('custom code the project names is read from the root and shipped as script.csx', async () => {
        const root = tempRoot();
        const script = readFileSync(join(ROOT_DIR, PROJECT.scriptFile!), 'utf8').replace('IdleRetryAfterSeconds = 60', 'IdleRetryAfterSeconds = 61');
        mkdirSync(join(root, 'src', 'custom'), { recursive: true });
        writeFileSync(join(root, 'src', 'custom', 'connector.csx'), script);
        const { steps } = fakeSteps();
        const result = await packConnector({ project: projectAt(root, { scriptFile: 'src/custom/connector.csx' }), steps });
        expect(result.status).toBe('packaged');
        if (result.status !== 'packaged') return;
        expect(result.files.map((f) => f.path)).toEqual(DIST_FILES);
        expect(readFileSync(join(root, 'dist', 'certification', 'script.csx'), 'utf8')).toBe(script);
        expect(readFileSync(join(root, 'dist', 'connector', 'script.csx'), 'utf8')).toBe(script);
    });

    test('custom code beyond the platform limits is a finding of the validator (custom-code-script-class: it validates script.csx with the generated files); dist/ untouched', async () => {
        const root = tempRoot();
        const old = existingDist(root);
        mkdirSync(join(root, 'src', 'custom'), { recursive: true });
        writeFileSync(join(root, 'src', 'custom', 'connector.csx'), 'using System.Net.Http;\npublic class Script : ScriptBase { }\n');
        const { steps } = fakeSteps({ validate: async (dir) => (await validateConnectorDir(dir)).filter((d) => d.ruleId === 'custom-code-script-class') });
        const result = await packConnector({ project: projectAt(root, { scriptFile: 'src/custom/connector.csx' }), steps });
        expect([result.status, result.diagnostics]).toEqual([
            'findings',
            [{ ruleId: 'custom-code-script-class', severity: 'error', message: 'class Script must override Task<HttpResponseMessage> ExecuteAsync().', path: [], file: 'script.csx' }],
        ]);
        expectUntouched(root, old);
    });

    test('a custom code file that does not exist cannot run: a ToolError naming the step, dist/ untouched', async () => {
        const root = tempRoot();
        const old = existingDist(root);
        const { steps, calls } = fakeSteps();
        await expect(packConnector({ project: projectAt(root, { scriptFile: 'src/missing.csx' }), steps })).rejects.toMatchObject({
            name: 'ToolError',
            message: expect.stringMatching(/^custom code: ENOENT: no such file or directory, open '.*\/src\/missing\.csx'$/),
        });
        expect(calls).toEqual([]);
        expectUntouched(root, old);
    });

    test('a failure while building artifacts leaves the old dist/ and no temp folder', async () => {
        const root = tempRoot();
        const old = existingDist(root);
        const { steps } = fakeSteps();
        await expect(packConnector({ project: projectAt(root, { model: { ...connector, iconBrandColor: 'teal' } }), steps })).rejects.toMatchObject({
            name: 'ToolError',
            message: 'package: iconBrandColor "teal" is not a #rrggbb colour.',
        });
        expectUntouched(root, old);
    });
});

describe('packConnector refuses an output folder it did not write, before any step runs', () => {
    test.each([
        ['the project folder', (root: string) => root, 'is the project folder itself'],
        ['its parent', (root: string) => join(root, '..'), 'contains the project folder'],
        ['a folder of other files', (root: string) => (mkdirSync(join(root, 'notes')), writeFileSync(join(root, 'notes', 'keep.md'), ''), join(root, 'notes')), 'is not empty and was not written'],
    ])('%s', async (_name, outOf, reason) => {
        const root = tempRoot();
        writeFileSync(join(root, 'README.md'), 'keep\n');
        const outDir = outOf(root);
        const before = readdirSync(root, { recursive: true }).sort();
        const { steps, calls } = fakeSteps();
        const e = await packConnector({ project: projectAt(root), outDir, steps }).then(() => undefined, (err: unknown) => err as Error);
        expect(e).toMatchObject({ name: 'ToolError' });
        expect(e!.message).toContain(`output: ${outDir}: ${reason}`);
        expect(calls).toEqual([]);
        expect(readdirSync(root, { recursive: true }).sort()).toEqual(before);
    });
});

describe('the eMabler project finds Microsoft\'s schemas', () => {
    test('under $EMABLER_SHARED_DIR/schemas/microsoft, else ../shared beside the root, only when it exists', () => {
        const base = tempRoot();
        mkdirSync(join(base, 'shared', 'schemas', 'microsoft'), { recursive: true });
        mkdirSync(join(base, 'project'));
        const schemas = (root: string, env: Record<string, string>) => emablerProject(root, env).officialSchemasDir;
        expect(schemas(join(base, 'project'), {})).toBe(join(base, 'shared', 'schemas', 'microsoft'));
        expect(schemas(join(base, 'project'), { EMABLER_SHARED_DIR: join(base, 'shared') })).toBe(join(base, 'shared', 'schemas', 'microsoft'));
        expect(schemas(join(base, 'project'), { EMABLER_SHARED_DIR: join(base, 'missing') })).toBeUndefined();
        const lonely = tempRoot();
        mkdirSync(join(lonely, 'project'));
        expect(schemas(join(lonely, 'project'), {})).toBeUndefined();
    });
});
