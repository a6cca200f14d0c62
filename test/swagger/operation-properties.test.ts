/**
 * bodyProperties and successResponseProperties walk a `$ref`'d definition once for the whole document
 * (schemaProperties' shared `seenRefs`), not once per operation. The answer must be what walking every
 * operation on its own and keeping each property's first occurrence gives: the oracle below does exactly
 * that, with a fresh set of `$ref`s per call.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isObject, type JsonObject } from '../../src/core/json.ts';
import { bodyParameters, bodyProperties, operations, responseSchema, schemaProperties, successCodes, successResponseProperties, tryResolveRef, type OperationProperty } from '../../src/swagger/reader.ts';
import { parseJsonText } from '../../src/validate/json-source.ts';
import { validSwagger } from '../helpers/connector-fixture.ts';
import { committedSwagger } from '../helpers/project.ts';
import { describeShared, sharedPath } from '../helpers/shared.ts';

/** Each property once, with the first operation that reaches it, every operation walked on its own. */
function firstOccurrences(list: Iterable<OperationProperty>): OperationProperty[] {
    const seen = new Set<string>();
    return [...list].filter(({ prop }) => {
        const key = JSON.stringify(prop.at);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

const naiveBodyProperties = (doc: JsonObject): OperationProperty[] =>
    firstOccurrences(bodyParameters(doc).flatMap((p) => schemaProperties(doc, p.node['schema'], [...p.at, 'schema'], { skipInternal: true }).map((prop) => ({ prop, op: p.op }))));

const naiveSuccessResponseProperties = (doc: JsonObject): OperationProperty[] =>
    firstOccurrences(
        operations(doc).flatMap((op) => {
            const responses = isObject(op.node['responses']) ? op.node['responses'] : undefined;
            return successCodes(op.node).flatMap((code) => {
                const response = tryResolveRef(doc, responses?.[code], [...op.at, 'responses', code]);
                const schema = response && responseSchema('swagger2', response);
                return schema ? schemaProperties(doc, schema.node, schema.path).map((prop) => ({ prop, op })) : [];
            });
        }),
    );

function sameAsNaive(doc: JsonObject): void {
    expect(bodyProperties(doc)).toEqual(naiveBodyProperties(doc));
    expect(successResponseProperties(doc)).toEqual(naiveSuccessResponseProperties(doc));
}

/** Three operations sharing definitions: nested and circular $refs, an internal property hiding a definition the next operation shows. */
function sharedDefinitions(): JsonObject {
    const body = (ref: string) => [{ in: 'body', name: 'body', schema: { $ref: ref } }];
    const ok = (schema: JsonObject) => ({ '200': { description: 'OK', schema } });
    return {
        swagger: '2.0',
        paths: {
            '/a': { post: { operationId: 'A', parameters: body('#/definitions/Outer'), responses: ok({ $ref: '#/definitions/Outer' }) } },
            '/b': { post: { operationId: 'B', parameters: body('#/definitions/Inner'), responses: ok({ type: 'array', items: { $ref: '#/definitions/Inner' } }) } },
            '/c': { post: { operationId: 'C', parameters: body('#/definitions/Hidden'), responses: ok({ type: 'object', properties: { own: { type: 'string' }, node: { $ref: '#/definitions/Node' } } }) } },
        },
        definitions: {
            Outer: { type: 'object', properties: { inner: { $ref: '#/definitions/Inner' }, secret: { 'x-ms-visibility': 'internal', type: 'object', properties: { s: { $ref: '#/definitions/Hidden' } } } } },
            Inner: { type: 'object', properties: { x: { type: 'string' }, node: { $ref: '#/definitions/Node' } }, allOf: [{ $ref: '#/definitions/Base' }] },
            Base: { type: 'object', properties: { id: { type: 'integer' } } },
            Node: { type: 'object', properties: { next: { $ref: '#/definitions/Node' }, value: { type: 'number' } } },
            Hidden: { type: 'object', properties: { h: { type: 'string' } } },
        },
    };
}

describe('operation properties: each $ref walked once for the document, the same answer as one walk per operation', () => {
    test('shared, nested, circular and internal-hidden definitions: exact answer', () => {
        const doc = sharedDefinitions();
        sameAsNaive(doc);
        const shown = (list: OperationProperty[]) => list.map(({ prop, op }) => `${op.operationId}:${prop.at.join('/')}`);
        // Hidden's h is left out under A's internal "secret", then reported for C, which sends Hidden as its body.
        // A property that is itself a $ref is not listed (its target's properties are).
        expect(shown(bodyProperties(doc))).toEqual([
            'A:definitions/Inner/properties/x',
            'A:definitions/Node/properties/value',
            'A:definitions/Base/properties/id',
            'C:definitions/Hidden/properties/h',
        ]);
        expect(shown(successResponseProperties(doc))).toEqual([
            'A:definitions/Inner/properties/x',
            'A:definitions/Node/properties/value',
            'A:definitions/Base/properties/id',
            'A:definitions/Outer/properties/secret',
            'A:definitions/Hidden/properties/h',
            'C:paths//c/post/responses/200/schema/properties/own',
        ]);
    });

    test('the fixture connector and ours', () => {
        sameAsNaive(validSwagger());
        sameAsNaive(committedSwagger() as unknown as JsonObject);
    });
});

describeShared('operation properties on ../shared/corpus/connectors: the same answer as one walk per operation', () => {
    const dirs = readdirSync(sharedPath('corpus', 'connectors'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    test.each(dirs)('%s', (name) => {
        sameAsNaive(parseJsonText(readFileSync(sharedPath('corpus', 'connectors', name, 'apiDefinition.swagger.json'), 'utf8'), 'apiDefinition.swagger.json').value);
    });
});
