/**
 * `npm run package [-- --root DIR] [--out DIR] [--official-schemas DIR]`: argument parsing, defaults and
 * the report, kept here (scripts/package.ts only wires process I/O) so they are testable in-process.
 * Exit codes: 0 packaged, 1 error findings (printed; dist/ unchanged), 2 cannot run.
 */
import { relative, resolve } from 'node:path';
import { formatStylish } from '../report/index.ts';
import { defaultOfficialSchemasDir } from './options.ts';
import { packConnector, PackageCannotRunError, type PackOptions, type PackResult } from './pipeline.ts';

export const PACKAGE_USAGE = 'usage: npm run package [-- --root DIR] [--out DIR] [--official-schemas DIR]';

export const PACKAGE_HELP = `${PACKAGE_USAGE}

Build → validate → example checks → dist/ (written atomically; left unchanged when anything fails).

  --root DIR              project folder (default: this project)
  --out DIR               output folder (default: <root>/dist). It must be new, empty, or a package
                          written by an earlier run (marked with .connector-package.json): packaging
                          replaces the whole folder, so it refuses any other folder and any folder
                          that is or contains the project (exit 2, nothing touched)
  --official-schemas DIR  Microsoft's connector schemas (default: ../shared/schemas/microsoft, or
                          $EMABLER_SHARED_DIR/schemas/microsoft, when it exists; else that validation
                          layer is skipped with an info finding)

Exit codes: 0 packaged, 1 error findings (dist/ unchanged), 2 cannot run.
`;

export interface PackageCliIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    /** Relative arguments resolve against it; printed paths are relative to it. */
    cwd: string;
    env: NodeJS.ProcessEnv;
    /** The default --root. */
    projectDir: string;
    /** Replaces the packaging pipeline (tests); defaults to packConnector. */
    pack?: (options: PackOptions) => Promise<PackResult>;
}

const VALUE_OPTIONS = ['--root', '--out', '--official-schemas'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

/** The packConnector options the arguments ask for, or an error message (exit 2), or help. */
export function parsePackageArgs(argv: readonly string[], io: Pick<PackageCliIo, 'cwd' | 'env' | 'projectDir'>): PackOptions | { help: true } | { error: string } {
    const values: Partial<Record<ValueOption, string>> = {};
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i]!;
        if (a === '--help' || a === '-h') return { help: true };
        const value = argv[i + 1];
        if (VALUE_OPTIONS.includes(a as ValueOption) && value !== undefined && !value.startsWith('--')) {
            i++;
            values[a as ValueOption] = resolve(io.cwd, value);
        } else {
            return { error: `unknown or incomplete argument ${a}` };
        }
    }
    const rootDir = values['--root'] ?? io.projectDir;
    const officialSchemasDir = values['--official-schemas'] ?? defaultOfficialSchemasDir(rootDir, io.env);
    return { rootDir, ...(values['--out'] ? { outDir: values['--out'] } : {}), ...(officialSchemasDir ? { officialSchemasDir } : {}) };
}

export async function runPackage(argv: readonly string[], io: PackageCliIo): Promise<0 | 1 | 2> {
    const parsed = parsePackageArgs(argv, io);
    if ('help' in parsed) {
        io.stdout(PACKAGE_HELP);
        return 0;
    }
    if ('error' in parsed) {
        io.stderr(`package: ${parsed.error}\n${PACKAGE_USAGE}\n`);
        return 2;
    }
    try {
        const result = await (io.pack ?? packConnector)(parsed);
        if (result.diagnostics.length > 0) io.stdout(formatStylish(result.diagnostics));
        const shown = relative(io.cwd, result.outDir) || '.';
        if (result.status === 'findings') {
            io.stderr(`package: not packaged because of the errors above; ${shown}/ was left unchanged.\n`);
            return 1;
        }
        const lines = result.files.map((f) => `  ${f.path}  ${f.bytes} bytes`);
        io.stdout(`package: wrote ${shown}/ (${result.files.length} files)\n${lines.join('\n')}\n`);
        return 0;
    } catch (e) {
        const message = e instanceof PackageCannotRunError ? e.message : `unexpected error: ${(e as Error).stack ?? String(e)}`;
        io.stderr(`package: cannot run: ${message}\n`);
        return 2;
    }
}
