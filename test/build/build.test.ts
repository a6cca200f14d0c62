import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { run } from '../../src/build/cli.ts';
import { findStaleFiles } from '../../src/build/generate.ts';
import { API_PROPERTIES_FILE, SWAGGER_FILE } from '../../src/core/files.ts';
import { runCli } from '../helpers/io.ts';
import { EXAMPLES_DIR, generated, PROJECT } from '../helpers/project.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

const tmpRoots: string[] = [];
afterAll(() => tmpRoots.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A throw-away project root holding the committed JSON and the example payloads. */
function tempProject(): string {
    const dir = mkdtempSync(join(tmpdir(), 'connector-build-'));
    tmpRoots.push(dir);
    for (const f of [SWAGGER_FILE, API_PROPERTIES_FILE]) cpSync(join(ROOT_DIR, f), join(dir, f));
    cpSync(join(ROOT_DIR, EXAMPLES_DIR), join(dir, EXAMPLES_DIR), { recursive: true });
    return dir;
}

const EXTRA = { name: 'docs/extra.md', text: '# Extra\n' };
const build = (...args: string[]) => runCli((io) => run(args, io, PROJECT, () => [EXTRA]));

describe('build', () => {
    test('the committed files are exactly what the model generates', () => {
        expect(findStaleFiles(ROOT_DIR, generated())).toEqual([]);
    });

    test('two builds give identical bytes; 4-space indent, LF, trailing newline, no trailing whitespace', () => {
        const a = generated();
        const b = generated();
        expect(b).toEqual(a);
        for (const f of a) {
            expect(f.text.endsWith('}\n')).toBe(true);
            expect(f.text).not.toMatch(/[ \t]+\n/);
            expect(f.text).not.toContain('\r');
            expect(f.text).not.toContain('\t');
            expect(f.text.split('\n')[1]).toMatch(/^ {4}"/);
        }
    });

    test('build writes the connector files and the extra generated files, and says so', async () => {
        const dir = tempProject();
        rmSync(join(dir, SWAGGER_FILE));
        expect(await build('--root', dir)).toEqual({ status: 0, stdout: `build: wrote ${SWAGGER_FILE}, ${API_PROPERTIES_FILE}, docs/extra.md.\n`, stderr: '' });
        expect(readFileSync(join(dir, SWAGGER_FILE), 'utf8')).toBe(readFileSync(join(ROOT_DIR, SWAGGER_FILE), 'utf8'));
        expect(readFileSync(join(dir, 'docs', 'extra.md'), 'utf8')).toBe('# Extra\n');
        expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    });

    test.each([SWAGGER_FILE, API_PROPERTIES_FILE])('build --check exits 1 and names %s after a hand edit', async (file) => {
        const dir = tempProject();
        mkdirSync(join(dir, 'docs'));
        writeFileSync(join(dir, EXTRA.name), EXTRA.text);
        const path = join(dir, file);
        const original = readFileSync(path, 'utf8');
        const editedLine = original.split('\n').findIndex((l) => l.includes('"eMabler"')) + 1;
        expect(editedLine).toBeGreaterThan(1);
        writeFileSync(path, original.replace('"eMabler"', '"eMabler (edited)"'));
        expect(await build('--check', '--root', dir)).toEqual({
            status: 1,
            stdout: '',
            stderr: `build --check: ${file} differs from the generated output (first difference at line ${editedLine}). Run "npm run build" and commit the result; never edit it by hand.\n`,
        });
    });

    test('build --check exits 1 when a generated file (also an extra one) is missing, 0 when everything is current', async () => {
        const dir = tempProject();
        expect(await build('--check', '--root', dir)).toEqual({
            status: 1,
            stdout: '',
            stderr: 'build --check: docs/extra.md is missing. Run "npm run build" and commit the result; never edit it by hand.\n',
        });
        mkdirSync(join(dir, 'docs'));
        writeFileSync(join(dir, EXTRA.name), EXTRA.text);
        expect(await build('--check', '--root', dir)).toEqual({
            status: 0,
            stdout: `build --check: ${SWAGGER_FILE}, ${API_PROPERTIES_FILE}, docs/extra.md up to date.\n`,
            stderr: '',
        });
        rmSync(join(dir, API_PROPERTIES_FILE));
        expect((await build('--check', '--root', dir)).stderr).toContain(`build --check: ${API_PROPERTIES_FILE} is missing.`);
    });

    test('a broken example file stops the build with exit 2 naming the file, and nothing is written', async () => {
        const dir = tempProject();
        const file = `${EXAMPLES_DIR}/QueryChargingSessions/response-200.realistic.json`;
        writeFileSync(join(dir, file), '{ "page": 1,');
        writeFileSync(join(dir, SWAGGER_FILE), 'sentinel');
        expect(await build('--root', dir)).toEqual({
            status: 2,
            stdout: '',
            stderr: `build: cannot run: ${file}: is not valid JSON: property name expected at line 1, column 13.\n`,
        });
        expect(readFileSync(join(dir, SWAGGER_FILE), 'utf8')).toBe('sentinel');
        expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    });

    test('an example the model embeds but that does not exist stops the build with exit 2 naming it', async () => {
        const dir = tempProject();
        const file = `${EXAMPLES_DIR}/QueryChargingSessions/response-200.realistic.json`;
        rmSync(join(dir, file));
        expect(await build('--root', dir)).toEqual({
            status: 2,
            stdout: '',
            stderr: `build: cannot run: ${file}: example file is missing (the model names it as an exampleFile).\n`,
        });
    });

    test('unknown arguments exit 2 with usage; --help prints the help', async () => {
        expect(await build('--chek')).toEqual({ status: 2, stdout: '', stderr: 'build: unknown option --chek\nusage: npm run build [-- --check] [--root DIR]\n' });
        const help = await build('--help');
        expect([help.status, help.stdout.split('\n')[0], help.stderr]).toEqual([0, 'usage: npm run build [-- --check] [--root DIR]', '']);
    });
});

describe('secrets', () => {
    const FAKE_KEY = 'fake-test-key-0000';

    test('no API key value appears in any generated file, even with a key in the environment', () => {
        const previous = process.env.EMABLER_API_KEY;
        process.env.EMABLER_API_KEY = FAKE_KEY;
        try {
            for (const f of generated()) expect(f.text).not.toContain(FAKE_KEY);
        } finally {
            if (previous === undefined) delete process.env.EMABLER_API_KEY;
            else process.env.EMABLER_API_KEY = previous;
        }
    });

    test('the api_key parameter is a securestring with no default, example or allowed values', () => {
        const props = JSON.parse(readFileSync(join(ROOT_DIR, API_PROPERTIES_FILE), 'utf8'));
        const key = props.properties.connectionParameters.api_key;
        expect(key.type).toBe('securestring');
        expect(Object.keys(key)).toEqual(['type', 'uiDefinition']);
        expect(key.uiDefinition.constraints).toEqual({ required: 'true', clearText: false, tabIndex: 2 });
        const swagger = readFileSync(join(ROOT_DIR, SWAGGER_FILE), 'utf8');
        expect(swagger).not.toMatch(/x-ms-test-value|"password"/);
    });
});
