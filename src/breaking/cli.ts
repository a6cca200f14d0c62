/**
 * `npm run check:breaking -- <old connector folder | swagger file | git ref> [--connector DIR|FILE]
 * [--format stylish|json]`: argument parsing and the run, kept here (scripts/check-breaking.ts only wires
 * process I/O) so they are testable in-process. Exit codes: 0 no breaking change, 1 breaking changes,
 * 2 cannot run.
 */
import { resolve } from 'node:path';
import { parseCheckArgs, PROJECT_DIR, shownPath, UsageError, type CheckArgs, type CliIo } from '../cli/check-args.ts';
import { connectorSwaggerPath, InputError, readJsonFile } from '../drift/input.ts';
import { formatDiagnostics } from '../report/index.ts';
import { exitCodeFor } from '../core/diagnostic.ts';
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

export function runCheckBreaking(argv: readonly string[], io: CliIo): 0 | 1 | 2 {
    let args: CheckArgs;
    try {
        args = parseCheckArgs(argv, { missingPositional: 'missing the previous connector (folder, swagger file or git ref)' });
    } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        io.stderr(`check:breaking: ${e.message}\n${CHECK_BREAKING_USAGE}\n`);
        return 2;
    }
    if (args.help) {
        io.stdout(CHECK_BREAKING_HELP);
        return 0;
    }
    const currentFile = shownPath(io.cwd, connectorSwaggerPath(resolve(io.cwd, args.connectorArg ?? PROJECT_DIR)));
    try {
        const old = loadOldConnector(args.positional!, io.cwd);
        const diagnostics = checkBreaking({
            old: old.doc,
            oldFile: old.file,
            current: readJsonFile(resolve(io.cwd, currentFile), currentFile),
            currentFile,
            properties: { old: old.properties, current: propertiesBeside(currentFile, io.cwd) },
        });
        io.stdout(formatDiagnostics(diagnostics, args.format));
        return exitCodeFor(diagnostics);
    } catch (e) {
        io.stderr(`check:breaking: ${e instanceof InputError ? e.message : `cannot run: ${(e as Error).message}`}\n`);
        return 2;
    }
}
