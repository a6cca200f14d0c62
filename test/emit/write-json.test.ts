/**
 * The one JSON serializer writes pure ASCII (paconn reads the files with the Windows code page), and the
 * escaped text parses to exactly the value a plain UTF-8 serialization parses to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { API_PROPERTIES_FILE, SWAGGER_FILE } from '../../src/core/files.ts';
import { emitApiProperties } from '../../src/emit/api-properties.ts';
import { emitSwagger } from '../../src/emit/swagger/document.ts';
import { toJsonText } from '../../src/emit/write-json.ts';
import { exampleLookup } from '../../src/build/generate.ts';
import { EXAMPLES, EXAMPLES_DIR, MODEL } from '../helpers/project.ts';
import { ROOT_DIR } from '../helpers/shared.ts';
import { isAscii } from '../package/helpers.ts';


describe('toJsonText', () => {
    test.each([
        ['Latin-1', { name: 'José Núñez' }, '{\n    "name": "Jos\\u00e9 N\\u00fa\\u00f1ez"\n}\n'],
        ['Greek', ['Γιώργος'], '[\n    "\\u0393\\u03b9\\u03ce\\u03c1\\u03b3\\u03bf\\u03c2"\n]\n'],
        ['astral characters become a surrogate pair', { s: 'EV 🔌' }, '{\n    "s": "EV \\ud83d\\udd0c"\n}\n'],
        ['keys are escaped too', { 'Søk': 1 }, '{\n    "S\\u00f8k": 1\n}\n'],
        ['U+FFFF, the last BMP code point', 'a\uffffb', '"a\\uffffb"\n'],
        ['an arrow in a description', 'Settings → Developers', '"Settings \\u2192 Developers"\n'],
    ])('%s', (_name, value, expected) => {
        const text = toJsonText(value);
        expect(text).toBe(expected);
        expect(isAscii(text)).toBe(true);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
    });

    test('ASCII-only values are written exactly as JSON.stringify with a 4-space indent and a trailing newline', () => {
        const value = { a: [1, 'two', null, true], b: { c: 'quote " and backslash \\ and tab \t' }, d: '\u007f' };
        expect(toJsonText(value)).toBe(JSON.stringify(value, null, 4) + '\n');
    });

    test('control characters keep JSON.stringify escapes; a lone surrogate stays a valid escape', () => {
        expect(toJsonText('a\nb\u0001')).toBe('"a\\nb\\u0001"\n');
        expect(toJsonText('\ud800')).toBe('"\\ud800"\n');
        expect(JSON.parse(toJsonText('\ud800x'))).toBe('\ud800x');
    });
});

describe('the committed generated JSON files', () => {
    const emitted: Record<string, unknown> = {
        [SWAGGER_FILE]: emitSwagger(MODEL, exampleLookup(EXAMPLES, EXAMPLES_DIR)),
        [API_PROPERTIES_FILE]: emitApiProperties(MODEL),
    };

    test.each([SWAGGER_FILE, API_PROPERTIES_FILE])('%s is ASCII and parses to the emitted document', (file) => {
        const text = readFileSync(join(ROOT_DIR, file), 'utf8');
        expect(isAscii(text)).toBe(true);
        expect(JSON.parse(text)).toEqual(emitted[file]);
    });

    test('the realistic example keeps its unicode names: escaped in the swagger, UTF-8 in the example file', () => {
        const swagger = readFileSync(join(ROOT_DIR, SWAGGER_FILE), 'utf8');
        const example = readFileSync(join(ROOT_DIR, EXAMPLES_DIR, 'QueryChargingSessions', 'response-200.realistic.json'), 'utf8');
        expect(example).toContain('"userName": "Γιώργος Παπαδόπουλος"');
        expect(swagger).toContain('"userName": "\\u0393\\u03b9\\u03ce\\u03c1\\u03b3\\u03bf\\u03c2 \\u03a0\\u03b1\\u03c0\\u03b1\\u03b4\\u03cc\\u03c0\\u03bf\\u03c5\\u03bb\\u03bf\\u03c2"');
        expect(JSON.stringify(JSON.parse(swagger))).toContain('"userName":"Γιώργος Παπαδόπουλος"');
    });
});
