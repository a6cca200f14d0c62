import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ToolError } from '../../src/core/errors.ts';
import { lineColumn, parseJson, readJsonFile } from '../../src/core/json-file.ts';
import { thrown } from '../helpers/thrown.ts';

const dir = mkdtempSync(join(tmpdir(), 'connector-json-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lineColumn', () => {
    test('is 1-based', () => {
        expect([lineColumn('ab\ncd', 0), lineColumn('ab\ncd', 4)]).toEqual([{ line: 1, column: 1 }, { line: 2, column: 2 }]);
    });
});

describe('parseJson: strict JSON with a position in words', () => {
    test.each([
        ['{"a": 1}', { a: 1 }],
        ['[1, 2]', [1, 2]],
        ['"text"', 'text'],
    ])('%s parses', (text, value) => {
        expect(parseJson(text, 'x.json')).toEqual(value);
    });

    test.each([
        ['{"a": 1,}', 'x.json: is not valid JSON: property name expected at line 1, column 9.'],
        ['{\n  "a": 1\n  "b": 2\n}', 'x.json: is not valid JSON: comma expected at line 3, column 3.'],
        ['{"a": 1} // note', 'x.json: is not valid JSON: comments are not allowed in JSON at line 1, column 10.'],
        ['', 'x.json: is not valid JSON: value expected at line 1, column 1.'],
    ])('%j → a ToolError naming the file', (text, message) => {
        const e = thrown(() => parseJson(text, 'x.json'));
        expect([e.constructor, e.message, (e as ToolError).file]).toEqual([ToolError, message, 'x.json']);
    });
});

describe('readJsonFile', () => {
    test('reads and parses; errors name the label', () => {
        writeFileSync(join(dir, 'ok.json'), '{"ok": true}');
        expect(readJsonFile(join(dir, 'ok.json'))).toEqual({ ok: true });
        expect(thrown(() => readJsonFile(join(dir, 'missing.json'), 'label.json')).message).toBe('label.json: does not exist.');
        mkdirSync(join(dir, 'folder.json'));
        expect(thrown(() => readJsonFile(join(dir, 'folder.json'), 'folder.json')).message).toBe('folder.json: is a folder, not a file.');
    });
});
