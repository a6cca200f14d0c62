/**
 * npm run build            → regenerate apiDefinition.swagger.json and apiProperties.json
 * npm run build -- --check → exit 1 and name each stale file when the committed JSON differs
 * --root DIR              → use another project folder (tests); examples are read from DIR/test/fixtures
 * Exit codes: 0 ok, 1 stale output, 2 cannot run.
 */
import { resolve } from 'node:path';
import { findStaleFiles, generateConnectorFiles, writeConnectorFiles } from '../src/build/generate.ts';

const args = process.argv.slice(2);
let rootDir = resolve(import.meta.dirname, '..');
let check = false;
for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--check') check = true;
    else if (a === '--root' && args[i + 1] !== undefined) rootDir = resolve(args[++i]!);
    else {
        process.stderr.write(`build: unknown argument ${a}\nusage: npm run build [-- --check] [--root DIR]\n`);
        process.exit(2);
    }
}

let files;
try {
    files = generateConnectorFiles(rootDir);
} catch (e) {
    process.stderr.write(`build: cannot generate the connector: ${(e as Error).message}\n`);
    process.exit(2);
}

if (check) {
    const stale = findStaleFiles(rootDir, files);
    for (const s of stale) {
        const where = s.reason === 'missing' ? 'is missing' : `differs from the generated output (first difference at line ${s.line})`;
        process.stderr.write(`build --check: ${s.name} ${where}. Run "npm run build" and commit the result; never edit it by hand.\n`);
    }
    if (stale.length > 0) process.exit(1);
    process.stdout.write(`build --check: ${files.map((f) => f.name).join(', ')} up to date.\n`);
} else {
    writeConnectorFiles(rootDir, files);
    process.stdout.write(`build: wrote ${files.map((f) => f.name).join(', ')}.\n`);
}
