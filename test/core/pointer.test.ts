import { describe, expect, test } from 'vitest';
import { fromPointer, segmentsIn, toPointer } from '../../src/core/pointer.ts';

describe('toPointer', () => {
    test.each([
        [[], '#'],
        [['paths', '/v2/transactions', 'post'], '#/paths/~1v2~1transactions/post'],
        [['paths', '/v2/chargers/{chargerId}', 'get', 'parameters', 0], '#/paths/~1v2~1chargers~1{chargerId}/get/parameters/0'],
        [['definitions', 'a~b'], '#/definitions/a~0b'],
        [['x', '100%'], '#/x/100%25'],
        [['', 'empty'], '#//empty'],
    ] as const)('%j → %s', (segments, pointer) => {
        expect(toPointer(segments)).toBe(pointer);
    });
});

describe('fromPointer', () => {
    test.each([
        ['#', []],
        ['', []],
        ['#/paths/~1v2~1transactions/post', ['paths', '/v2/transactions', 'post']],
        // A `$ref` is a URI fragment: percent-escapes are decoded.
        ['#/definitions/My%20Thing', ['definitions', 'My Thing']],
        ['#/x/100%25', ['x', '100%']],
        // A lone "%" that is no escape is taken literally.
        ['#/x/50%', ['x', '50%']],
        // Without "#" it is a plain JSON pointer (AJV's instancePath): nothing is percent-decoded.
        ['/definitions/My%20Thing', ['definitions', 'My%20Thing']],
        ['/items/0/a~1b/t~0n', ['items', '0', 'a/b', 't~n']],
        // ~01 is "~1" (decode ~1 before ~0, RFC 6901 §4).
        ['/~01', ['~1']],
    ] as const)('%j', (pointer, want) => {
        expect(fromPointer(pointer)).toEqual(want);
    });

    test('round trip for awkward segments', () => {
        const segments = ['paths', '/a/{b}', '~0', '%41', 'x y', ''];
        expect(fromPointer(toPointer(segments))).toEqual(segments);
    });
});

describe('segmentsIn: an AJV instancePath against the value it checked', () => {
    const data = { items: [{ meta: { '0': 'x', 'a/b': 'y', 't~n': 'z' } }], '12': [[1, 2]] };
    test.each([
        ['', []],
        ['/items', ['items']],
        ['/items/0', ['items', 0]],
        ['/items/0/meta/0', ['items', 0, 'meta', '0']],
        ['/items/0/meta/a~1b', ['items', 0, 'meta', 'a/b']],
        ['/items/0/meta/t~0n', ['items', 0, 'meta', 't~n']],
        ['/12/0/1', ['12', 0, 1]],
        ['/missing/0', ['missing', '0']],
    ] as const)('%j', (pointer, want) => {
        expect(segmentsIn(pointer, data)).toEqual(want);
    });
});
