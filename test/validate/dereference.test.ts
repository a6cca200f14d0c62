/**
 * The fast dereference (src/validate/dereference.ts) gives exactly what swagger-parser's dereference gives
 * (with `circular: "ignore"`, as validate() runs it) whenever it answers, leaves its input as it was, and
 * declines, with its reason, every document it cannot be sure of.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPI } from 'openapi-types';
import { describe, expect, test } from 'vitest';
import type { JsonObject } from '../../src/core/json.ts';
import { dereferenceFast } from '../../src/validate/dereference.ts';
import { parseJsonText } from '../../src/validate/json-source.ts';
import { at, validSwagger } from '../helpers/connector-fixture.ts';
import { describeShared, ROOT_DIR, sharedPath } from '../helpers/shared.ts';
import { writeSynthetic } from '../../bench/synthetic.ts';

/** swagger-parser's dereference of a copy, as JSON text (key order included); undefined when it finds circular $refs. */
async function theirs(doc: JsonObject): Promise<string | undefined> {
    const parser = new SwaggerParser();
    const value = await parser.dereference(structuredClone(doc) as unknown as OpenAPI.Document, { dereference: { circular: 'ignore' } });
    return parser.$refs.circular ? undefined : JSON.stringify(value);
}

/** Our answer, checked against swagger-parser's, with the input unchanged. */
async function expectSameAsSwaggerParser(doc: JsonObject): Promise<JsonObject> {
    const before = JSON.stringify(doc);
    const ours = dereferenceFast(doc);
    expect(JSON.stringify(doc)).toBe(before);
    if (!ours.ok) throw new Error(`declined: ${ours.reason}`);
    expect(JSON.stringify(ours.value)).toBe(await theirs(doc));
    return ours.value;
}

const defs = (doc: JsonObject) => doc['definitions'] as JsonObject;
const GET = ['paths', '/records/{recordId}', 'get'];

