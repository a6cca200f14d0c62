/**
 * The diff engine (src/diff/compare.ts) on small in-memory documents: neutral differences between two
 * operations (Swagger 2.0 against Swagger 2.0, and Swagger 2.0 against OpenAPI 3), their order and
 * locations on both sides; operation pairing across documents; `locate`.
 */
import { describe, expect, test } from 'vitest';
import { ToolError } from '../../src/core/errors.ts';
import type { JsonPathSegments } from '../../src/core/pointer.ts';
import { compareOperations, locate, pairOperations, type Difference } from '../../src/diff/compare.ts';
import { CONTRACT_ATTRIBUTES, type FieldAttribute } from '../../src/diff/schema-diff.ts';
import { operations, type DocSide, type OperationAt } from '../../src/swagger/reader.ts';
import { thrown } from '../helpers/thrown.ts';

type Doc = Record<string, any>;

const P = '/things/{id}';
const OP: JsonPathSegments = ['paths', P, 'post'];

/** A Swagger 2.0 document with one operation: path + body parameters, a 200 array and a 400 problem. */
const swagger = (): Doc => ({
    swagger: '2.0',
    basePath: '/api',
    paths: {
        [P]: {
            post: {
                operationId: 'DoThing',
                parameters: [
                    { name: 'id', in: 'path', required: true, type: 'string' },
                    { name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/Req' } },
                ],
                responses: {
                    '200': { description: 'ok', schema: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/definitions/Item' } } } } },
                    '400': { description: 'bad', schema: { $ref: '#/definitions/Problem' } },
                },
            },
        },
    },
    definitions: {
        Req: { type: 'object', properties: { limit: { type: 'integer', maximum: 100 } } },
        Item: { type: 'object', properties: { name: { type: 'string' } } },
        Problem: { type: 'object', properties: { title: { type: 'string' } } },
    },
});

/** The same operation in OpenAPI 3. */
const openapi = (): Doc => ({
    openapi: '3.0.1',
    servers: [{ url: 'https://up.example/api' }],
    paths: {
        [P]: {
            post: {
                operationId: 'doThing',
                parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
                requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/req' } } } },
                responses: {
                    '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/item' } } } } } } },
                    '400': { $ref: '#/components/responses/Problem' },
                },
            },
        },
    },
    components: {
        schemas: {
            req: { type: 'object', properties: { limit: { type: 'integer', maximum: 100 } } },
            item: { type: 'object', properties: { name: { type: 'string' } } },
            problem: { type: 'object', properties: { title: { type: 'string' } } },
        },
        responses: { Problem: { description: 'bad', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/problem' } } } } },
    },
});

const side = (doc: Doc, file: string): DocSide => ({ doc, file, dialect: typeof doc['openapi'] === 'string' ? 'openapi3' : 'swagger2' });
const opOf = (doc: Doc): OperationAt => operations(doc)[0]!;

/** compareOperations of the first operation of each document, after mutating fresh copies. */
const compare = (
    mutateLeft: (d: Doc) => void,
    mutateRight: (d: Doc) => void,
    right: () => Doc = swagger,
    attributes: readonly FieldAttribute[] = CONTRACT_ATTRIBUTES,
): Difference[] => {
    const l = swagger();
    const r = right();
    mutateLeft(l);
    mutateRight(r);
    return compareOperations(side(l, 'left.json'), side(r, 'right.json'), opOf(l), opOf(r), attributes);
};
const none = (): void => {};
const op = (d: Doc): Doc => d.paths[P].post;

