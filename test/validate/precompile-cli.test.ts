/** npm run precompile-schemas (src/validate/precompile-cli.ts, in-process): exit codes, output, the entries it writes. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PRECOMPILE_HELP, PRECOMPILE_USAGE, run } from '../../src/validate/precompile-cli.ts';
import { runCli } from '../helpers/io.ts';
import { describeShared, ROOT_DIR, sharedPath } from '../helpers/shared.ts';

let cacheDir: string;
beforeEach(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'emabler-precompile-'));
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

const precompile = (args: string[], project: { officialSchemasDir?: string } = {}) => runCli((io) => run(args, io, project), ROOT_DIR, { EMABLER_CACHE_DIR: cacheDir });
/** The cache's entries by name (without the key). */
const entries = () => readdirSync(cacheDir).map((f) => f.replace(/-[0-9a-f]{32}\.cjs$/, '')).sort();
const READ_ERROR = "/nonexistent/apiDefinition.swagger.schema.json: cannot read Microsoft's schema (ENOENT); check --official-schemas.";

describe('npm run precompile-schemas', () => {
    test('--help: the help text, exit 0', async () => {
        expect(await precompile(['--help'])).toEqual({ status: 0, stdout: PRECOMPILE_HELP, stderr: '' });
    });
    test('an unknown option: the message and the usage, exit 2', async () => {
        expect(await precompile(['--bogus'])).toEqual({ status: 2, stdout: '', stderr: `precompile-schemas: unknown option --bogus\n${PRECOMPILE_USAGE}\n` });
    });
    test('no folder given and none beside the project: the Swagger 2.0 schema only, a note, exit 0', async () => {
        expect(await precompile([])).toEqual({
            status: 0,
            stdout: `precompile-schemas: the Swagger 2.0 schema → ${cacheDir}; no folder of Microsoft's schemas beside the project (the first run with --official-schemas compiles and caches them).\n`,
            stderr: '',
        });
        expect(entries()).toEqual(['swagger-2.0']);
    });
    test('a folder without the schemas: cannot run, exit 2; with --best-effort a note, exit 0', async () => {
        expect(await precompile(['/nonexistent'])).toEqual({ status: 2, stdout: '', stderr: `precompile-schemas: cannot run: ${READ_ERROR}\n` });
        expect(await precompile(['/nonexistent', '--best-effort'])).toEqual({ status: 0, stdout: '', stderr: `precompile-schemas: skipped: ${READ_ERROR}\n` });
    });
});

describeShared('npm run precompile-schemas with the schemas', () => {
    test("the project's folder by default: one entry per schema in $EMABLER_CACHE_DIR, exit 0", async () => {
        const dir = sharedPath('schemas', 'microsoft');
        const r = await precompile([], { officialSchemasDir: dir });
        expect(r).toEqual({ status: 0, stdout: `precompile-schemas: the Swagger 2.0 schema and ${dir} → ${cacheDir}\n`, stderr: '' });
        expect(entries()).toEqual(['apiProperties', 'settings', 'swagger', 'swagger-2.0']);
    });
});
