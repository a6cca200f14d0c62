/** dynamicExtensions, successSchema and schemaAtPath (src/swagger/reader.ts): the walk of the dynamic-* rules. */
import { describe, expect, test } from 'vitest';
import { lookup, type JsonObject } from '../../src/core/json.ts';
import { dynamicExtensions, operations, schemaAtPath, successSchema } from '../../src/swagger/reader.ts';

const dv = (operationId: string) => ({ operationId, parameters: {}, 'value-path': 'id' });
const dl = (operationId: string) => ({ operationId, parameters: {}, itemValuePath: 'id' });

const doc: JsonObject = {
    swagger: '2.0',
    parameters: { Shared: { name: 'team', in: 'query', type: 'string', 'x-ms-dynamic-values': dv('ListTeams') } },
    paths: {
        '/teams': { get: { operationId: 'ListTeams', responses: { '201': { description: 'x', schema: { type: 'object' } }, '200': { description: 'x', schema: { type: 'array', items: { type: 'object' } } } } } },
        '/a': {
            parameters: [{ name: 'region', in: 'header', type: 'string', 'x-ms-dynamic-list': dl('ListTeams') }],
            get: { operationId: 'GetA', parameters: [{ $ref: '#/parameters/Shared' }], responses: { default: { description: 'x', schema: { $ref: '#/definitions/Out' } } } },
            post: {
                operationId: 'PostA',
                parameters: [
                    { $ref: '#/parameters/Shared' },
                    { name: 'body', in: 'body', 'x-ms-dynamic-values': dv('ListTeams'), schema: { type: 'object', properties: { inline: { type: 'integer', format: 'int64', 'x-ms-dynamic-values': dv('ListTeams') } } } },
                ],
                responses: { '200': { description: 'x' } },
            },
            put: { operationId: 'PutA', parameters: [{ name: 'b', in: 'body', schema: { $ref: '#/definitions/In' } }], responses: { '204': { description: 'x' } } },
        },
    },
    definitions: {
        In: { type: 'object', properties: { nested: { $ref: '#/definitions/Nested' } } },
        Nested: { type: 'object', properties: { ids: { type: 'array', items: { type: 'string', 'x-ms-dynamic-values': dv('ListTeams'), 'x-ms-dynamic-list': dl('ListTeams') } } } },
        Out: { type: 'object', properties: { picked: { type: 'string', 'x-ms-dynamic-values': dv('ListTeams') }, builtIn: { type: 'string', 'x-ms-dynamic-values': { builtInOperation: 'AadGraph.GetUsers' } } } },
    },
};

describe('dynamicExtensions', () => {
    const found = dynamicExtensions(doc).map((e) => ({ ext: e.ext, at: e.at, label: e.label, parameterIn: e.parameterIn, holderType: { type: e.holder['type'], format: e.holder['format'] }, sources: e.sources.map((o) => o.label) }));
    test('parameters (shared, path-level, body), inline body properties and definitions, with their labels and the operations they feed', () => {
        expect(found).toEqual([
            { ext: 'x-ms-dynamic-values', at: ['parameters', 'Shared', 'x-ms-dynamic-values'], label: 'GetA parameter team', parameterIn: 'query', holderType: { type: 'string' }, sources: ['GetA', 'PostA'] },
            { ext: 'x-ms-dynamic-list', at: ['paths', '/a', 'parameters', 0, 'x-ms-dynamic-list'], label: 'GetA parameter region', parameterIn: 'header', holderType: { type: 'string' }, sources: ['GetA', 'PostA', 'PutA'] },
            { ext: 'x-ms-dynamic-values', at: ['paths', '/a', 'post', 'parameters', 1, 'x-ms-dynamic-values'], label: 'PostA parameter body', parameterIn: 'body', holderType: {}, sources: ['PostA'] },
            { ext: 'x-ms-dynamic-values', at: ['paths', '/a', 'post', 'parameters', 1, 'schema', 'properties', 'inline', 'x-ms-dynamic-values'], label: 'PostA inline', parameterIn: undefined, holderType: { type: 'integer', format: 'int64' }, sources: ['PostA'] },
            { ext: 'x-ms-dynamic-values', at: ['definitions', 'Nested', 'properties', 'ids', 'items', 'x-ms-dynamic-values'], label: 'definition Nested ids[]', parameterIn: undefined, holderType: { type: 'string' }, sources: ['PutA'] },
            { ext: 'x-ms-dynamic-list', at: ['definitions', 'Nested', 'properties', 'ids', 'items', 'x-ms-dynamic-list'], label: 'definition Nested ids[]', parameterIn: undefined, holderType: { type: 'string' }, sources: ['PutA'] },
            { ext: 'x-ms-dynamic-values', at: ['definitions', 'Out', 'properties', 'picked', 'x-ms-dynamic-values'], label: 'definition Out picked', parameterIn: undefined, holderType: { type: 'string' }, sources: [] },
        ]);
    });
    test('the holder is the object that carries the extension', () => {
        expect(dynamicExtensions(doc).filter((e) => e.holder !== lookup(doc, e.at.slice(0, -1)))).toEqual([]);
    });
    test('the builtInOperation form has no operationId and is left out', () => {
        expect(found.some((e) => e.at.includes('builtIn'))).toBe(false);
    });
});

describe('successSchema', () => {
    const op = (id: string) => operations(doc).find((o) => o.operationId === id)!;
    test('200 before other 2xx, else default, else none', () => {
        expect([successSchema(doc, op('ListTeams'))?.status, successSchema(doc, op('GetA'))?.status, successSchema(doc, op('PostA'))]).toEqual(['200', 'default', undefined]);
    });
});

describe('schemaAtPath', () => {
    test('through $refs and properties; empty path is the schema itself', () => {
        const r = schemaAtPath(doc, { $ref: '#/definitions/In' }, 'nested/ids');
        expect([r.found && r.schema['type'], schemaAtPath(doc, { $ref: '#/definitions/In' }, '').found]).toEqual(['array', true]);
    });
    test('a missing segment names itself and the properties there were', () => {
        expect(schemaAtPath(doc, { $ref: '#/definitions/In' }, 'nested/idz')).toEqual({ found: false, missing: 'idz', properties: ['ids'], declared: true });
    });
    test('below an open object (no declared properties) nothing is known', () => {
        expect(schemaAtPath(doc, { type: 'object' }, 'any/thing')).toEqual({ found: false, missing: 'any', properties: [], declared: false });
    });
});
