/**
 * npm run validate -- [DIR] [--format stylish|json] [--official-schemas DIR] [--config FILE]
 * Validates a connector folder (default: the repo root) offline.
 * Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 cannot run.
 */
import { resolve } from 'node:path';
import { formatDiagnostics, REPORT_FORMATS, type ReportFormat } from '../src/report/index.ts';
import { exitCodeFor } from '../src/core/diagnostic.ts';
import { ToolError, validateConnectorDir } from '../src/validate/index.ts';

const USAGE = 'usage: npm run validate -- [DIR] [--format stylish|json] [--official-schemas DIR] [--config FILE]';

function fail(message: string): never {
    process.stderr.write(`validate: ${message}\n`);
    process.exit(2);
}

const args = process.argv.slice(2);
let dir: string | undefined;
let format: ReportFormat = 'stylish';
let officialSchemasDir: string | undefined;
let configFile: string | undefined;
for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => args[++i] ?? fail(`${a} needs a value\n${USAGE}`);
    if (a === '--format') {
        const f = value();
        if (!(REPORT_FORMATS as readonly string[]).includes(f)) fail(`unknown format "${f}"\n${USAGE}`);
        format = f as ReportFormat;
    } else if (a === '--official-schemas') officialSchemasDir = value();
    else if (a === '--config') configFile = value();
    else if (a === '--help' || a === '-h') {
        process.stdout.write(USAGE + '\n');
        process.exit(0);
    } else if (a.startsWith('-') || dir !== undefined) fail(`unexpected argument "${a}"\n${USAGE}`);
    else dir = a;
}

try {
    const diagnostics = await validateConnectorDir(dir ?? resolve(import.meta.dirname, '..'), {
        ...(officialSchemasDir !== undefined ? { officialSchemasDir } : {}),
        ...(configFile !== undefined ? { configFile } : {}),
    });
    process.stdout.write(formatDiagnostics(diagnostics, format));
    process.exitCode = exitCodeFor(diagnostics);
} catch (e) {
    if (e instanceof ToolError) fail(`cannot validate: ${e.message}`);
    fail(`crashed: ${(e as Error).stack ?? String(e)}`);
}
