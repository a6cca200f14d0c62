import { describe, expect, test } from 'vitest';
import { ToolError } from '../../src/core/errors.ts';
import { parseJsonText } from '../../src/validate/json-source.ts';

const syntax = (message: string, path: (string | number)[]) => ({ ruleId: 'json-syntax', severity: 'error', message, path, file: 'x.json' });

describe('parseJsonText', () => {
    test('strict JSON parses without findings', () => {
        expect(parseJsonText('{"a": [1, 2]}', 'x.json')).toEqual({ value: { a: [1, 2] }, diagnostics: [], strict: true });
    });
    test('a byte-order mark is accepted', () => {
        expect(parseJsonText('\ufeff{"a": 1}', 'x.json')).toEqual({ value: { a: 1 }, diagnostics: [], strict: true });
    });
    test('missing comma is reported with line:column and the document is recovered', () => {
        expect(parseJsonText('{\n  "a": 1\n  "b": 2\n}', 'x.json')).toEqual({
            value: { a: 1, b: 2 },
            diagnostics: [syntax('JSON syntax error at 3:3: comma expected; validated the recovered document.', ['b'])],
            strict: false,
        });
    });
    test('trailing commas: one finding per position', () => {
        expect(parseJsonText('{\n  "b": [1, 2,],\n}', 'x.json')).toEqual({
            value: { b: [1, 2] },
            diagnostics: [
                syntax('JSON syntax error at 2:14: value expected; validated the recovered document.', ['b', 2]),
                // At the object that lacks its next property name, not at a property named "".
                syntax('JSON syntax error at 3:1: property name expected; validated the recovered document.', []),
            ],
            strict: false,
        });
    });
    test('content after the JSON', () => {
        expect(parseJsonText('{"a": 1} x', 'x.json').diagnostics).toEqual([syntax('JSON syntax error at 1:10: invalid symbol; validated the recovered document.', [])]);
    });
    test.each([
        ['empty file', '  \n', 'x.json: the file is empty; expected a JSON object.'],
        ['array at the top', '[1]', 'x.json: the top level is not a JSON object.'],
        ['not JSON at all', 'hello', 'x.json: the top level is not a JSON object (first syntax error at 1:1: invalid symbol).'],
        ['truncated', '\n\n"abc', 'x.json: the top level is not a JSON object (first syntax error at 3:1: unterminated string).'],
    ])('%s cannot be validated', (_name, text, message) => {
        expect(() => parseJsonText(text, 'x.json')).toThrow(new ToolError('x.json', undefined, message.slice('x.json: '.length)));
        try {
            parseJsonText(text, 'x.json');
        } catch (e) {
            expect([(e as Error).name, (e as Error).message, (e as ToolError).file]).toEqual(['ToolError', message, 'x.json']);
        }
    });
});
