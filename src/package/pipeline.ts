/**
 * `npm run package`: build → validate → example (contract) checks → dist/, all or nothing.
 *   1. generate apiDefinition.swagger.json + apiProperties.json from the model (in memory);
 *   2. validate them (F2) in a temporary folder, passing the official-schemas folder through;
 *   3. check the example payloads against the emitted document (F3);
 *   4. any error finding → return the findings; neither the project root nor dist/ is touched;
 *      otherwise write the two files to the project root (exactly what `npm run build` does), build
 *      every artifact in a staging folder and swap it in as dist/ (output-dir.ts).
 * The output folder is checked first (output-dir.ts): packaging refuses, before doing anything, a
 * folder that is or contains the project root, or that holds files packaging did not write.
 * Steps are injectable so tests of the pipeline do not depend on the validator or contract checker.
 * Problems that are not findings (validator cannot run, disk errors) throw PackageCannotRunError.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExampleFileError } from '../build/examples.ts';
import { SWAGGER_FILE, type GeneratedFile } from '../build/generate.ts';
import { connector } from '../model/index.ts';
import type { ConnectorModel } from '../model/types.ts';
import type { SwaggerDocument } from '../swagger/types.ts';
import { hasErrors, type Diagnostic } from '../core/diagnostic.ts';
import { buildDistFiles, writeDistFiles } from './dist.ts';
import { checkOutputDir, replaceOutputDir } from './output-dir.ts';
import { DIST_DIR } from './paths.ts';

export interface PackSteps {
    generate(rootDir: string, model: ConnectorModel): GeneratedFile[];
    writeRoot(rootDir: string, files: readonly GeneratedFile[]): void;
    /** Validates a connector folder (the pipeline passes a temporary copy of the generated files). */
    validate(connectorDir: string, options: { officialSchemasDir?: string }): Promise<Diagnostic[]>;
    checkExamples(rootDir: string, doc: SwaggerDocument): Diagnostic[];
}

export interface PackOptions {
    rootDir: string;
    /** Defaults to <rootDir>/dist. */
    outDir?: string;
    officialSchemasDir?: string;
    model?: ConnectorModel;
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

export class PackageCannotRunError extends Error {
    constructor(
        readonly step: string,
        cause: unknown,
    ) {
        super(`${step}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
        this.name = 'PackageCannotRunError';
    }
}

export const EXAMPLE_FILE_RULE_ID = 'example-file';

async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
    try {
        return await run();
    } catch (e) {
        if (e instanceof PackageCannotRunError) throw e;
        throw new PackageCannotRunError(name, e);
    }
}

/** Runs `validate` on a temporary folder holding the generated files, so a failing build never reaches the project root. */
async function validateGenerated<T>(files: readonly GeneratedFile[], validate: (dir: string) => Promise<T>): Promise<T> {
    const dir = mkdtempSync(join(tmpdir(), 'emabler-validate-'));
    try {
        for (const f of files) writeFileSync(join(dir, f.name), f.text);
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
    const { rootDir } = options;
    const outDir = options.outDir ?? join(rootDir, DIST_DIR);
    const model = options.model ?? connector;
    await step('output', () => checkOutputDir(outDir, rootDir));
    const steps = await resolveSteps(options.steps);

    let files: GeneratedFile[];
    try {
        files = steps.generate(rootDir, model);
    } catch (e) {
        if (e instanceof ExampleFileError) {
            const reason = e.message.startsWith(`${e.file}: `) ? e.message.slice(e.file.length + 2) : e.message;
            return {
                status: 'findings',
                outDir,
                diagnostics: [{ ruleId: EXAMPLE_FILE_RULE_ID, severity: 'error', message: reason, path: [], file: e.file }],
            };
        }
        throw new PackageCannotRunError('build', e);
    }
    const validation = await step('validate', () =>
        validateGenerated(files, (dir) =>
            steps.validate(dir, options.officialSchemasDir === undefined ? {} : { officialSchemasDir: options.officialSchemasDir }),
        ),
    );
    const swaggerText = files.find((f) => f.name === SWAGGER_FILE)?.text;
    if (swaggerText === undefined) throw new PackageCannotRunError('build', new Error(`the build produced no ${SWAGGER_FILE}.`));
    const examples = await step('contract', () => steps.checkExamples(rootDir, JSON.parse(swaggerText) as SwaggerDocument));
    const diagnostics = [...validation, ...examples];
    if (hasErrors(diagnostics)) return { status: 'findings', outDir, diagnostics };

    await step('build', () => steps.writeRoot(rootDir, files));
    const dist = await step('package', () => buildDistFiles(model, files));
    await step('write dist', () => replaceOutputDir(outDir, rootDir, dist.map((f) => f.path), (staging) => writeDistFiles(staging, dist)));
    return {
        status: 'packaged',
        outDir,
        diagnostics,
        files: dist.map((f) => ({ path: f.path, bytes: typeof f.data === 'string' ? Buffer.byteLength(f.data) : f.data.length })),
    };
}
