/**
 * npm run check:upstream -- <openapi.json> [--connector DIR|FILE] [--coverage] [--format stylish|json]
 *
 * Compares every operation of the generated connector (default: this project's
 * apiDefinition.swagger.json) with eMabler's OpenAPI 3 document, matched by method + full path.
 * Declared differences (model `upstream.differences`) are info, undeclared ones errors, stale
 * declarations warnings. --coverage also lists upstream operations the connector does not implement.
 * Exit codes: 0 no errors, 1 errors, 2 cannot run (bad arguments, missing/unreadable/non-JSON input,
 * not OpenAPI 3 / Swagger 2.0, unresolvable $ref).
 */
import { relative, resolve } from 'node:path';
import { checkUpstream, connectorSwaggerPath, InputError, linksOf, readJsonFile } from '../src/drift/index.ts';
import { connector } from '../src/model/connector.ts';
import { formatDiagnostics, REPORT_FORMATS, type ReportFormat } from '../src/report/index.ts';
import { exitCodeFor } from '../src/validate/diagnostic.ts';

const USAGE = 'usage: npm run check:upstream -- <openapi.json> [--connector DIR|FILE] [--coverage] [--format stylish|json]';
const fail = (message: string): never => {
    process.stderr.write(`check:upstream: ${message}\n`);
    process.exit(2);
};

const args = process.argv.slice(2);
const rootDir = resolve(import.meta.dirname, '..');
let openapiPath: string | undefined;
let connectorArg = rootDir;
let coverage = false;
let format: ReportFormat = 'stylish';
for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--coverage') coverage = true;
    else if (a === '--connector') connectorArg = args[++i] ?? fail(`--connector needs a value\n${USAGE}`);
    else if (a === '--format') {
        const f = args[++i];
        if (!REPORT_FORMATS.includes(f as ReportFormat)) fail(`--format must be one of ${REPORT_FORMATS.join(', ')}\n${USAGE}`);
        format = f as ReportFormat;
    } else if (a.startsWith('-')) fail(`unknown option ${a}\n${USAGE}`);
    else if (openapiPath === undefined) openapiPath = a;
    else fail(`unexpected argument ${a}\n${USAGE}`);
}
if (openapiPath === undefined) fail(`missing the OpenAPI 3 document path\n${USAGE}`);

const swaggerPath = connectorSwaggerPath(connectorArg);
const swaggerFile = relative(process.cwd(), swaggerPath) || swaggerPath;
try {
    const diagnostics = checkUpstream({
        swagger: readJsonFile(swaggerFile),
        swaggerFile,
        openapi: readJsonFile(openapiPath!),
        openapiFile: openapiPath!,
        links: linksOf(connector.operations),
        coverage,
    });
    process.stdout.write(formatDiagnostics(diagnostics, format));
    process.exitCode = exitCodeFor(diagnostics);
} catch (e) {
    fail(e instanceof InputError ? e.message : `cannot run: ${(e as Error).message}`);
}
