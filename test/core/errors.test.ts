/** ToolError and UsageError (src/core/errors.ts): one message format, `<file>#/<pointer>: <detail>`. */
import { describe, expect, test } from 'vitest';
import { asToolError, ToolError, UsageError } from '../../src/core/errors.ts';
import type { JsonPathSegments } from '../../src/core/pointer.ts';

/** Everything an error carries, for one toEqual. */
const parts = (e: ToolError) => ({ class: e.constructor.name, name: e.name, file: e.file, path: e.path, detail: e.detail, message: e.message });

describe('ToolError', () => {
    test.each<[string, string | undefined, JsonPathSegments | undefined, string]>([
        ['detail only', undefined, undefined, 'is broken.'],
        ['file and detail', 'apiProperties.json', undefined, 'apiProperties.json: is broken.'],
        ['pointer and detail', undefined, ['paths', '/a/{b}', 'get'], '#/paths/~1a~1{b}/get: is broken.'],
        ['file, pointer and detail', 'v1.0.0:apiDefinition.swagger.json', ['definitions', 'a~b', 0], 'v1.0.0:apiDefinition.swagger.json#/definitions/a~0b/0: is broken.'],
        ['file and the document root', 'x.json', [], 'x.json#: is broken.'],
        ['the document root only', undefined, [], '#: is broken.'],
    ])('%s', (_name, file, path, message) => {
        expect(parts(new ToolError(file, path, 'is broken.'))).toEqual({ class: 'ToolError', name: 'ToolError', file, path, detail: 'is broken.', message });
    });

    test('is an Error and keeps its cause', () => {
        const cause = new Error('ENOENT');
        const e = new ToolError('a.json', undefined, 'cannot be read.', { cause });
        expect([e instanceof Error, e.cause]).toEqual([true, cause]);
        expect(new ToolError('a.json', undefined, 'x').cause).toBe(undefined);
    });

    test.each<[string, ToolError, string]>([
        ['file, pointer and detail', new ToolError('/tmp/x/apiDefinition.swagger.json', ['paths'], 'no paths.'), 'v1.0.0:apiDefinition.swagger.json#/paths: no paths.'],
        ['no file before', new ToolError(undefined, ['info'], 'no info.'), 'v1.0.0:apiDefinition.swagger.json#/info: no info.'],
        ['no pointer', new ToolError('a.json', undefined, 'not JSON.'), 'v1.0.0:apiDefinition.swagger.json: not JSON.'],
    ])('inFile: %s — the same problem under another file name, caused by the original', (_name, original, message) => {
        const before = parts(original);
        const moved = original.inFile('v1.0.0:apiDefinition.swagger.json');
        expect(parts(moved)).toEqual({ class: 'ToolError', name: 'ToolError', file: 'v1.0.0:apiDefinition.swagger.json', path: original.path, detail: original.detail, message });
        expect(moved.cause).toBe(original);
        expect(parts(original)).toEqual(before);
    });
});

describe('UsageError', () => {
    test('a ToolError with the detail as its whole message', () => {
        const e = new UsageError('unknown option --zip');
        expect([e instanceof ToolError, e instanceof UsageError, parts(e)]).toEqual([
            true,
            true,
            { class: 'UsageError', name: 'UsageError', file: undefined, path: undefined, detail: 'unknown option --zip', message: 'unknown option --zip' },
        ]);
    });

    test('a plain ToolError is no UsageError', () => {
        expect(new ToolError(undefined, undefined, 'x') instanceof UsageError).toBe(false);
    });
});

describe('asToolError', () => {
    test.each([
        ['a ToolError', new ToolError('a.json', ['x'], 'bad.')],
        ['a UsageError', new UsageError('bad flag')],
    ])('%s is returned as it is', (_name, e) => {
        expect(asToolError(e, 'prefix: ')).toBe(e);
    });

    test.each<[string, unknown, string | undefined, string]>([
        ['an Error: its message', new Error('EACCES: permission denied'), undefined, 'EACCES: permission denied'],
        ['an Error with a prefix', new Error('EACCES: permission denied'), 'cannot read dist: ', 'cannot read dist: EACCES: permission denied'],
        ['a string', 'went wrong', undefined, 'went wrong'],
        ['a number with a prefix', 42, 'code ', 'code 42'],
        ['undefined', undefined, undefined, 'undefined'],
        ['null', null, '', 'null'],
    ])('%s → a ToolError with no file, caused by it', (_name, thrownValue, prefix, message) => {
        const e = asToolError(thrownValue, prefix);
        expect([parts(e), e.cause]).toEqual([{ class: 'ToolError', name: 'ToolError', file: undefined, path: undefined, detail: message, message }, thrownValue]);
    });
});