describe('documents the fast dereference answers: the same as swagger-parser', () => {
    test('the fixture: every $ref replaced, objects without a $ref shared with the input, the rest copied', async () => {
        const doc = validSwagger();
        const value = await expectSameAsSwaggerParser(doc);
        expect(JSON.stringify(value)).not.toContain('"$ref"');
        expect(value['info']).toBe(doc['info']);
        expect(at(value, 'definitions', 'Record')).toBe(at(doc, 'definitions', 'Record'));
        expect(value['paths']).not.toBe(doc['paths']);
        // Every use of a definition gets the one dereferenced object, as with json-schema-ref-parser.
        expect(at(value, ...GET, 'responses', '200', 'schema')).toBe(at(value, 'definitions', 'Record'));
    });
    test('a $ref to a $ref, $refs in arrays, in extensions and to shared parameters and responses, a pointer into a definition', async () => {
        const doc = validSwagger();
        defs(doc)['Alias'] = { $ref: '#/definitions/Record' };
        defs(doc)['Both'] = { allOf: [{ $ref: '#/definitions/Alias' }, { $ref: '#/definitions/Problem' }], 'x-ms-test': { schema: { $ref: '#/definitions/Record/properties/id' } } };
        doc['parameters'] = { recordId: at(doc, ...GET, 'parameters', 0) };
        doc['responses'] = { ok: { description: 'OK', schema: { $ref: '#/definitions/Both' } } };
        at(doc, ...GET)['parameters'] = [{ $ref: '#/parameters/recordId' }];
        at(doc, ...GET)['responses'] = { '200': { $ref: '#/responses/ok' } };
        const value = await expectSameAsSwaggerParser(doc);
        expect(at(value, ...GET, 'responses', '200', 'schema', 'allOf', 0)).toBe(at(value, 'definitions', 'Record'));
        expect(at(value, 'definitions', 'Both', 'x-ms-test', 'schema')).toEqual({ type: 'string', 'x-ms-summary': 'Record ID', description: 'Identifier of the record.' });
    });
    test('what json-schema-ref-parser does not follow stays as it is: "#name", an empty or a non-string $ref', async () => {
        const doc = validSwagger();
        defs(doc)['Odd'] = { type: 'object', properties: { a: { $ref: '#Record' }, b: { $ref: '' }, c: { $ref: 5 } } };
        const value = await expectSameAsSwaggerParser(doc);
        expect(at(value, 'definitions', 'Odd')).toBe(at(doc, 'definitions', 'Odd'));
    });
    test('our connector and the 332-operation benchmark connector', async () => {
        await expectSameAsSwaggerParser(JSON.parse(readFileSync(join(ROOT_DIR, 'apiDefinition.swagger.json'), 'utf8')) as JsonObject);
        const dir = mkdtempSync(join(tmpdir(), 'deref-'));
        try {
            writeSynthetic(dir, 332);
            await expectSameAsSwaggerParser(JSON.parse(readFileSync(join(dir, 'apiDefinition.swagger.json'), 'utf8')) as JsonObject);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('documents it declines, and why (the caller then runs swagger-parser)', () => {
    const declined = (mutate: (doc: JsonObject) => void) => {
        const doc = validSwagger();
        mutate(doc);
        return dereferenceFast(doc);
    };
    const cases: [string, (doc: JsonObject) => void, string][] = [
        ['not Swagger 2.0', (d) => { d['swagger'] = '3.0'; }, 'not a "2.0" swagger'],
        ['a version number swagger-parser rejects', (d) => { at(d, 'info')['version'] = 1; }, 'info.version is a number'],
        ['a root $id (json-schema-ref-parser resolves against it)', (d) => { d['$id'] = 'https://example.com/x'; }, 'the root has $id'],
        ['a root $schema (it may switch on $id scopes)', (d) => { d['$schema'] = 'https://json-schema.org/draft/2020-12/schema'; }, 'the root has $schema'],
        ['a root that is a $ref', (d) => { d['$ref'] = '#/definitions/Record'; }, 'the root has $ref'],
        ['a $ref with other keys (merged in an order that depends on the crawl)', (d) => { at(d, ...GET, 'responses', '200')['schema'] = { $ref: '#/definitions/Record', description: 'x' }; }, 'a $ref object with other keys (#/definitions/Record)'],
        ['a circular $ref', (d) => { at(d, 'definitions', 'Record', 'properties')['parent'] = { $ref: '#/definitions/Record' }; }, 'circular $ref #/definitions/Record'],
        ['a $ref to the whole document', (d) => { at(d, 'definitions', 'Record', 'properties')['all'] = { $ref: '#' }; }, '$ref # is not a local pointer'],
        ['an external $ref', (d) => { at(d, 'definitions', 'Record', 'properties')['other'] = { $ref: 'other.json#/definitions/X' }; }, '$ref other.json#/definitions/X is not a local pointer'],
        ['a token with an escape', (d) => { defs(d)['a/b'] = { type: 'string' }; at(d, 'definitions', 'Record', 'properties')['slash'] = { $ref: '#/definitions/a~1b' }; }, '$ref #/definitions/a~1b has a token that needs decoding'],
        ['a percent-encoded token', (d) => { defs(d)['a b'] = { type: 'string' }; at(d, 'definitions', 'Record', 'properties')['space'] = { $ref: '#/definitions/a%20b' }; }, '$ref #/definitions/a%20b has a token that needs decoding'],
        ['a missing target', (d) => { at(d, ...GET, 'responses', '200', 'schema')['$ref'] = '#/definitions/Nope'; }, '$ref #/definitions/Nope does not reach a value through own properties of objects'],
        ['a target an inherited property would answer', (d) => { at(d, ...GET, 'responses', '200', 'schema')['$ref'] = '#/definitions/constructor'; }, '$ref #/definitions/constructor does not reach a value through own properties of objects'],
        ['a pointer into a path item (its "/" escaped as ~1)', (d) => { at(d, ...GET, 'responses', '200', 'schema')['$ref'] = '#/paths/~1records~1{recordId}/get/parameters/0'; }, '$ref #/paths/~1records~1{recordId}/get/parameters/0 has a token that needs decoding'],
        ['a pointer through an array index', (d) => { defs(d)['List'] = { allOf: [{ type: 'object' }] }; at(d, ...GET, 'responses', '200')['schema'] = { $ref: '#/definitions/List/allOf/0' }; }, '$ref #/definitions/List/allOf/0 does not reach a value through own properties of objects'],
        ['a pointer through a $ref', (d) => { defs(d)['Alias'] = { $ref: '#/definitions/Record' }; at(d, ...GET, 'responses', '200')['schema'] = { $ref: '#/definitions/Alias/properties/id' }; }, '$ref #/definitions/Alias/properties/id passes through a $ref'],
        ['a target that is no object', (d) => { at(d, ...GET, 'responses', '200')['schema'] = { $ref: '#/definitions/Record/type' }; }, '$ref #/definitions/Record/type reaches no object'],
        ['a "__proto__" key (assigning it would set the prototype)', (d) => { defs(d)['Proto'] = JSON.parse('{"type":"object","properties":{"__proto__":{"$ref":"#/definitions/Record"}}}') as JsonObject; }, 'a "__proto__" key'],
    ];
    test.each(cases)('%s', (_name, mutate, reason) => {
        expect(declined(mutate)).toEqual({ ok: false, reason });
    });
});

describeShared('on ../shared/corpus/connectors: the same as swagger-parser wherever it answers', () => {
    test('every connector, and how many it answers', async () => {
        const corpus = sharedPath('corpus', 'connectors');
        const names = readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
        const declined: Record<string, string> = {};
        for (const name of names) {
            const doc = parseJsonText(readFileSync(join(corpus, name, 'apiDefinition.swagger.json'), 'utf8'), name).value;
            const ours = dereferenceFast(doc);
            if (ours.ok) expect(JSON.stringify(ours.value), name).toBe(await theirs(doc));
            else declined[name] = ours.reason;
        }
        expect({ connectors: names.length, declined }).toEqual({ connectors: 11, declined: {} });
    });
});
