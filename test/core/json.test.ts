/** core/json.ts: the document walk the rules share, and the JSON type names messages use. */
import { describe, expect, test } from 'vitest';
import { jsonTypeOf, walkJson } from '../../src/core/json.ts';

describe('walkJson', () => {
    test('every value in document order, with its path and key; false skips the children', () => {
        const seen: [unknown, (string | number)[], string | number | undefined][] = [];
        walkJson({ a: [1, { b: 2 }], skip: { c: 3 }, d: null }, (value, path, key) => {
            seen.push([typeof value === 'object' && value !== null ? '{…}' : value, [...path], key]);
            return key === 'skip' ? false : undefined;
        });
        expect(seen).toEqual([
            ['{…}', [], undefined],
            ['{…}', ['a'], 'a'],
            [1, ['a', 0], 0],
            ['{…}', ['a', 1], 1],
            [2, ['a', 1, 'b'], 'b'],
            ['{…}', ['skip'], 'skip'],
            [null, ['d'], 'd'],
        ]);
    });
    test('a starting path prefixes every path, and is left as it was', () => {
        const start = ['policies', 0];
        const paths: (string | number)[][] = [];
        walkJson({ x: ['y'] }, (_v, path) => void paths.push([...path]), start);
        expect(paths).toEqual([['policies', 0], ['policies', 0, 'x'], ['policies', 0, 'x', 0]]);
        expect(start).toEqual(['policies', 0]);
    });
    test('an object reached twice is entered once (its second place is visited, not its children)', () => {
        const shared = { k: 1 };
        const paths: string[] = [];
        walkJson({ a: shared, b: shared }, (_v, path) => void paths.push(path.join('/')));
        expect(paths).toEqual(['', 'a', 'a/k', 'b']);
    });
});

describe('jsonTypeOf', () => {
    test.each([
        [null, 'null'],
        [[], 'array'],
        [{}, 'object'],
        [1, 'integer'],
        [1.5, 'number'],
        ['1', 'string'],
        [true, 'boolean'],
    ] as [unknown, string][])('%j', (value, want) => {
        expect(jsonTypeOf(value)).toBe(want);
    });
});
