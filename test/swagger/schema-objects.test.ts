/** schemaObjects and declaredProperties (src/swagger/reader.ts): the walk the keyword rules share. */
import { describe, expect, test } from 'vitest';
import type { JsonObject } from '../../src/core/json.ts';
import { declaredProperties, schemaObjects } from '../../src/swagger/reader.ts';

const doc: JsonObject = {
    swagger: '2.0',
    paths: {
        '/a/{id}': {
            parameters: [{ name: 'id', in: 'path', type: 'string', default: { looks: 'like an object' } }],
            get: {
                responses: { default: { description: 'x', schema: { $ref: '#/definitions/A' }, examples: { 'application/json': { type: 'string' } } } },
                'x-ms-dynamic-values': { parameters: { p: { type: 'object' } } },
            },
        },
    },
    definitions: {
        A: { type: 'object', properties: { properties: { type: 'string', enum: [{ type: 'x' }] }, type: { type: 'integer' } }, allOf: [{ $ref: '#/definitions/B' }] },
        B: { properties: { b: { type: 'boolean' } } },
    },
};

describe('schemaObjects', () => {
    test('every object but the name maps and what is under data keys, in document order', () => {
        expect(schemaObjects(doc).map((o) => o.at)).toEqual([
            [],
            ['paths', '/a/{id}'],
            ['paths', '/a/{id}', 'parameters', 0],
            ['paths', '/a/{id}', 'get'],
            ['paths', '/a/{id}', 'get', 'responses', 'default'],
            ['paths', '/a/{id}', 'get', 'responses', 'default', 'schema'],
            ['definitions', 'A'],
            ['definitions', 'A', 'properties', 'properties'],
            ['definitions', 'A', 'properties', 'type'],
            ['definitions', 'A', 'allOf', 0],
            ['definitions', 'B'],
            ['definitions', 'B', 'properties', 'b'],
        ]);
    });
    test('an empty document yields only itself', () => expect(schemaObjects({}).map((o) => o.at)).toEqual([[]]));
});

describe('declaredProperties', () => {
    test('properties and allOf parts, through $refs', () => {
        expect([...(declaredProperties(doc, { $ref: '#/definitions/A' }) ?? [])]).toEqual(['properties', 'type', 'b']);
    });
    test('undefined for a schema without properties or allOf, and for a dangling $ref', () => {
        expect([declaredProperties(doc, { type: 'object' }), declaredProperties(doc, { $ref: '#/definitions/Nope' })]).toEqual([undefined, undefined]);
    });
    test('recursive allOf terminates', () => {
        const loop: JsonObject = { definitions: { L: { allOf: [{ $ref: '#/definitions/L' }], properties: { x: {} } } } };
        expect([...(declaredProperties(loop, { $ref: '#/definitions/L' }) ?? [])]).toEqual(['x']);
    });
});
