/**
 * npm run package [-- --root DIR] [--out DIR] [--official-schemas DIR]
 * Build → validate → example checks → dist/ (written atomically; untouched when anything fails).
 * --official-schemas defaults to ../shared/schemas/microsoft when it exists (else that layer is skipped
 * and the validator reports an info finding).
 * Exit codes: 0 packaged, 1 error findings (printed; dist/ unchanged), 2 cannot run.
 */
import { relative, resolve } from 'node:path';
import { defaultOfficialSchemasDir, packConnector, PackageCannotRunError } from '../src/package/index.ts';
import { formatStylish } from '../src/report/index.ts';

const USAGE = 'usage: npm run package [-- --root DIR] [--out DIR] [--official-schemas DIR]';
const args = process.argv.slice(2);
let rootDir = resolve(import.meta.dirname, '..');
let outDir: string | undefined;
let officialSchemasDir: string | undefined;
for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = args[i + 1];
    if ((a === '--root' || a === '--out' || a === '--official-schemas') && value !== undefined && !value.startsWith('--')) {
        i++;
        if (a === '--root') rootDir = resolve(value);
        else if (a === '--out') outDir = resolve(value);
        else officialSchemasDir = resolve(value);
    } else {
        process.stderr.write(`package: unknown or incomplete argument ${a}\n${USAGE}\n`);
        process.exit(2);
    }
}
officialSchemasDir ??= defaultOfficialSchemasDir(rootDir);

try {
    const result = await packConnector({ rootDir, ...(outDir ? { outDir } : {}), ...(officialSchemasDir ? { officialSchemasDir } : {}) });
    if (result.diagnostics.length > 0) process.stdout.write(formatStylish(result.diagnostics));
    const shown = relative(process.cwd(), result.outDir) || '.';
    if (result.status === 'findings') {
        process.stderr.write(`package: not packaged because of the errors above; ${shown}/ was left unchanged.\n`);
        process.exitCode = 1;
    } else {
        const lines = result.files.map((f) => `  ${f.path}  ${f.bytes} bytes`);
        process.stdout.write(`package: wrote ${shown}/ (${result.files.length} files)\n${lines.join('\n')}\n`);
    }
} catch (e) {
    const message = e instanceof PackageCannotRunError ? e.message : `unexpected error: ${(e as Error).stack ?? String(e)}`;
    process.stderr.write(`package: cannot run: ${message}\n`);
    process.exitCode = 2;
}
