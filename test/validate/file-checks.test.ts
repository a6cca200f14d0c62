/**
 * Checks on files rather than documents (src/validate/file-checks.ts), through validateConnectorDir on
 * connector folders written to a temp folder: byte order mark, invalid UTF-8, a file name in another
 * letter case, repeated keys, files named by settings.json. Each passes on the clean fixture and reports
 * the exact finding when broken.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { validateConnectorDir } from '../../src/validate/index.ts';
import { duplicateKeys, keysInText, keysInValue } from '../../src/validate/file-checks.ts';
import { validApiProperties, validSwagger } from '../helpers/connector-fixture.ts';

const S = 'apiDefinition.swagger.json';
const A = 'apiProperties.json';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const text = (v: unknown) => JSON.stringify(v, null, 4) + '\n';

/** A connector folder: the clean fixture, with files replaced or added by name (string or bytes). */
function folder(files: Record<string, string | Uint8Array> = {}): string {
    const dir = mkdtempSync(join(tmpdir(), 'emabler-files-'));
    dirs.push(dir);
    const all: Record<string, string | Uint8Array> = { [S]: text(validSwagger()), [A]: text(validApiProperties()), ...files };
    for (const [name, content] of Object.entries(all)) if (content !== '') writeFileSync(join(dir, name), content);
    return dir;
}

/** Findings of the file rules (the clean fixture has only the skipped-schemas note besides). */
const fileFindings = async (dir: string): Promise<Diagnostic[]> =>
    (await validateConnectorDir(dir, { shownDir: 'c' })).filter((d) => ['file-bom', 'file-encoding', 'file-name-case', 'json-duplicate-key', 'settings-files-exist'].includes(d.ruleId));

describe('file checks', () => {
    test('the clean fixture: no file findings', async () => {
        expect(await fileFindings(folder({ 'settings.json': text({ apiDefinition: S, apiProperties: A }) }))).toEqual([]);
    });

    test('a byte order mark: a warning, and the file is still validated', async () => {
        const dir = folder({ [S]: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text(validSwagger()))]) });
        expect(await validateConnectorDir(dir)).toEqual([
            { ruleId: 'file-bom', severity: 'warn', message: "The file starts with a UTF-8 byte order mark, which Python's json (paconn) rejects; save it as UTF-8 without a BOM.", path: [], file: S },
            { ruleId: 'official-schemas-skipped', severity: 'info', message: "Microsoft's official schemas were not checked; pass --official-schemas DIR (for example ../shared/schemas/microsoft).", path: [], file: S },
        ]);
    });

    test('invalid UTF-8 (a Latin-1 "ø"): an error with its line and column', async () => {
        const swagger = validSwagger();
        (swagger.info as Record<string, unknown>).description = 'Search and read Contoso records in Tromsø so that flows can react.';
        const latin1 = Buffer.from(text(swagger), 'latin1');
        expect(await fileFindings(folder({ [S]: latin1 }))).toEqual([
            { ruleId: 'file-encoding', severity: 'error', message: 'The file is not valid UTF-8 (first bad byte at 6:65); its text reaches the platform garbled. Save it as UTF-8.', path: [], file: S },
        ]);
    });

    test('a swagger file named in another letter case: a warning, and the file is validated instead of "missing"', async () => {
        const dir = folder({ [S]: '', 'apidefinition.swagger.json': text(validSwagger()) });
        expect(await fileFindings(dir)).toEqual([
            { ruleId: 'file-name-case', severity: 'warn', message: 'The file is named "apidefinition.swagger.json"; paconn, pac and case-sensitive file systems look for "apiDefinition.swagger.json".', path: [], file: S },
        ]);
    });

    test('a key twice in one object (operationId twice, x-ms-summary twice in an array item): a warning at the second one', async () => {
        const raw = text(validSwagger())
            .replace('"operationId": "GetRecord",', '"operationId": "GetRecord",\n                "operationId": "GetRecordAgain",')
            .replace('"x-ms-summary": "Fields",', '"x-ms-summary": "Fields",\n                        "x-ms-summary": "Field list",');
        expect(await fileFindings(folder({ [S]: raw }))).toEqual([
            {
                ruleId: 'json-duplicate-key',
                severity: 'warn',
                message: 'Key "operationId" appears twice in this object (again at line 64); JSON.parse and Microsoft\'s service keep only the last value.',
                path: ['paths', '/records/{recordId}', 'get', 'operationId'],
                file: S,
            },
            {
                ruleId: 'json-duplicate-key',
                severity: 'warn',
                message: 'Key "x-ms-summary" appears twice in this object (again at line 83); JSON.parse and Microsoft\'s service keep only the last value.',
                path: ['paths', '/records/{recordId}', 'get', 'parameters', 1, 'x-ms-summary'],
                file: S,
            },
        ]);
    });

    test('settings.json naming files that are not there: an error per file', async () => {
        const dir = folder({ 'settings.json': text({ apiDefinition: S, apiProperties: A, icon: 'icon.png', script: 'script.csx' }) });
        expect(await fileFindings(dir)).toEqual([
            { ruleId: 'settings-files-exist', severity: 'error', message: 'settings.json names "icon.png" as icon, but there is no such file; paconn create and update would fail.', path: ['icon'], file: 'settings.json' },
            { ruleId: 'settings-files-exist', severity: 'error', message: 'settings.json names "script.csx" as script, but there is no such file; paconn create and update would fail.', path: ['script'], file: 'settings.json' },
        ]);
    });
});