describe('compareOperations: Swagger 2.0 against Swagger 2.0', () => {
    test('identical operations → []', () => {
        expect(compare(none, none)).toEqual([]);
    });

    test.each<[string, (d: Doc) => void, (d: Doc) => void, Difference[]]>([
        [
            'a parameter only on the left (required)',
            (d) => op(d).parameters.push({ name: 'page', in: 'query', required: true, type: 'integer' }),
            none,
            [{ kind: 'only-left', subject: 'parameter', direction: 'request', at: 'request/query/page', leftPath: [...OP, 'parameters', 2], rightPath: [...OP, 'parameters'], required: true, param: { in: 'query', name: 'page' } }],
        ],
        [
            'a parameter only on the right (not required)',
            none,
            (d) => op(d).parameters.push({ name: 'X-Trace', in: 'header', type: 'string' }),
            [{ kind: 'only-right', subject: 'parameter', direction: 'request', at: 'request/header/X-Trace', leftPath: [...OP, 'parameters'], rightPath: [...OP, 'parameters', 2], required: false, param: { in: 'header', name: 'X-Trace' } }],
        ],
        [
            'a path-level parameter on the right is the same parameter',
            none,
            (d) => {
                d.paths[P].parameters = [op(d).parameters.shift()];
            },
            [],
        ],
        ['header names match case-insensitively', (d) => op(d).parameters.push({ name: 'X-Trace', in: 'header', type: 'string' }), (d) => op(d).parameters.push({ name: 'x-trace', in: 'header', type: 'string' }), []],
        [
            'a parameter in another location is another parameter',
            (d) => op(d).parameters.push({ name: 'page', in: 'query', type: 'integer' }),
            (d) => op(d).parameters.push({ name: 'page', in: 'header', type: 'integer' }),
            [
                { kind: 'only-left', subject: 'parameter', direction: 'request', at: 'request/query/page', leftPath: [...OP, 'parameters', 2], rightPath: [...OP, 'parameters'], required: false, param: { in: 'query', name: 'page' } },
                { kind: 'only-right', subject: 'parameter', direction: 'request', at: 'request/header/page', leftPath: [...OP, 'parameters'], rightPath: [...OP, 'parameters', 2], required: false, param: { in: 'header', name: 'page' } },
            ],
        ],
        [
            'a parameter\'s required flag changes',
            none,
            (d) => (op(d).parameters[0].required = false),
            [{ kind: 'changed', subject: 'parameter', direction: 'request', at: 'request/path/id', attribute: 'required', left: true, right: false, leftPath: [...OP, 'parameters', 0, 'required'], rightPath: [...OP, 'parameters', 0, 'required'], param: { in: 'path', name: 'id' } }],
        ],
        [
            'required absent on one side: that side points at the parameter',
            none,
            (d) => delete op(d).parameters[0].required,
            [{ kind: 'changed', subject: 'parameter', direction: 'request', at: 'request/path/id', attribute: 'required', left: true, right: false, leftPath: [...OP, 'parameters', 0, 'required'], rightPath: [...OP, 'parameters', 0], param: { in: 'path', name: 'id' } }],
        ],
        ['required false and required absent are the same', (d) => (op(d).parameters[0].required = false), (d) => delete op(d).parameters[0].required, []],
        [
            'a parameter\'s type changes: a field difference at the parameter',
            none,
            (d) => (op(d).parameters[0].type = 'integer'),
            [{ kind: 'changed', subject: 'field', direction: 'request', at: 'request/path/id', attribute: 'type', left: 'string', right: 'integer', leftPath: [...OP, 'parameters', 0, 'type'], rightPath: [...OP, 'parameters', 0, 'type'] }],
        ],
        [
            'a request body only on the left',
            none,
            (d) => op(d).parameters.pop(),
            [{ kind: 'only-left', subject: 'body', direction: 'request', at: 'request/body', leftPath: [...OP, 'parameters', 1], rightPath: [...OP, 'parameters'], required: true, param: { in: 'body', name: 'body' } }],
        ],
        [
            'a request body only on the right (optional, its own name)',
            (d) => op(d).parameters.pop(),
            (d) => (op(d).parameters[1] = { name: 'payload', in: 'body', schema: { type: 'object' } }),
            [{ kind: 'only-right', subject: 'body', direction: 'request', at: 'request/body', leftPath: [...OP, 'parameters'], rightPath: [...OP, 'parameters', 1], required: false, param: { in: 'body', name: 'payload' } }],
        ],
        [
            'the body\'s required flag changes (param names the right body)',
            none,
            (d) => (op(d).parameters[1] = { name: 'payload', in: 'body', required: false, schema: { $ref: '#/definitions/Req' } }),
            [{ kind: 'changed', subject: 'body', direction: 'request', at: 'request/body', attribute: 'required', left: true, right: false, leftPath: [...OP, 'parameters', 1, 'required'], rightPath: [...OP, 'parameters', 1, 'required'], param: { in: 'body', name: 'payload' } }],
        ],
        [
            'body fields: a new required field on the right and a changed maximum',
            none,
            (d) => {
                d.definitions.Req.properties.offset = { type: 'integer' };
                d.definitions.Req.required = ['offset'];
                d.definitions.Req.properties.limit.maximum = 1000;
            },
            [
                { kind: 'changed', subject: 'field', direction: 'request', at: 'request/body/limit', attribute: 'maximum', left: 100, right: 1000, leftPath: ['definitions', 'Req', 'properties', 'limit', 'maximum'], rightPath: ['definitions', 'Req', 'properties', 'limit', 'maximum'] },
                { kind: 'only-right', subject: 'field', direction: 'request', at: 'request/body/offset', leftPath: ['definitions', 'Req', 'properties'], rightPath: ['definitions', 'Req', 'properties', 'offset'], required: true },
            ],
        ],
        [
            'a body field only on the left',
            (d) => (d.definitions.Req.properties.extra = { type: 'string' }),
            none,
            [{ kind: 'only-left', subject: 'field', direction: 'request', at: 'request/body/extra', leftPath: ['definitions', 'Req', 'properties', 'extra'], rightPath: ['definitions', 'Req', 'properties'], required: false }],
        ],
        [
            'a response only on the left',
            none,
            (d) => delete op(d).responses['400'],
            [{ kind: 'only-left', subject: 'response', direction: 'response', at: 'responses/400', leftPath: [...OP, 'responses', '400'], rightPath: [...OP, 'responses'] }],
        ],
        [
            'a response only on the right',
            none,
            (d) => (op(d).responses['404'] = { description: 'missing' }),
            [{ kind: 'only-right', subject: 'response', direction: 'response', at: 'responses/404', leftPath: [...OP, 'responses'], rightPath: [...OP, 'responses', '404'] }],
        ],
        [
            'a response body only on the left',
            none,
            (d) => delete op(d).responses['400'].schema,
            [{ kind: 'only-left', subject: 'response-body', direction: 'response', at: 'responses/400/schema', leftPath: [...OP, 'responses', '400', 'schema'], rightPath: [...OP, 'responses', '400'] }],
        ],
        [
            'a response body only on the right',
            (d) => delete op(d).responses['400'].schema,
            none,
            [{ kind: 'only-right', subject: 'response-body', direction: 'response', at: 'responses/400/schema', leftPath: [...OP, 'responses', '400'], rightPath: [...OP, 'responses', '400', 'schema'] }],
        ],
        [
            'a field inside response items',
            none,
            (d) => (d.definitions.Item.properties.name.type = 'integer'),
            [{ kind: 'changed', subject: 'field', direction: 'response', at: 'responses/200/schema/items[]/name', attribute: 'type', left: 'string', right: 'integer', leftPath: ['definitions', 'Item', 'properties', 'name', 'type'], rightPath: ['definitions', 'Item', 'properties', 'name', 'type'] }],
        ],
        [
            'a root array schema: items attach directly',
            (d) => (op(d).responses['200'].schema = { type: 'array', items: { $ref: '#/definitions/Item' } }),
            (d) => {
                op(d).responses['200'].schema = { type: 'array', items: { $ref: '#/definitions/Item' } };
                d.definitions.Item.properties.name.type = 'integer';
            },
            [{ kind: 'changed', subject: 'field', direction: 'response', at: 'responses/200/schema[]/name', attribute: 'type', left: 'string', right: 'integer', leftPath: ['definitions', 'Item', 'properties', 'name', 'type'], rightPath: ['definitions', 'Item', 'properties', 'name', 'type'] }],
        ],
        [
            'a $ref\'d response on one side compares its schema',
            none,
            (d) => {
                d.responses = { Problem: { description: 'bad', schema: { type: 'object', properties: { title: { type: 'string', format: 'uri' } } } } };
                op(d).responses['400'] = { $ref: '#/responses/Problem' };
            },
            [{ kind: 'changed', subject: 'field', direction: 'response', at: 'responses/400/schema/title', attribute: 'format', left: undefined, right: 'uri', leftPath: ['definitions', 'Problem', 'properties', 'title'], rightPath: ['responses', 'Problem', 'schema', 'properties', 'title', 'format'] }],
        ],
        [
            'responses of neither side → nothing to compare',
            (d) => delete op(d).responses,
            (d) => (op(d).responses = 'broken'),
            [],
        ],
    ])('%s', (_name, mutateLeft, mutateRight, want) => {
        expect(compare(mutateLeft, mutateRight)).toEqual(want);
    });

    // Regression: a `$ref`'d parameter's required flag was reported under its list entry
    // (`#/paths/~1things~1{id}/post/parameters/0/required`, which does not exist: that entry is `{ $ref }`).
    const sharedParam = (d: Doc) => {
        d.parameters = { id: op(d).parameters[0] };
        op(d).parameters[0] = { $ref: '#/parameters/id' };
    };
    const sharedBody = (d: Doc) => {
        d.parameters = { body: op(d).parameters[1] };
        op(d).parameters[1] = { $ref: '#/parameters/body' };
    };
    test('a $ref\'d parameter\'s required change points where the flag is', () => {
        expect(compare(sharedParam, (d) => {
            sharedParam(d);
            d.parameters.id.required = false;
        })).toEqual([
            { kind: 'changed', subject: 'parameter', direction: 'request', at: 'request/path/id', attribute: 'required', left: true, right: false, leftPath: ['parameters', 'id', 'required'], rightPath: ['parameters', 'id', 'required'], param: { in: 'path', name: 'id' } },
        ]);
    });

    test('a $ref\'d parameter\'s field change points where the parameter is defined', () => {
        expect(compare(sharedParam, (d) => {
            sharedParam(d);
            d.parameters.id.format = 'uuid';
        })).toEqual([
            { kind: 'changed', subject: 'field', direction: 'request', at: 'request/path/id', attribute: 'format', left: undefined, right: 'uuid', leftPath: ['parameters', 'id'], rightPath: ['parameters', 'id', 'format'] },
        ]);
    });

    test('a $ref\'d parameter only on one side points where the operation lists it', () => {
        expect(compare(sharedParam, (d) => op(d).parameters.shift())).toEqual([
            { kind: 'only-left', subject: 'parameter', direction: 'request', at: 'request/path/id', leftPath: [...OP, 'parameters', 0], rightPath: [...OP, 'parameters'], required: true, param: { in: 'path', name: 'id' } },
        ]);
    });

    test('a $ref\'d body parameter\'s required change and inline schema point where they are defined', () => {
        expect(compare(sharedBody, (d) => {
            sharedBody(d);
            d.parameters.body.required = false;
            d.parameters.body.schema = { type: 'object', properties: { limit: { type: 'integer', maximum: 50 } } };
        })).toEqual([
            { kind: 'changed', subject: 'body', direction: 'request', at: 'request/body', attribute: 'required', left: true, right: false, leftPath: ['parameters', 'body', 'required'], rightPath: ['parameters', 'body', 'required'], param: { in: 'body', name: 'body' } },
            { kind: 'changed', subject: 'field', direction: 'request', at: 'request/body/limit', attribute: 'maximum', left: 100, right: 50, leftPath: ['definitions', 'Req', 'properties', 'limit', 'maximum'], rightPath: ['parameters', 'body', 'schema', 'properties', 'limit', 'maximum'] },
        ]);
    });

    test('a $ref\'d body parameter only on one side points where the operation lists it', () => {
        expect(compare(sharedBody, (d) => op(d).parameters.pop())).toEqual([
            { kind: 'only-left', subject: 'body', direction: 'request', at: 'request/body', leftPath: [...OP, 'parameters', 1], rightPath: [...OP, 'parameters'], required: true, param: { in: 'body', name: 'body' } },
        ]);
    });

    test('operation visibility is compared only when "visibility" is among the attributes', () => {
        const mutateLeft = (d: Doc) => (op(d)['x-ms-visibility'] = 'important');
        const mutateRight = (d: Doc) => (op(d)['x-ms-visibility'] = 'advanced');
        expect(compare(mutateLeft, mutateRight, swagger, [...CONTRACT_ATTRIBUTES, 'visibility'])).toEqual([
            { kind: 'changed', subject: 'operation', direction: 'request', at: 'operation', attribute: 'visibility', left: 'important', right: 'advanced', leftPath: OP, rightPath: OP },
        ]);
        expect(compare(mutateLeft, mutateRight, swagger, CONTRACT_ATTRIBUTES)).toEqual([]);
        expect(compare(mutateLeft, mutateLeft, swagger, ['visibility'])).toEqual([]);
    });

    test('visibility set on one side only', () => {
        expect(compare(none, (d) => (op(d)['x-ms-visibility'] = 'internal'), swagger, ['visibility'])).toEqual([
            { kind: 'changed', subject: 'operation', direction: 'request', at: 'operation', attribute: 'visibility', left: undefined, right: 'internal', leftPath: OP, rightPath: OP },
        ]);
    });

    test('order: operation, parameters (left order, then right-only), body, responses by status', () => {
        const got = compare(
            (d) => {
                op(d).parameters.unshift({ name: 'zeta', in: 'query', type: 'string' });
                op(d)['x-ms-visibility'] = 'important';
            },
            (d) => {
                op(d)['x-ms-visibility'] = 'advanced';
                op(d).parameters.unshift({ name: 'alpha', in: 'query', type: 'string' });
                op(d).parameters[1].required = false;
                op(d).parameters[2].required = false;
                // Written out of status order on purpose.
                op(d).responses = { default: { description: 'x' }, '404': { description: 'missing' }, ...op(d).responses };
                d.definitions.Item.properties.name.type = 'integer';
                delete op(d).responses['400'];
            },
            swagger,
            [...CONTRACT_ATTRIBUTES, 'visibility'],
        );
        expect(got.map((d) => `${d.kind} ${d.subject} ${d.at}${d.attribute ? ` ${d.attribute}` : ''}`)).toEqual([
            'changed operation operation visibility',
            'only-left parameter request/query/zeta',
            'changed parameter request/path/id required',
            'only-right parameter request/query/alpha',
            'changed body request/body required',
            'changed field responses/200/schema/items[]/name type',
            'only-left response responses/400',
            'only-right response responses/404',
            'only-right response responses/default',
        ]);
    });

    test.each<[string, (d: Doc) => void, string]>([
        ['a dangling response $ref', (d) => (op(d).responses['200'] = { $ref: '#/responses/Nope' }),
            'right.json#/paths/~1things~1{id}/post/responses/200/$ref: reference "#/responses/Nope" does not resolve to anything in this document.'],
        ['a dangling parameter $ref', (d) => op(d).parameters.push({ $ref: '#/parameters/nope' }),
            'right.json#/paths/~1things~1{id}/post/parameters/2/$ref: reference "#/parameters/nope" does not resolve to anything in this document.'],
        ['a dangling schema $ref', (d) => (op(d).responses['200'].schema.properties.items.items = { $ref: '#/definitions/Nope' }),
            'right.json#/paths/~1things~1{id}/post/responses/200/schema/properties/items/items/$ref: reference "#/definitions/Nope" does not resolve to anything in this document.'],
        ['a circular schema $ref', (d) => (d.definitions.Req = { $ref: '#/definitions/Req' }),
            'right.json#/definitions/Req/$ref: circular reference chain #/definitions/Req -> #/definitions/Req.'],
    ])('%s is a ToolError naming the file and pointer', (_name, mutateRight, message) => {
        const e = thrown(() => compare(none, mutateRight));
        expect([e instanceof ToolError, e.message]).toEqual([true, message]);
    });
});

