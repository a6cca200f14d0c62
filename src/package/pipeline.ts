/**
 * `npm run package`: build → validate → example (contract) checks → dist/, all or nothing.
 *   0. check the output folder (output-dir.ts): packaging refuses, before doing anything, a folder that
 *      is or contains the project root, or that holds files packaging did not write;
 *   1. read the example payloads (a bad file or an embedded example that does not exist is a finding)
 *      and the custom code the project names (ConnectorProject.scriptFile; a missing file cannot run);
 *   2. generate apiDefinition.swagger.json + apiProperties.json from the model (in memory);
 *   3. validate them (and the custom code, as script.csx) in a temporary folder, passing the
 *      official-schemas folder through;
 *   4. check the example payloads against the emitted document;
 *   5. any error finding → return the findings; neither the project root nor dist/ is touched;
 *      otherwise write the two files to the project root (exactly what `npm run build` does), build
 *      every artifact in a staging folder and swap it in as dist/.
 * Steps are injectable so tests of the pipeline do not depend on the validator or contract checker.
 * Problems that are not findings (validator cannot run, disk errors) throw a ToolError naming the step.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasErrors, type Diagnostic } from '../core/diagnostic.ts';
import { ToolError } from '../core/errors.ts';
import { SCRIPT_FILE, SWAGGER_FILE } from '../core/files.ts';
import type { GeneratedFile } from '../build/generate.ts';
import { checkNamedExamples, readExamples } from '../model/examples.ts';
import type { ConnectorProject } from '../model/project.ts';
import type { SwaggerDocument } from '../swagger/types.ts';
import { buildDistFiles, generated, writeDistFiles } from './dist.ts';
import { checkOutputDir, replaceOutputDir } from './output-dir.ts';
import { DIST_DIR } from './paths.ts';
import type { PackSteps } from './steps.ts';

export interface PackOptions {
    project: ConnectorProject;
    /** Defaults to <project root>/dist. */
    outDir?: string;
    officialSchemasDir?: string;
    /** Replaces individual steps (tests); the rest are the real build, validator and contract checks. */
    steps?: Partial<PackSteps>;
}

export interface PackedFile {
    path: string;
    bytes: number;
}

export type PackResult =
    | { status: 'packaged'; outDir: string; diagnostics: Diagnostic[]; files: PackedFile[] }
    | { status: 'findings'; outDir: string; diagnostics: Diagnostic[] };

/** Runs a step; anything it throws becomes a ToolError whose message starts with the step's name. */
async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
    try {
        return await run();
    } catch (e) {
        throw new ToolError(undefined, undefined, `${name}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
}

/** Runs `validate` on a temporary folder holding the generated files, so a failing build never reaches the project root. */
async function validateGenerated<T>(files: readonly GeneratedFile[], script: string | undefined, validate: (dir: string) => Promise<T>): Promise<T> {
    const dir = mkdtempSync(join(tmpdir(), 'connector-validate-'));
    try {
        for (const f of files) writeFileSync(join(dir, f.name), f.text);
        if (script !== undefined) writeFileSync(join(dir, SCRIPT_FILE), script);
        return await validate(dir);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

async function resolveSteps(overrides: Partial<PackSteps> = {}): Promise<PackSteps> {
    const missing = (['generate', 'writeRoot', 'validate', 'checkExamples'] as const).some((k) => overrides[k] === undefined);
    if (!missing) return overrides as PackSteps;
    const { defaultSteps } = await import('./steps.ts');
    return { ...defaultSteps, ...overrides };
}

export async function packConnector(options: PackOptions): Promise<PackResult> {
    const { project } = options;
    const { rootDir, examplesDir, model } = project;
    const outDir = options.outDir ?? join(rootDir, DIST_DIR);
    await step('output', () => checkOutputDir(outDir, rootDir));
    const steps = await resolveSteps(options.steps);

    const scan = await step('examples', () => readExamples(rootDir, examplesDir));
    if (hasErrors(scan.diagnostics)) return { status: 'findings', outDir, diagnostics: scan.diagnostics };
    const missing = checkNamedExamples(model, scan.examples, examplesDir);
    if (hasErrors(missing)) return { status: 'findings', outDir, diagnostics: missing };
    const { scriptFile } = project;
    const script = scriptFile === undefined ? undefined : await step('custom code', () => readFileSync(join(rootDir, ...scriptFile.split('/')), 'utf8'));

    const files = await step('build', () => steps.generate(model, scan.examples, examplesDir));
    const validation = await step('validate', () =>
        validateGenerated(files, script, (dir) => steps.validate(dir, options.officialSchemasDir === undefined ? {} : { officialSchemasDir: options.officialSchemasDir })),
    );
    const swaggerText = await step('build', () => generated(files, SWAGGER_FILE));
    const examples = await step('contract', () => steps.checkExamples({ examples: scan.examples, diagnostics: [] }, examplesDir, JSON.parse(swaggerText) as SwaggerDocument));
    const diagnostics = [...validation, ...examples];
    if (hasErrors(diagnostics)) return { status: 'findings', outDir, diagnostics };

    await step('build', () => steps.writeRoot(rootDir, files));
    const dist = await step('package', () => buildDistFiles(model, files, script === undefined ? {} : { script }));
    await step('write dist', () => replaceOutputDir(outDir, rootDir, dist.map((f) => f.path), (staging) => writeDistFiles(staging, dist)));
    return {
        status: 'packaged',
        outDir,
        diagnostics,
        files: dist.map((f) => ({ path: f.path, bytes: typeof f.data === 'string' ? Buffer.byteLength(f.data) : f.data.length })),
    };
}
