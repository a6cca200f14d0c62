/**
 * `npm run package [-- --root DIR] [--out DIR] [--official-schemas DIR]`.
 * Exit codes: 0 packaged, 1 error findings (printed; dist/ unchanged), 2 cannot run.
 */
import { relative, resolve } from 'node:path';
import { parseCommand, stringOption } from '../cli/args.ts';
import { runCommand, type CliIo, type ExitCode } from '../cli/io.ts';
import type { ConnectorProject } from '../model/project.ts';
import { formatStylish } from '../report/stylish.ts';
import type { PackOptions, PackResult } from './pipeline.ts';

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

const SPEC = { options: { root: { type: 'string' }, out: { type: 'string' }, 'official-schemas': { type: 'string' } }, positionals: { min: 0, max: 0 } } as const;

/** The packConnector options the arguments ask for (relative folders resolve against the working folder). */
export function packOptions(values: Record<string, unknown>, io: Pick<CliIo, 'cwd'>, project: ConnectorProject): PackOptions {
    const given = (name: string) => {
        const v = stringOption(values as never, name);
        return v === undefined ? undefined : resolve(io.cwd, v);
    };
    const root = given('root');
    const officialSchemasDir = given('official-schemas') ?? project.officialSchemasDir;
    const out = given('out');
    return {
        project: root === undefined ? project : { ...project, rootDir: root },
        ...(out !== undefined ? { outDir: out } : {}),
        ...(officialSchemasDir !== undefined ? { officialSchemasDir } : {}),
    };
}

export function run(argv: readonly string[], io: CliIo, project: ConnectorProject, pack?: (options: PackOptions) => Promise<PackResult>): Promise<ExitCode> {
    return runCommand({ name: 'package', usage: PACKAGE_USAGE }, io, async () => {
        const args = parseCommand(argv, SPEC);
        if (args.help) {
            io.stdout(PACKAGE_HELP);
            return 0;
        }
        // The pipeline (generator, validator, zip, PNG, XML) loads only now: --help and usage errors never load it.
        const result = await (pack ?? (await import('./pipeline.ts')).packConnector)(packOptions(args.values, io, project));
        if (result.diagnostics.length > 0) io.stdout(formatStylish(result.diagnostics));
        const shown = relative(io.cwd, result.outDir) || '.';
        if (result.status === 'findings') {
            io.stderr(`package: not packaged because of the errors above; ${shown}/ was left unchanged.\n`);
            return 1;
        }
        const lines = result.files.map((f) => `  ${f.path}  ${f.bytes} bytes`);
        io.stdout(`package: wrote ${shown}/ (${result.files.length} files)\n${lines.join('\n')}\n`);
        return 0;
    });
}
