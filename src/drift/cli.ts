/**
 * `npm run check:upstream -- <openapi.json> [--connector DIR|FILE] [--coverage] [--print-declarations]
 * [--format stylish|json]`. Exit codes: 0 no errors, 1 errors, 2 cannot run.
 */
import { resolve } from 'node:path';
import { exitCodeFor } from '../core/diagnostic.ts';
import { connectorSwaggerPath } from '../core/files.ts';
import { readJsonFile } from '../core/json-file.ts';
import { parseCommand, stringOption } from '../cli/args.ts';
import { runCommand, shownPath, type CliIo, type ExitCode } from '../cli/io.ts';
import type { ConnectorProject } from '../model/project.ts';
import { formatDiagnostics, REPORT_FORMATS, type ReportFormat } from '../report/index.ts';
import { checkUpstream, connectorOnlyOf, linksOf } from './check.ts';
import { printDeclarations } from './declarations.ts';

export const CHECK_UPSTREAM_USAGE =
    'usage: npm run check:upstream -- <openapi.json> [--connector DIR|FILE] [--coverage] [--print-declarations] [--format stylish|json]';

export const CHECK_UPSTREAM_HELP = `${CHECK_UPSTREAM_USAGE}

Compares every operation of the connector with the upstream OpenAPI 3 document (matched by method + full
path): parameters, request body, responses field by field, and the API-key security scheme.

  --connector DIR|FILE   connector folder (its apiDefinition.swagger.json) or swagger file
                         (default: this project's apiDefinition.swagger.json)
  --coverage             also list the upstream operations the connector does not implement
  --print-declarations   print, per operation, the upstream.differences entries that would declare
                         today's undeclared differences (fill in each reason before pasting them)
  --format stylish|json  output format (default stylish)

Operations the model marks connector-only (served by the connector itself) are reported as info with
their reason, and as an error once upstream has an operation at the same method and path.
The model's upstream links and declared differences apply only to connector operations whose
operationId exists in the model; any other operation is compared with no declarations, so each of
its differences is an error.

Exit codes: 0 no errors, 1 errors (undeclared differences), 2 cannot run.
`;

const SPEC = {
    options: { connector: { type: 'string' }, coverage: { type: 'boolean' }, 'print-declarations': { type: 'boolean' }, format: { type: 'string', choices: REPORT_FORMATS } },
    positionals: { min: 1, max: 1 },
    missing: 'missing the OpenAPI 3 document path',
} as const;

export function run(argv: readonly string[], io: CliIo, project: Pick<ConnectorProject, 'rootDir' | 'model'>): Promise<ExitCode> {
    return runCommand({ name: 'check:upstream', usage: CHECK_UPSTREAM_USAGE }, io, () => {
        const args = parseCommand(argv, SPEC);
        if (args.help) {
            io.stdout(CHECK_UPSTREAM_HELP);
            return 0;
        }
        const swaggerFile = shownPath(io.cwd, connectorSwaggerPath(resolve(io.cwd, stringOption(args.values, 'connector') ?? project.rootDir)));
        const openapiFile = args.positionals[0]!;
        const input = {
            swagger: readJsonFile(resolve(io.cwd, swaggerFile), swaggerFile),
            swaggerFile,
            openapi: readJsonFile(resolve(io.cwd, openapiFile), openapiFile),
            openapiFile,
            links: linksOf(project.model.operations),
            connectorOnly: connectorOnlyOf(project.model.operations),
        };
        if (args.values['print-declarations'] === true) {
            io.stdout(printDeclarations(input));
            return 0;
        }
        const diagnostics = checkUpstream({ ...input, coverage: args.values['coverage'] === true });
        io.stdout(formatDiagnostics(diagnostics, (stringOption(args.values, 'format') ?? 'stylish') as ReportFormat));
        return exitCodeFor(diagnostics);
    });
}
