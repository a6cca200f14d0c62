/**
 * `npm run check:breaking -- <old connector folder | swagger file | git ref> [--connector DIR|FILE]
 * [--format stylish|json]`. Exit codes: 0 no breaking change, 1 breaking changes, 2 cannot run.
 */
import { resolve } from 'node:path';
import { exitCodeFor } from '../core/diagnostic.ts';
import { connectorSwaggerPath } from '../core/files.ts';
import { readJsonFile } from '../core/json-file.ts';
import { parseCommand, stringOption } from '../cli/args.ts';
import { runCommand, shownPath, type CliIo, type ExitCode } from '../cli/io.ts';
import type { ConnectorProject } from '../model/project.ts';
import { formatDiagnostics, REPORT_FORMATS, type ReportFormat } from '../report/index.ts';
import { checkBreaking } from './check.ts';
import { loadOldConnector, propertiesBeside } from './load.ts';

export const CHECK_BREAKING_USAGE =
    'usage: npm run check:breaking -- <old connector folder | swagger file | git ref> [--connector DIR|FILE] [--format stylish|json]';

export const CHECK_BREAKING_HELP = `${CHECK_BREAKING_USAGE}

Compares the current connector with a previous release and classifies every change the way Power
Platform treats it: breaking (error) or compatible (info). Both apiDefinition.swagger.json and
apiProperties.json (connection parameters, policy templates) are compared.

  <old …>               a folder holding apiDefinition.swagger.json (+ apiProperties.json), a swagger
                        file (apiProperties.json beside it), or a git ref whose committed files are read
                        with git show (an existing folder or file wins over a ref of the same name)
  --connector DIR|FILE  the current connector (default: this project)
  --format stylish|json output format (default stylish)

A missing apiProperties.json on either side is not an error: that part is skipped with an info finding.
Exit codes: 0 no breaking change, 1 breaking changes, 2 cannot run.
`;

const SPEC = {
    options: { connector: { type: 'string' }, format: { type: 'string', choices: REPORT_FORMATS } },
    positionals: { min: 1, max: 1 },
    missing: 'missing the previous connector (folder, swagger file or git ref)',
} as const;

export function run(argv: readonly string[], io: CliIo, project: Pick<ConnectorProject, 'rootDir'>): Promise<ExitCode> {
    return runCommand({ name: 'check:breaking', usage: CHECK_BREAKING_USAGE }, io, () => {
        const args = parseCommand(argv, SPEC);
        if (args.help) {
            io.stdout(CHECK_BREAKING_HELP);
            return 0;
        }
        const currentFile = shownPath(io.cwd, connectorSwaggerPath(resolve(io.cwd, stringOption(args.values, 'connector') ?? project.rootDir)));
        const old = loadOldConnector(args.positionals[0]!, io.cwd);
        const diagnostics = checkBreaking({
            old: old.doc,
            oldFile: old.file,
            current: readJsonFile(resolve(io.cwd, currentFile), currentFile),
            currentFile,
            properties: { old: old.properties, current: propertiesBeside(currentFile, io.cwd) },
        });
        io.stdout(formatDiagnostics(diagnostics, (stringOption(args.values, 'format') ?? 'stylish') as ReportFormat));
        return exitCodeFor(diagnostics);
    });
}
