/**
 * `npm run check:upstream -- <openapi.json> [--connector DIR|FILE] [--coverage] [--format stylish|json]`:
 * argument parsing and the run, kept here (scripts/check-upstream.ts only wires process I/O) so they are
 * testable in-process. Exit codes: 0 no errors, 1 errors, 2 cannot run.
 */
import { resolve } from 'node:path';
import { parseCheckArgs, PROJECT_DIR, shownPath, UsageError, type CheckArgs, type CliIo } from '../cli/check-args.ts';
import { connector } from '../model/connector.ts';
import { formatDiagnostics } from '../report/index.ts';
import { exitCodeFor } from '../core/diagnostic.ts';
import { checkUpstream, linksOf } from './check.ts';
import { connectorSwaggerPath, InputError, readJsonFile } from './input.ts';

export const CHECK_UPSTREAM_USAGE = 'usage: npm run check:upstream -- <openapi.json> [--connector DIR|FILE] [--coverage] [--format stylish|json]';

export const CHECK_UPSTREAM_HELP = `${CHECK_UPSTREAM_USAGE}

Compares every operation of the connector with eMabler's OpenAPI 3 document (matched by method + full
path): parameters, request body, responses field by field, and the API-key security scheme.

  --connector DIR|FILE  connector folder (its apiDefinition.swagger.json) or swagger file
                        (default: this project's apiDefinition.swagger.json)
  --coverage            also list the upstream operations the connector does not implement
  --format stylish|json output format (default stylish)

The model's upstream links and declared differences (src/model/operations/*) apply only to connector
operations whose operationId exists in the model; any other operation is compared with no declarations,
so each of its differences is an error.

Exit codes: 0 no errors, 1 errors (undeclared differences), 2 cannot run.
`;

export function runCheckUpstream(argv: readonly string[], io: CliIo): 0 | 1 | 2 {
    let args: CheckArgs;
    try {
        args = parseCheckArgs(argv, { flags: ['--coverage'], missingPositional: 'missing the OpenAPI 3 document path' });
    } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        io.stderr(`check:upstream: ${e.message}\n${CHECK_UPSTREAM_USAGE}\n`);
        return 2;
    }
    if (args.help) {
        io.stdout(CHECK_UPSTREAM_HELP);
        return 0;
    }
    const swaggerFile = shownPath(io.cwd, connectorSwaggerPath(resolve(io.cwd, args.connectorArg ?? PROJECT_DIR)));
    const openapiFile = args.positional!;
    try {
        const diagnostics = checkUpstream({
            swagger: readJsonFile(resolve(io.cwd, swaggerFile), swaggerFile),
            swaggerFile,
            openapi: readJsonFile(resolve(io.cwd, openapiFile), openapiFile),
            openapiFile,
            links: linksOf(connector.operations),
            coverage: args.flags.has('--coverage'),
        });
        io.stdout(formatDiagnostics(diagnostics, args.format));
        return exitCodeFor(diagnostics);
    } catch (e) {
        io.stderr(`check:upstream: ${e instanceof InputError ? e.message : `cannot run: ${(e as Error).message}`}\n`);
        return 2;
    }
}

export { PROJECT_DIR, shownPath, type CliIo };