describe('duplicateKeys: the path of each repeated key', () => {
    test('through nested arrays and objects', () => {
        const json = '{"a":[1,{"b":2,"b":3},[{"c":1}],{"d":{"e":1,"e":2}}],"a":0}';
        expect(duplicateKeys(json, 'f.json').map((d) => d.path)).toEqual([
            ['a', 1, 'b'],
            ['a', 3, 'd', 'e'],
            ['a'],
        ]);
    });
    test('none in a clean document', () => expect(duplicateKeys('{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}]}', 'f.json')).toEqual([]));
});

describe('duplicateKeys on a text JSON.parse accepts (strictJson): our scanner, the same findings as jsonc-parser', () => {
    const both = (text: string) => {
        const parsed: unknown = JSON.parse(text); // every case is strict JSON
        const fast = duplicateKeys(text, 'f.json', { strictJson: true });
        expect(fast).toEqual(duplicateKeys(text, 'f.json'));
        // With the parsed value, a text without repeats is answered by counting keys; one with repeats gets the same findings.
        expect(duplicateKeys(text, 'f.json', { strictJson: true, parsed })).toEqual(fast);
        return fast;
    };

    test('exact findings: paths, keys decoded, line of the repeat', () => {
        const text = '{\n  "a": [1, {"b": 2, "b": "}]\\\\"}],\n  "\\u0061": {"x\\"y": [], "x\\"y": {}},\n  "s": "\\"a\\": 1, \\"a\\": 2"\n}';
        expect(both(text)).toEqual([
            { ruleId: 'json-duplicate-key', severity: 'warn', message: 'Key "b" appears twice in this object (again at line 2); JSON.parse and Microsoft\'s service keep only the last value.', path: ['a', 1, 'b'], file: 'f.json' },
            { ruleId: 'json-duplicate-key', severity: 'warn', message: 'Key "a" appears twice in this object (again at line 3); JSON.parse and Microsoft\'s service keep only the last value.', path: ['a'], file: 'f.json' },
            { ruleId: 'json-duplicate-key', severity: 'warn', message: 'Key "x\"y" appears twice in this object (again at line 3); JSON.parse and Microsoft\'s service keep only the last value.', path: ['a', 'x"y'], file: 'f.json' },
        ]);
    });

    test('numbers, literals and empty containers in arrays keep the indexes right', () => {
        expect(both('[-1.5e3,true,null,"x",[],{},{"k":0,"k":1}]'.replace(/^\[/, '{"r":[') + '}').map((d) => d.path)).toEqual([['r', 6, 'k']]);
    });

    test('300 random documents with repeated keys, escapes and whitespace', () => {
        let seed = 20261202;
        const next = () => {
            seed = (seed + 0x6d2b79f5) | 0;
            let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
            t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
            return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
        };
        const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
        const keys = ['"a"', '"b"', '"\\u0061"', '"q\\"\\\\"', '"{"', '"]"', '""'];
        const space = () => pick(['', ' ', '\n', '\r\n  ', '\t']);
        const value = (depth: number): string => {
            const r = next();
            if (depth > 4 || r < 0.35) return pick(['1', '-0.5', '2e10', 'true', 'false', 'null', '"v"', '"a\\\\"', '"\\"}\\""']);
            const items = Array.from({ length: Math.floor(next() * 5) }, () => value(depth + 1));
            if (r < 0.6) return `[${items.map((v) => space() + v + space()).join(',')}]`;
            return `{${items.map((v) => `${space()}${pick(keys)}${space()}:${space()}${v}`).join(',')}${space()}}`;
        };
        let findings = 0;
        for (let i = 0; i < 300; i++) {
            const text = `{"root":${value(0)},"a":1,"a":2}`;
            findings += both(text).length;
        }
        expect(findings).toBeGreaterThan(300); // the documents do repeat keys beyond the fixed one at the top
    });

    test('counting keys: a repeat anywhere, even of "__proto__" or inside escapes, is not taken for a clean text', () => {
        const texts = [
            '{"a":{"b":[{"c":1,"c":1}]}}',
            '{"__proto__":1,"__proto__":2}',
            '{"k\\\\":"v\\\\","k\\\\":"w"}',
            '{"s":"\\\\\\"x\\":1,","s":2}',
            '{\n  "a" :1,\r\n\t"a"\t:\n2}',
        ];
        for (const text of texts) {
            const parsed: unknown = JSON.parse(text);
            expect(duplicateKeys(text, 'f.json', { strictJson: true, parsed }).length, text).toBe(1);
        }
        // A colon inside a string value is no key: the counts of clean texts agree, and they stay clean.
        for (const [text, keys] of [['{"a":"b:c","d":"x\\":"}', 2], ['{"a" : ["x", "y" , {"z" :"\\":"}]}', 2], ['[1, "a:", {"": {}}]', 1], ['{"__proto__":{"k":[{}]}}', 2]] as const) {
            const parsed: unknown = JSON.parse(text);
            expect([keysInText(text), keysInValue(parsed)], text).toEqual([keys, keys]);
            expect(duplicateKeys(text, 'f.json', { strictJson: true, parsed }), text).toEqual([]);
        }
        expect([keysInText('{"a":1,"a":2}'), keysInValue({ a: 2 })]).toEqual([2, 1]);
        expect(keysInText('{"a":"unterminated')).toBeUndefined();
    });

    test('a text that is not JSON after all goes to jsonc-parser', () => {
        // Told strictJson wrongly: an unterminated string and a mismatched bracket still give jsonc-parser's findings.
        for (const text of ['{"a":1,"a":2,"b":"x', '{"a":[1,"a":2}', '{"a":1,"a":2']) {
            expect(duplicateKeys(text, 'f.json', { strictJson: true })).toEqual(duplicateKeys(text, 'f.json'));
        }
        expect(duplicateKeys('{"a":1,"a":2,"b":"x', 'f.json', { strictJson: true }).map((d) => d.path)).toEqual([['a']]);
    });
});
