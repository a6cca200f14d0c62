/**
 * `npm run precompile-schemas -- [DIR] [--best-effort]`: compiles the Swagger 2.0 schema (every validate run
 * needs it) and Microsoft's schemas in DIR (default: the project's, i.e. ../shared/schemas/microsoft or
 * $EMABLER_SHARED_DIR/schemas/microsoft) into the precompiled-validator cache (src/precompile), so the first
 * `validate` and `package` load plain modules instead of compiling. `prepare` runs it with --best-effort (after `npm ci`): no schema
 * folder, or one that cannot be compiled, is then a note and exit 0 (validate reports the problem when it
 * runs). Exit codes: 0 done or skipped, 2 cannot run.
 */
import { resolve } from 'node:path';
import { ToolError } from '../core/errors.ts';
import { parseCommand } from '../cli/args.ts';
import { runCommand, shownPath, type CliIo, type ExitCode } from '../cli/io.ts';
import { defaultCacheDir } from '../precompile/cache.ts';

export const PRECOMPILE_USAGE = 'usage: npm run precompile-schemas -- [DIR] [--best-effort]';

export const PRECOMPILE_HELP = `${PRECOMPILE_USAGE}

Compiles the Swagger 2.0 schema and Microsoft's connector schemas in DIR into the precompiled-validator cache
($EMABLER_CACHE_DIR, else node_modules/.cache/emabler-connector), so validate and package load them
instead of compiling them (npm ci runs this). An entry is keyed by the schema file's bytes: a changed
schema gets a new entry, never a stale one.

  DIR            folder with Microsoft's schemas (default: ../shared/schemas/microsoft, or
                 $EMABLER_SHARED_DIR/schemas/microsoft, when it exists)
  --best-effort  a missing or broken folder is a note, exit 0

Exit codes: 0 done or skipped, 2 cannot run.
`;

const SPEC = { options: { 'best-effort': { type: 'boolean' } }, positionals: { min: 0, max: 1 } } as const;

export function run(argv: readonly string[], io: CliIo, project: { officialSchemasDir?: string }): Promise<ExitCode> {
    return runCommand({ name: 'precompile-schemas', usage: PRECOMPILE_USAGE }, io, async (): Promise<ExitCode> => {
        const args = parseCommand(argv, SPEC);
        if (args.help) {
            io.stdout(PRECOMPILE_HELP);
            return 0;
        }
        const bestEffort = args.values['best-effort'] === true;
        const given = args.positionals[0];
        const dir = given !== undefined ? resolve(io.cwd, given) : project.officialSchemasDir;
        const cacheDir = defaultCacheDir(io.env);
        const { loadOfficialSchemas, swagger20Validator } = await import('./ajv.ts');
        swagger20Validator({ cacheDir });
        if (dir === undefined) {
            io.stdout(`precompile-schemas: the Swagger 2.0 schema → ${shownPath(io.cwd, cacheDir)}; no folder of Microsoft's schemas beside the project (the first run with --official-schemas compiles and caches them).\n`);
            return 0;
        }
        try {
            loadOfficialSchemas(dir, { cacheDir });
        } catch (e) {
            if (!bestEffort || !(e instanceof ToolError)) throw e;
            io.stderr(`precompile-schemas: skipped: ${e.message}\n`);
            return 0;
        }
        io.stdout(`precompile-schemas: the Swagger 2.0 schema and ${shownPath(io.cwd, dir)} → ${shownPath(io.cwd, cacheDir)}\n`);
        return 0;
    });
}
