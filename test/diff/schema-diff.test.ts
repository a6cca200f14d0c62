/** diffSchemas: the field-by-field comparer shared by check:upstream and check:breaking. */
import { describe, expect, test } from 'vitest';
import { diffSchemas, formatField, type SchemaDifference } from '../../src/diff/schema-diff.ts';
import type { SchemaSide } from '../../src/diff/schema-view.ts';
import { DRIFT_ATTRIBUTES } from '../../src/drift/check.ts';

type Schema = Record<string, unknown>;
const run = (left: Schema, right: Schema, leftDefs: Schema = {}, rightDefs: Schema = {}): SchemaDifference[] => {
    const l: SchemaSide = { doc: { definitions: leftDefs, root: left }, file: 'ours.json', dialect: 'swagger2' };
    const r: SchemaSide = { doc: { components: { schemas: rightDefs }, root: right }, file: 'up.json', dialect: 'openapi3' };
    return diffSchemas(l, { node: left, path: ['root'] }, r, { node: right, path: ['root'] }, { attributes: DRIFT_ATTRIBUTES });
};

const cases: [string, Schema, Schema, Schema, Schema, SchemaDifference[]][] = [
    ['identical primitives', { type: 'string' }, { type: 'string' }, {}, {}, []],
    ['x-nullable here ⇔ nullable upstream', { type: 'integer', format: 'int32', 'x-nullable': true }, { type: 'integer', format: 'int32', nullable: true }, {}, {}, []],
    ['OpenAPI 3.1 type array with null counts as nullable', { type: 'string', 'x-nullable': true }, { type: ['string', 'null'] }, {}, {}, []],
    [
        'nullable only upstream',
        { type: 'string' },
        { type: 'string', nullable: true },
        {},
        {},
        [{ kind: 'changed', field: [], attribute: 'nullable', left: false, right: true, leftPath: ['root'], rightPath: ['root', 'nullable'] }],
    ],
    [
        'a type change hides format differences below it',
        { type: 'integer', format: 'int64' },
        { type: 'string' },
        {},
        {},
        [{ kind: 'changed', field: [], attribute: 'type', left: 'integer', right: 'string', leftPath: ['root', 'type'], rightPath: ['root', 'type'] }],
    ],
    ['equal defaults (deep equality)', { type: 'array', items: { type: 'string' }, default: ['a'] }, { type: 'array', items: { type: 'string' }, default: ['a'] }, {}, {}, []],
    [
        'default differs',
        { type: 'integer', format: 'int32', default: 100 },
        { type: 'integer', format: 'int32', default: 50 },
        {},
        {},
        [{ kind: 'changed', field: [], attribute: 'default', left: 100, right: 50, leftPath: ['root', 'default'], rightPath: ['root', 'default'] }],
    ],
    ['enum order does not matter', { type: 'string', enum: ['a', 'b'] }, { type: 'string', enum: ['b', 'a'] }, {}, {}, []],
    [
        'enum values differ',
        { type: 'string', enum: ['a', 'b'] },
        { type: 'string', enum: ['a'] },
        {},
        {},
        [{ kind: 'changed', field: [], attribute: 'enum', left: ['a', 'b'], right: ['a'], leftPath: ['root', 'enum'], rightPath: ['root', 'enum'] }],
    ],
    [
        'properties through $refs on both sides: extra, missing, required',
        { $ref: '#/definitions/W' },
        { $ref: '#/components/schemas/w' },
        { W: { type: 'object', required: ['a'], properties: { a: { type: 'string' }, mine: { type: 'string' } } } },
        { w: { type: 'object', properties: { a: { type: 'string' }, theirs: { type: 'boolean' } } } },
        [
            { kind: 'changed', field: [{ kind: 'property', name: 'a' }], attribute: 'required', left: true, right: false, leftPath: ['definitions', 'W', 'properties', 'a'], rightPath: ['components', 'schemas', 'w', 'properties', 'a'] },
            { kind: 'only-left', field: [{ kind: 'property', name: 'mine' }], required: false, leftPath: ['definitions', 'W', 'properties', 'mine'], rightPath: ['components', 'schemas', 'w', 'properties'] },
            { kind: 'only-right', field: [{ kind: 'property', name: 'theirs' }], required: false, leftPath: ['definitions', 'W', 'properties'], rightPath: ['components', 'schemas', 'w', 'properties', 'theirs'] },
        ],
    ],
    [
        'allOf parts are merged upstream',
        { type: 'object', properties: { a: { type: 'string' }, b: { type: 'integer' } } },
        { allOf: [{ $ref: '#/components/schemas/base' }, { type: 'object', properties: { b: { type: 'integer' } } }] },
        {},
        { base: { type: 'object', properties: { a: { type: 'string' } } } },
        [],
    ],
    [
        'array items of objects are compared recursively',
        { type: 'array', items: { type: 'object', properties: { n: { type: 'number', format: 'double' } } } },
        { type: 'array', items: { type: 'object', properties: { n: { type: 'number', format: 'float' } } } },
        {},
        {},
        [
            {
                kind: 'changed',
                field: [{ kind: 'items' }, { kind: 'property', name: 'n' }],
                attribute: 'format',
                left: 'double',
                right: 'float',
                leftPath: ['root', 'items', 'properties', 'n', 'format'],
                rightPath: ['root', 'items', 'properties', 'n', 'format'],
            },
        ],
    ],
    [
        'map values: any here vs a schema upstream',
        { type: 'object', additionalProperties: true },
        { type: 'object', additionalProperties: { type: 'object' } },
        {},
        {},
        [{ kind: 'changed', field: [], attribute: 'additionalProperties', left: 'any', right: 'schema', leftPath: ['root', 'additionalProperties'], rightPath: ['root', 'additionalProperties'] }],
    ],
    [
        'bounds only here',
        { type: 'integer', minimum: 1, maximum: 10 },
        { type: 'integer' },
        {},
        {},
        [
            { kind: 'changed', field: [], attribute: 'minimum', left: 1, right: undefined, leftPath: ['root', 'minimum'], rightPath: ['root'] },
            { kind: 'changed', field: [], attribute: 'maximum', left: 10, right: undefined, leftPath: ['root', 'maximum'], rightPath: ['root'] },
        ],
    ],
    [
        'recursive schemas terminate (a cycle is compared once)',
        { $ref: '#/definitions/Node' },
        { $ref: '#/components/schemas/node' },
        { Node: { type: 'object', properties: { kids: { type: 'array', items: { $ref: '#/definitions/Node' } }, x: { type: 'string' } } } },
        { node: { type: 'object', properties: { kids: { type: 'array', items: { $ref: '#/components/schemas/node' } } } } },
        [{ kind: 'only-left', field: [{ kind: 'property', name: 'x' }], required: false, leftPath: ['definitions', 'Node', 'properties', 'x'], rightPath: ['components', 'schemas', 'node', 'properties'] }],
    ],
];

describe('diffSchemas', () => {
    test.each(cases)('%s', (_name, left, right, leftDefs, rightDefs, expected) => {
        expect(run(left, right, leftDefs, rightDefs)).toEqual(expected);
    });
});

describe('formatField', () => {
    test.each([
        [[], ''],
        [[{ kind: 'property', name: 'page' }], 'page'],
        [[{ kind: 'property', name: 'items' }, { kind: 'items' }, { kind: 'property', name: 'vehicleId' }], 'items[]/vehicleId'],
        [[{ kind: 'items' }, { kind: 'property', name: 'id' }], '[]/id'],
        [[{ kind: 'property', name: 'extensions' }, { kind: 'values' }], 'extensions{}'],
    ] as const)('%j → %s', (field, expected) => {
        expect(formatField([...field])).toBe(expected);
    });
});
