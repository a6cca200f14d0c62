/**
 * npm run check:breaking -- <old connector folder | swagger file | git ref> [--connector DIR|FILE] [--format stylish|json]
 *
 * Compares the current generated connector (default: this project's apiDefinition.swagger.json) with
 * a previous release: a folder holding apiDefinition.swagger.json, a swagger file, or a git ref of the
 * repository in the current folder, whose committed apiDefinition.swagger.json is read with `git show`
 * (an existing folder or file wins over a ref of the same name). Breaking changes are errors,
 * compatible ones info.
 * Exit codes: 0 no breaking change, 1 breaking changes, 2 cannot run.
 */
import { relative, resolve } from 'node:path';
import { checkBreaking, loadOldConnector } from '../src/breaking/index.ts';
import { connectorSwaggerPath, InputError, readJsonFile } from '../src/drift/index.ts';
import { formatDiagnostics, REPORT_FORMATS, type ReportFormat } from '../src/report/index.ts';
import { exitCodeFor } from '../src/validate/diagnostic.ts';

const USAGE = 'usage: npm run check:breaking -- <old connector folder | swagger file | git ref> [--connector DIR|FILE] [--format stylish|json]';
const fail = (message: string): never => {
    process.stderr.write(`check:breaking: ${message}\n`);
    process.exit(2);
};

const args = process.argv.slice(2);
const rootDir = resolve(import.meta.dirname, '..');
let oldArg: string | undefined;
let connectorArg = rootDir;
let format: ReportFormat = 'stylish';
for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--connector') connectorArg = args[++i] ?? fail(`--connector needs a value\n${USAGE}`);
    else if (a === '--format') {
        const f = args[++i];
        if (!REPORT_FORMATS.includes(f as ReportFormat)) fail(`--format must be one of ${REPORT_FORMATS.join(', ')}\n${USAGE}`);
        format = f as ReportFormat;
    } else if (a.startsWith('-')) fail(`unknown option ${a}\n${USAGE}`);
    else if (oldArg === undefined) oldArg = a;
    else fail(`unexpected argument ${a}\n${USAGE}`);
}
if (oldArg === undefined) fail(`missing the previous connector (folder, swagger file or git ref)\n${USAGE}`);

const currentPath = connectorSwaggerPath(connectorArg);
const currentFile = relative(process.cwd(), currentPath) || currentPath;
try {
    const old = loadOldConnector(oldArg!, process.cwd());
    const diagnostics = checkBreaking({ old: old.doc, oldFile: old.file, current: readJsonFile(currentFile), currentFile });
    process.stdout.write(formatDiagnostics(diagnostics, format));
    process.exitCode = exitCodeFor(diagnostics);
} catch (e) {
    fail(e instanceof InputError ? e.message : `cannot run: ${(e as Error).message}`);
}
