/**
 * `npm run check:upstream -- <openapi.json> [--connector DIR|FILE] [--coverage] [--format stylish|json]`:
 * argument parsing and the run, kept here (scripts/check-upstream.ts only wires process I/O) so they are
 * testable in-process. Exit codes: 0 no errors, 1 errors, 2 cannot run.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { connector } from '../model/connector.ts';
import { formatDiagnostics, REPORT_FORMATS, type ReportFormat } from '../report/index.ts';
import { exitCodeFor } from '../validate/diagnostic.ts';
import { checkUpstream, linksOf } from './check.ts';
import { connectorSwaggerPath, InputError, readJsonFile } from './input.ts';

/** What a CLI function may touch: two output streams and the folder relative paths start from. */
export interface CliIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    cwd: string;
}

/** The project folder (default connector). */
export const PROJECT_DIR = resolve(import.meta.dirname, '..', '..');

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

/** A path as the user should see it: relative to the working folder when inside it. */
export function shownPath(cwd: string, path: string): string {
    const abs = resolve(cwd, path);
    const rel = relative(cwd, abs);
    return rel === '' ? abs : rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
}

class UsageError extends Error {}

interface UpstreamArgs {
    help: boolean;
    openapiPath: string | undefined;
    connectorArg: string | undefined;
    coverage: boolean;
    format: ReportFormat;
}

function parse(argv: readonly string[]): UpstreamArgs {
    const out: UpstreamArgs = { help: false, openapiPath: undefined, connectorArg: undefined, coverage: false, format: 'stylish' };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i]!;
        if (a === '--help' || a === '-h') out.help = true;
        else if (a === '--coverage') out.coverage = true;
        else if (a === '--connector') {
            const v = argv[++i];
            if (v === undefined) throw new UsageError('--connector needs a value');
            out.connectorArg = v;
        } else if (a === '--format') {
            const f = argv[++i];
            if (!REPORT_FORMATS.includes(f as ReportFormat)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}`);
            out.format = f as ReportFormat;
        } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
        else if (out.openapiPath === undefined) out.openapiPath = a;
        else throw new UsageError(`unexpected argument ${a}`);
    }
    if (!out.help && out.openapiPath === undefined) throw new UsageError('missing the OpenAPI 3 document path');
    return out;
}

export function runCheckUpstream(argv: readonly string[], io: CliIo): 0 | 1 | 2 {
    let args: UpstreamArgs;
    try {
        args = parse(argv);
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
    const openapiFile = args.openapiPath!;
    try {
        const diagnostics = checkUpstream({
            swagger: readJsonFile(resolve(io.cwd, swaggerFile), swaggerFile),
            swaggerFile,
            openapi: readJsonFile(resolve(io.cwd, openapiFile), openapiFile),
            openapiFile,
            links: linksOf(connector.operations),
            coverage: args.coverage,
        });
        io.stdout(formatDiagnostics(diagnostics, args.format));
        return exitCodeFor(diagnostics);
    } catch (e) {
        io.stderr(`check:upstream: ${e instanceof InputError ? e.message : `cannot run: ${(e as Error).message}`}\n`);
        return 2;
    }
}