describe('compareOperations: Swagger 2.0 against OpenAPI 3', () => {
    const UP: JsonPathSegments = ['paths', P, 'post'];
    const up = (mutate: (d: Doc) => void): Difference[] => compare(none, mutate, openapi);

    test('the same operation in both dialects → []', () => {
        expect(up(none)).toEqual([]);
    });

    test.each<[string, (d: Doc) => void, Difference[]]>([
        [
            'a parameter only upstream, required',
            (d) => op(d).parameters.push({ name: 'dryRun', in: 'query', required: true, schema: { type: 'boolean' } }),
            [{ kind: 'only-right', subject: 'parameter', direction: 'request', at: 'request/query/dryRun', leftPath: [...OP, 'parameters'], rightPath: [...UP, 'parameters', 1], required: true, param: { in: 'query', name: 'dryRun' } }],
        ],
        [
            'a parameter only here',
            (d) => op(d).parameters.pop(),
            [{ kind: 'only-left', subject: 'parameter', direction: 'request', at: 'request/path/id', leftPath: [...OP, 'parameters', 0], rightPath: [...UP, 'parameters'], required: true, param: { in: 'path', name: 'id' } }],
        ],
        [
            'a parameter nullable upstream: left points at the parameter, right at its schema',
            (d) => (op(d).parameters[0].schema.nullable = true),
            [{ kind: 'changed', subject: 'field', direction: 'request', at: 'request/path/id', attribute: 'nullable', left: false, right: true, leftPath: [...OP, 'parameters', 0], rightPath: [...UP, 'parameters', 0, 'schema', 'nullable'] }],
        ],
        [
            'an upstream parameter without a schema is not compared field by field',
            (d) => {
                delete op(d).parameters[0].schema;
                op(d).parameters[0].required = false;
            },
            [{ kind: 'changed', subject: 'parameter', direction: 'request', at: 'request/path/id', attribute: 'required', left: true, right: false, leftPath: [...OP, 'parameters', 0, 'required'], rightPath: [...UP, 'parameters', 0, 'required'], param: { in: 'path', name: 'id' } }],
        ],
        [
            'no requestBody upstream: the body is only here; right points at the operation',
            (d) => delete op(d).requestBody,
            [{ kind: 'only-left', subject: 'body', direction: 'request', at: 'request/body', leftPath: [...OP, 'parameters', 1], rightPath: UP, required: true, param: { in: 'body', name: 'body' } }],
        ],
        [
            'a requestBody without a JSON schema counts as no body',
            (d) => (op(d).requestBody.content = { 'application/json': {} }),
            [{ kind: 'only-left', subject: 'body', direction: 'request', at: 'request/body', leftPath: [...OP, 'parameters', 1], rightPath: UP, required: true, param: { in: 'body', name: 'body' } }],
        ],
        [
            'requestBody not required upstream: right points at the requestBody',
            (d) => delete op(d).requestBody.required,
            [{ kind: 'changed', subject: 'body', direction: 'request', at: 'request/body', attribute: 'required', left: true, right: false, leftPath: [...OP, 'parameters', 1, 'required'], rightPath: [...UP, 'requestBody'], param: { in: 'body', name: 'body' } }],
        ],
        [
            'a $ref\'d requestBody: paths in components',
            (d) => {
                d.components.requestBodies = { Req: { content: { 'application/json': { schema: { $ref: '#/components/schemas/req' } } } } };
                op(d).requestBody = { $ref: '#/components/requestBodies/Req' };
            },
            [{ kind: 'changed', subject: 'body', direction: 'request', at: 'request/body', attribute: 'required', left: true, right: false, leftPath: [...OP, 'parameters', 1, 'required'], rightPath: ['components', 'requestBodies', 'Req'], param: { in: 'body', name: 'body' } }],
        ],
        [
            'an optional body field only upstream',
            (d) => (d.components.schemas.req.properties.color = { type: 'string' }),
            [{ kind: 'only-right', subject: 'field', direction: 'request', at: 'request/body/color', leftPath: ['definitions', 'Req', 'properties'], rightPath: ['components', 'schemas', 'req', 'properties', 'color'], required: false }],
        ],
        [
            'a response body only here (upstream 400 has no content)',
            (d) => (d.components.responses.Problem = { description: 'bad' }),
            [{ kind: 'only-left', subject: 'response-body', direction: 'response', at: 'responses/400/schema', leftPath: [...OP, 'responses', '400', 'schema'], rightPath: ['components', 'responses', 'Problem'] }],
        ],
        [
            'a response only upstream',
            (d) => (op(d).responses['401'] = { description: 'no' }),
            [{ kind: 'only-right', subject: 'response', direction: 'response', at: 'responses/401', leftPath: [...OP, 'responses'], rightPath: [...UP, 'responses', '401'] }],
        ],
        [
            'a field in a $ref\'d upstream response',
            (d) => (d.components.schemas.problem.properties.title.type = 'integer'),
            [{ kind: 'changed', subject: 'field', direction: 'response', at: 'responses/400/schema/title', attribute: 'type', left: 'string', right: 'integer', leftPath: ['definitions', 'Problem', 'properties', 'title', 'type'], rightPath: ['components', 'schemas', 'problem', 'properties', 'title', 'type'] }],
        ],
        [
            'a field inside response items',
            (d) => (d.components.schemas.item.properties.name.nullable = true),
            [{ kind: 'changed', subject: 'field', direction: 'response', at: 'responses/200/schema/items[]/name', attribute: 'nullable', left: false, right: true, leftPath: ['definitions', 'Item', 'properties', 'name'], rightPath: ['components', 'schemas', 'item', 'properties', 'name', 'nullable'] }],
        ],
    ])('%s', (_name, mutate, want) => {
        expect(up(mutate)).toEqual(want);
    });

    test('a body only upstream: param named "body", right at the requestBody', () => {
        expect(compare((d) => op(d).parameters.pop(), none, openapi)).toEqual([
            { kind: 'only-right', subject: 'body', direction: 'request', at: 'request/body', leftPath: [...OP, 'parameters'], rightPath: [...UP, 'requestBody'], required: true, param: { in: 'body', name: 'body' } },
        ]);
    });

    test('a $ref\'d requestBody only upstream points where the operation lists it', () => {
        expect(compare((d) => op(d).parameters.pop(), none, () => {
            const d = openapi();
            d.components.requestBodies = { Req: op(d).requestBody };
            op(d).requestBody = { $ref: '#/components/requestBodies/Req' };
            return d;
        })).toEqual([
            { kind: 'only-right', subject: 'body', direction: 'request', at: 'request/body', leftPath: [...OP, 'parameters'], rightPath: [...UP, 'requestBody'], required: true, param: { in: 'body', name: 'body' } },
        ]);
    });

    test('a dangling upstream requestBody $ref is a ToolError', () => {
        const e = thrown(() => up((d) => (op(d).requestBody = { $ref: '#/components/requestBodies/Nope' })));
        expect([e instanceof ToolError, e.message]).toEqual([
            true,
            'right.json#/paths/~1things~1{id}/post/requestBody/$ref: reference "#/components/requestBodies/Nope" does not resolve to anything in this document.',
        ]);
    });
});

