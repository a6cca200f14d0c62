import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findStaleFiles, generateConnectorFiles, API_PROPERTIES_FILE, SWAGGER_FILE } from '../../src/build/generate.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

const tmpRoots: string[] = [];
afterAll(() => tmpRoots.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A throw-away project root holding the committed JSON and the example fixtures. */
function tempProject(): string {
    const dir = mkdtempSync(join(tmpdir(), 'emabler-build-'));
    tmpRoots.push(dir);
    for (const f of [SWAGGER_FILE, API_PROPERTIES_FILE]) cpSync(join(ROOT_DIR, f), join(dir, f));
    cpSync(join(ROOT_DIR, 'test', 'fixtures', 'payloads'), join(dir, 'test', 'fixtures', 'payloads'), { recursive: true });
    return dir;
}

const runBuild = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT_DIR, 'scripts', 'build.ts'), ...args], {
        cwd: ROOT_DIR,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
    });

describe('build', () => {
    test('the committed files are exactly what the model generates', () => {
        expect(findStaleFiles(ROOT_DIR, generateConnectorFiles(ROOT_DIR))).toEqual([]);
    });

    test('two builds give identical bytes; 4-space indent, LF, trailing newline, no trailing whitespace', () => {
        const a = generateConnectorFiles(ROOT_DIR);
        const b = generateConnectorFiles(ROOT_DIR);
        expect(b).toEqual(a);
        for (const f of a) {
            expect(f.text.endsWith('}\n')).toBe(true);
            expect(f.text).not.toMatch(/[ \t]+\n/);
            expect(f.text).not.toContain('\r');
            expect(f.text).not.toContain('\t');
            expect(f.text.split('\n')[1]).toMatch(/^ {4}"/);
        }
    });

    test.each([SWAGGER_FILE, API_PROPERTIES_FILE])('build --check exits 1 and names %s after a hand edit', (file) => {
        const dir = tempProject();
        const path = join(dir, file);
        const original = readFileSync(path, 'utf8');
        const editedLine = original.split('\n').findIndex((l) => l.includes('"eMabler"')) + 1;
        expect(editedLine).toBeGreaterThan(1);
        writeFileSync(path, original.replace('"eMabler"', '"eMabler (edited)"'));
        const r = runBuild('--check', '--root', dir);
        expect(r.status).toBe(1);
        expect(r.stderr.trim().split('\n')).toEqual([
            `build --check: ${file} differs from the generated output (first difference at line ${editedLine}). Run "npm run build" and commit the result; never edit it by hand.`,
        ]);
    });

    test('build --check exits 1 when a generated file is missing, 0 when everything is current', () => {
        const dir = tempProject();
        expect(runBuild('--check', '--root', dir).status).toBe(0);
        rmSync(join(dir, API_PROPERTIES_FILE));
        const r = runBuild('--check', '--root', dir);
        expect(r.status).toBe(1);
        expect(r.stderr).toContain(`build --check: ${API_PROPERTIES_FILE} is missing.`);
    });

    test('a broken example file stops the build with exit 2 naming the file, and nothing is written', () => {
        const dir = tempProject();
        const example = join(dir, 'test', 'fixtures', 'payloads', 'QueryChargingSessions', 'response-200.realistic.json');
        writeFileSync(example, '{ "page": 1,');
        writeFileSync(join(dir, SWAGGER_FILE), 'sentinel');
        const r = runBuild('--root', dir);
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(
            /^build: cannot generate the connector: test\/fixtures\/payloads\/QueryChargingSessions\/response-200\.realistic\.json: not valid JSON/,
        );
        expect(readFileSync(join(dir, SWAGGER_FILE), 'utf8')).toBe('sentinel');
        expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    });

    test('unknown arguments exit 2 with usage', () => {
        const r = runBuild('--chek');
        expect(r.status).toBe(2);
        expect(r.stderr).toBe('build: unknown argument --chek\nusage: npm run build [-- --check] [--root DIR]\n');
    });
});

describe('secrets', () => {
    const FAKE_KEY = 'fake-test-key-0000';

    test('no API key value appears in any generated file, even with a key in the environment', () => {
        const previous = process.env.EMABLER_API_KEY;
        process.env.EMABLER_API_KEY = FAKE_KEY;
        try {
            for (const f of generateConnectorFiles(ROOT_DIR)) expect(f.text).not.toContain(FAKE_KEY);
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
