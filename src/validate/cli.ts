/**
 * `npm run validate -- [DIR] [--format stylish|json] [--official-schemas DIR] [--config FILE]`: validates
 * a connector folder (default: the project) offline. Exit codes: 0 no errors (warnings allowed), 1 errors, 2 cannot run.
 */
import { resolve } from 'node:path';
import { exitCodeFor } from '../core/diagnostic.ts';
import { parseCommand, stringOption } from '../cli/args.ts';
import { runCommand, shownPath, type CliIo, type ExitCode } from '../cli/io.ts';
import { formatDiagnostics, REPORT_FORMATS, type ReportFormat } from '../report/index.ts';

export const VALIDATE_USAGE = 'usage: npm run validate -- [DIR] [--format stylish|json] [--official-schemas DIR] [--config FILE]';

export const VALIDATE_HELP = `${VALIDATE_USAGE}

Validates a connector folder (apiDefinition.swagger.json, apiProperties.json and, if present,
settings.json) offline, with no login: JSON syntax, Swagger 2.0, Microsoft's schemas (with
--official-schemas), certification, platform and cross-file rules (docs/rules.md).

  DIR                     the connector folder (default: this project)
  --format stylish|json   output format (default stylish)
  --official-schemas DIR  folder with Microsoft's apiDefinition.swagger.schema.json, paconn-apiProperties.schema.json
                          and paconn-settings.schema.json; without it that layer is skipped with an info finding
  --config FILE           { "rules": { "<rule-id>": "off" | "warn" | "error" } }

Exit codes: 0 no errors (warnings allowed), 1 errors, 2 cannot run.
`;

const SPEC = {
    options: { format: { type: 'string', choices: REPORT_FORMATS }, 'official-schemas': { type: 'string' }, config: { type: 'string' } },
    positionals: { min: 0, max: 1 },
} as const;

export function run(argv: readonly string[], io: CliIo, project: { rootDir: string }): Promise<ExitCode> {
    return runCommand({ name: 'validate', usage: VALIDATE_USAGE }, io, async () => {
        const args = parseCommand(argv, SPEC);
        if (args.help) {
            io.stdout(VALIDATE_HELP);
            return 0;
        }
        const schemas = stringOption(args.values, 'official-schemas');
        const config = stringOption(args.values, 'config');
        const dir = resolve(io.cwd, args.positionals[0] ?? project.rootDir);
        // The validator (swagger-parser, AJV) loads only now: --help and usage errors never load it.
        const { validateConnectorDir } = await import('./index.ts');
        const diagnostics = await validateConnectorDir(dir, {
            shownDir: shownPath(io.cwd, dir),
            ...(schemas !== undefined ? { officialSchemasDir: shownPath(io.cwd, resolve(io.cwd, schemas)) } : {}),
            ...(config !== undefined ? { configFile: shownPath(io.cwd, resolve(io.cwd, config)) } : {}),
        });
        io.stdout(formatDiagnostics(diagnostics, (stringOption(args.values, 'format') ?? 'stylish') as ReportFormat));
        return exitCodeFor(diagnostics);
    });
}