describe('pairOperations', () => {
    const doc = (paths: Record<string, Record<string, string | undefined>>): Doc => ({
        swagger: '2.0',
        paths: Object.fromEntries(Object.entries(paths).map(([p, ms]) => [p, Object.fromEntries(Object.entries(ms).map(([m, id]) => [m, id === undefined ? {} : { operationId: id }]))])),
    });
    const show = (o: OperationAt) => `${o.label}@${o.key}`;
    const pair = (left: Doc, right: Doc, by: 'key' | 'operationId-then-key') => {
        const r = pairOperations(operations(left), operations(right), by);
        return { pairs: r.pairs.map((p) => [show(p.left), show(p.right), p.by]), onlyLeft: r.onlyLeft.map(show), onlyRight: r.onlyRight.map(show) };
    };

    test('key: by method + full path; unmatched on both sides', () => {
        expect(pair(doc({ '/a': { get: 'GetA', post: 'PostA' } }), doc({ '/a': { get: 'fetchA' }, '/z': { delete: 'DeleteZ' } }), 'key')).toEqual({
            pairs: [['GetA@GET /a', 'fetchA@GET /a', 'key']],
            onlyLeft: ['PostA@POST /a'],
            onlyRight: ['DeleteZ@DELETE /z'],
        });
    });

    test('key: path parameter names do not matter; the first right operation with the key wins', () => {
        expect(pair(doc({ '/a/{id}': { get: 'GetA' } }), doc({ '/a/{x}': { get: 'one' }, '/a/{y}': { get: 'two' } }), 'key')).toEqual({
            pairs: [['GetA@GET /a/{}', 'one@GET /a/{}', 'key']],
            onlyLeft: [],
            onlyRight: ['two@GET /a/{}'],
        });
    });

    test('key: a moved operation is not matched', () => {
        expect(pair(doc({ '/old': { get: 'GetThing' } }), doc({ '/new': { get: 'GetThing' } }), 'key')).toEqual({
            pairs: [],
            onlyLeft: ['GetThing@GET /old'],
            onlyRight: ['GetThing@GET /new'],
        });
    });

    test.each<[string, Doc, Doc, ReturnType<typeof pair>]>([
        ['a moved operation: by operationId', doc({ '/old': { get: 'GetThing' } }), doc({ '/new': { get: 'GetThing' } }),
            { pairs: [['GetThing@GET /old', 'GetThing@GET /new', 'operationId']], onlyLeft: [], onlyRight: [] }],
        ['a renamed operationId on the same route: by key', doc({ '/things': { get: 'ListThings' } }), doc({ '/things': { get: 'ListAllThings' } }),
            { pairs: [['ListThings@GET /things', 'ListAllThings@GET /things', 'key']], onlyLeft: [], onlyRight: [] }],
        ['no operationId on the right: by key', doc({ '/things': { get: 'ListThings' } }), doc({ '/things': { get: undefined } }),
            { pairs: [['ListThings@GET /things', 'GET /things@GET /things', 'key']], onlyLeft: [], onlyRight: [] }],
        ['no operationId on the left: by key', doc({ '/things': { get: undefined } }), doc({ '/things': { get: 'ListThings' } }),
            { pairs: [['GET /things@GET /things', 'ListThings@GET /things', 'key']], onlyLeft: [], onlyRight: [] }],
        ['the right operation on the route belongs to another left operation (moved there): not a rename',
            doc({ '/a': { get: 'A' }, '/b': { get: 'B' } }), doc({ '/a': { get: 'B' } }),
            { pairs: [['B@GET /b', 'B@GET /a', 'operationId']], onlyLeft: ['A@GET /a'], onlyRight: [] }],
        ['a right operation already matched by operationId is not matched again by key',
            doc({ '/a': { get: 'A' }, '/c': { get: 'C' } }), doc({ '/c': { get: 'A' } }),
            { pairs: [['A@GET /a', 'A@GET /c', 'operationId']], onlyLeft: ['C@GET /c'], onlyRight: [] }],
        ['unmatched on both sides', doc({ '/a': { get: 'A' } }), doc({ '/z': { put: 'Z' } }),
            { pairs: [], onlyLeft: ['A@GET /a'], onlyRight: ['Z@PUT /z'] }],
        ['pairs in left order', doc({ '/b': { get: 'B' }, '/a': { get: 'A' } }), doc({ '/a': { get: 'A' }, '/b': { get: 'B' } }),
            { pairs: [['B@GET /b', 'B@GET /b', 'operationId'], ['A@GET /a', 'A@GET /a', 'operationId']], onlyLeft: [], onlyRight: [] }],
    ])('operationId-then-key: %s', (_name, left, right, want) => {
        expect(pair(left, right, 'operationId-then-key')).toEqual(want);
    });

    test('the pairs carry the operations themselves', () => {
        const l = operations(doc({ '/a': { get: 'A' } }));
        const r = operations(doc({ '/a': { get: 'A' } }));
        const result = pairOperations(l, r, 'operationId-then-key');
        expect(result).toEqual({ pairs: [{ left: l[0], right: r[0], by: 'operationId' }], onlyLeft: [], onlyRight: [] });
        // The classifiers find an operation's pair by identity (pairs.find((p) => p.left === op)).
        expect(result.pairs[0]!.left).toBe(l[0]);
        expect(result.pairs[0]!.right).toBe(r[0]);
    });
});

describe('locate', () => {
    test.each([
        ['request/body', '', 'request/body'],
        ['request/body', 'limit', 'request/body/limit'],
        ['request/body', 'a/b', 'request/body/a/b'],
        ['responses/200/schema', '[]/name', 'responses/200/schema[]/name'],
        ['responses/200/schema', '{}', 'responses/200/schema{}'],
        ['responses/200/schema', 'items[]/vehicleId', 'responses/200/schema/items[]/vehicleId'],
    ])('%j + %j → %j', (base, field, want) => {
        expect(locate(base, field)).toBe(want);
    });
});
