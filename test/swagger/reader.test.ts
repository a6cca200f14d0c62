/**
 * The one reader of API documents (src/swagger/reader.ts), on small hand-written Swagger 2.0 and
 * OpenAPI 3 documents: operations and their matching keys, parameters (path-level, overrides, `$ref`s),
 * request and response bodies in both dialects, `$ref` resolution and its errors, status order and the
 * schema walks the validator rules use. (The base-path helpers were test/swagger/operations.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { ToolError } from '../../src/core/errors.ts';
import type { JsonObject } from '../../src/core/json.ts';
import type { JsonPathSegments } from '../../src/core/pointer.ts';
import {
    bodyParameter,
    bodyParameters,
    bodyProperties,
    countSchemas,
    derefObject,
    findOperation,
    joinPath,
    jsonMediaSchema,
    operationKey,
    operations,
    parameters,
    parameterSchema,
    requestBody,
    requestBodyParent,
    resolveRef,
    responseSchema,
    schemaProperties,
    serverBasePath,
    sortStatuses,
    statusesOf,
    successCodes,
    successResponseProperties,
    tryResolveRef,
    typedOperations,
    uniqueParameters,
    type DocSide,
    type OperationAt,
    type ParameterAt,
} from '../../src/swagger/reader.ts';
import type { SwaggerDocument, SwaggerOperation } from '../../src/swagger/types.ts';
import { thrown } from '../helpers/thrown.ts';

type Doc = Record<string, any>;

/** The operation at `pathKey`/`method` of `doc`, read in the document's own dialect. */
const opAt = (doc: Doc, pathKey: string, method: string): OperationAt => {
    const op = operations(doc).find((o) => o.pathKey === pathKey && o.method === method);
    if (!op) throw new Error(`no ${method} ${pathKey}`);
    return op;
};

/** What a ToolError carries, for one toEqual. */
const toolError = (e: Error) => ({ ToolError: e instanceof ToolError, file: (e as ToolError).file, path: (e as ToolError).path, detail: (e as ToolError).detail, message: e.message });

// ---------------------------------------------------------------------------------------------
// Operations

describe('operations', () => {
    const swagger = (): Doc => ({
        swagger: '2.0',
        basePath: '/api/',
        paths: {
            '/things/{thingId}': {
                parameters: [{ name: 'thingId', in: 'path', required: true, type: 'string' }],
                'x-foo': { operationId: 'NotAnOperation' },
                // Methods in document order, not in HTTP-method order.
                delete: { responses: {} },
                get: { operationId: 'GetThing', summary: 'Get a thing', responses: {} },
                trace: { operationId: 'TraceThing' },
                head: 'not an object',
            },
            '/broken': null,
            '/': { post: { operationId: 'Root' } },
        },
    });

    test('Swagger 2.0: basePath + path key, document order, METHOD path label without operationId; parameters, x-*, trace and non-objects skipped', () => {
        const d = swagger();
        const item = d.paths['/things/{thingId}'];
        expect(operations(d)).toEqual([
            {
                method: 'delete',
                pathKey: '/things/{thingId}',
                fullPath: '/api/things/{thingId}',
                key: 'DELETE /api/things/{}',
                operationId: undefined,
                summary: undefined,
                label: 'DELETE /things/{thingId}',
                node: item.delete,
                pathItem: item,
                at: ['paths', '/things/{thingId}', 'delete'],
            },
            {
                method: 'get',
                pathKey: '/things/{thingId}',
                fullPath: '/api/things/{thingId}',
                key: 'GET /api/things/{}',
                operationId: 'GetThing',
                summary: 'Get a thing',
                label: 'GetThing',
                node: item.get,
                pathItem: item,
                at: ['paths', '/things/{thingId}', 'get'],
            },
            {
                method: 'post',
                pathKey: '/',
                fullPath: '/api',
                key: 'POST /api',
                operationId: 'Root',
                summary: undefined,
                label: 'Root',
                node: d.paths['/'].post,
                pathItem: d.paths['/'],
                at: ['paths', '/', 'post'],
            },
        ]);
    });

    test('OpenAPI 3: the first server URL path (variables take their defaults) is the base; trace is an operation', () => {
        const d: Doc = {
            openapi: '3.0.1',
            basePath: '/ignored',
            servers: [{ url: 'https://{host}/{base}/v2', variables: { host: { default: 'up.example' }, base: { default: 'cpo' } } }, { url: '/second' }],
            paths: { '/things/{id}': { trace: { operationId: 'traceThing' }, get: { summary: 'no id' } } },
        };
        const item = d.paths['/things/{id}'];
        expect(operations(d)).toEqual([
            {
                method: 'trace',
                pathKey: '/things/{id}',
                fullPath: '/cpo/v2/things/{id}',
                key: 'TRACE /cpo/v2/things/{}',
                operationId: 'traceThing',
                summary: undefined,
                label: 'traceThing',
                node: item.trace,
                pathItem: item,
                at: ['paths', '/things/{id}', 'trace'],
            },
            {
                method: 'get',
                pathKey: '/things/{id}',
                fullPath: '/cpo/v2/things/{id}',
                key: 'GET /cpo/v2/things/{}',
                operationId: undefined,
                summary: 'no id',
                label: 'GET /things/{id}',
                node: item.get,
                pathItem: item,
                at: ['paths', '/things/{id}', 'get'],
            },
        ]);
    });

    test.each([
        ['swagger 2.0 without basePath: base "/"', { swagger: '2.0', paths: { '/a': { get: {} } } }, undefined, ['GET /a']],
        ['openapi 3 without servers: base "/"', { openapi: '3.1.0', paths: { '/a': { trace: {} } } }, undefined, ['TRACE /a']],
        ['"openapi: 2.x" is read as Swagger 2.0 (no trace)', { openapi: '2.0', basePath: '/b', paths: { '/a': { trace: {}, get: {} } } }, undefined, ['GET /b/a']],
        ['an explicit dialect wins over the document: swagger read as openapi3', { swagger: '2.0', basePath: '/b', servers: [{ url: '/s' }], paths: { '/a': { trace: {} } } }, 'openapi3', ['TRACE /s/a']],
        ['an explicit dialect wins over the document: openapi read as swagger2', { openapi: '3.0.0', basePath: '/b', servers: [{ url: '/s' }], paths: { '/a': { trace: {}, get: {} } } }, 'swagger2', ['GET /b/a']],
        ['no paths', { swagger: '2.0' }, undefined, []],
        ['paths not an object', { swagger: '2.0', paths: ['/a'] }, undefined, []],
    ] as const)('%s', (_name, doc, dialect, keys) => {
        expect(operations(structuredClone(doc) as JsonObject, dialect).map((o) => o.key)).toEqual(keys);
    });
});

describe('findOperation', () => {
    const d: Doc = { openapi: '3.0.0', servers: [{ url: '/up' }], paths: { '/a': { get: { operationId: 'getA' }, trace: { operationId: 'traceA' } } } };

    test.each([
        ['getA', 'GET /up/a'],
        ['traceA', 'TRACE /up/a'],
        ['GetA', undefined],
        ['missing', undefined],
    ])('%s', (id, key) => {
        expect(findOperation(d, id)?.key).toBe(key);
    });
});

describe('typedOperations', () => {
    test('operations with an operationId, as Swagger 2.0, with the typed node', () => {
        const d = {
            swagger: '2.0',
            basePath: '/v1',
            paths: { '/a': { get: { operationId: 'GetA', responses: {} }, put: { responses: {} }, trace: { operationId: 'TraceA' } } },
        } as unknown as SwaggerDocument;
        const a = (d.paths as Doc)['/a'];
        expect(typedOperations(d)).toEqual([
            {
                method: 'get',
                pathKey: '/a',
                fullPath: '/v1/a',
                key: 'GET /v1/a',
                operationId: 'GetA',
                summary: undefined,
                label: 'GetA',
                node: a.get,
                pathItem: a,
                at: ['paths', '/a', 'get'],
                operation: a.get,
            },
        ]);
    });
});

describe('joinPath', () => {
    test.each([
        ['/api/v2/cpo', '/v2/transactions', '/api/v2/cpo/v2/transactions'],
        ['/api/v2/cpo/', '/v2/transactions', '/api/v2/cpo/v2/transactions'],
        ['/', '/v2/transactions/', '/v2/transactions'],
        ['', '', '/'],
        ['/', '/', '/'],
        ['api//v2', 'x', '/api/v2/x'],
        ['api', 'x//y/', '/api/x/y'],
    ])('%j + %j → %j', (base, path, expected) => {
        expect(joinPath(base, path)).toBe(expected);
    });
});

describe('operationKey', () => {
    test.each([
        ['get', '/a/{chargerId}/b', 'GET /a/{}/b'],
        ['GET', '/a/{id}/b', 'GET /a/{}/b'],
        ['post', '/a/{x}/{y}', 'POST /a/{}/{}'],
        ['delete', '/a/{}', 'DELETE /a/{}'],
        ['patch', '/a/b', 'PATCH /a/b'],
    ])('%s %s → %s', (method, path, key) => {
        expect(operationKey(method, path)).toBe(key);
    });
});

describe('serverBasePath', () => {
    test.each([
        ['absolute URL with a trailing slash', { servers: [{ url: 'https://api.emabler.net/api/v2/cpo/' }] }, '/api/v2/cpo/'],
        ['relative URL', { servers: [{ url: '/api' }] }, '/api'],
        ['server variables take their defaults', { servers: [{ url: 'https://{host}/{base}', variables: { host: { default: 'x.example' }, base: { default: 'v9' } } }] }, '/v9'],
        ['a variable without a default is blanked', { servers: [{ url: '/api/{version}/x', variables: { version: {} } }] }, '/api//x'],
        ['an undeclared variable is blanked', { servers: [{ url: '/api/{version}' }] }, '/api/'],
        ['no servers', {}, '/'],
        ['servers not an array', { servers: { url: '/api' } }, '/'],
        ['first server not an object', { servers: ['/api'] }, '/'],
        ['first server without a URL', { servers: [{ description: 'x' }] }, '/'],
        ['a URL that does not parse', { servers: [{ url: 'http://[::1' }] }, '/'],
        ['only the first server counts', { servers: [{ url: '/one' }, { url: '/two' }] }, '/one'],
    ])('%s', (_name, doc, expected) => {
        expect(serverBasePath(doc)).toBe(expected);
    });
});

// ---------------------------------------------------------------------------------------------
// $ref resolution

describe('resolveRef', () => {
    const doc = (): Doc => ({
        definitions: {
            A: { type: 'object' },
            B: { $ref: '#/definitions/A' },
            'a/b': { type: 'string' },
            'My Thing': { type: 'integer' },
            Loop1: { $ref: '#/definitions/Loop2' },
            Loop2: { $ref: '#/definitions/Loop1' },
            Self: { $ref: '#/definitions/Self' },
            Foreign: { $ref: 'other.json#/definitions/X' },
            List: [1, 2],
        },
    });
    const side = (d: Doc): Pick<DocSide, 'doc' | 'file'> => ({ doc: d, file: 'f.json' });

    test.each<[string, unknown, { node: unknown; path: JsonPathSegments; ref?: string } | ((d: Doc) => { node: unknown; path: JsonPathSegments; ref?: string })]>([
        ['no $ref: the node where it is', { type: 'string' }, { node: { type: 'string' }, path: ['root'] }],
        ['a non-object', 'text', { node: 'text', path: ['root'] }],
        ['a $ref that is not a string is no reference', { $ref: 7 }, { node: { $ref: 7 }, path: ['root'] }],
        ['one hop', { $ref: '#/definitions/A' }, (d) => ({ node: d.definitions.A, path: ['definitions', 'A'], ref: '#/definitions/A' })],
        ['a chain: the last $ref followed', { $ref: '#/definitions/B' }, (d) => ({ node: d.definitions.A, path: ['definitions', 'A'], ref: '#/definitions/A' })],
        ['~1 decodes to "/"', { $ref: '#/definitions/a~1b' }, (d) => ({ node: d.definitions['a/b'], path: ['definitions', 'a/b'], ref: '#/definitions/a~1b' })],
        ['percent-escapes are decoded', { $ref: '#/definitions/My%20Thing' }, (d) => ({ node: d.definitions['My Thing'], path: ['definitions', 'My Thing'], ref: '#/definitions/My%20Thing' })],
        ['a target that is not an object', { $ref: '#/definitions/List' }, (d) => ({ node: d.definitions.List, path: ['definitions', 'List'], ref: '#/definitions/List' })],
        ['"#" is the whole document', { $ref: '#' }, (d) => ({ node: d, path: [], ref: '#' })],
    ])('%s', (_name, node, want) => {
        const d = doc();
        expect(resolveRef(side(d), node, ['root'])).toEqual(typeof want === 'function' ? want(d) : want);
    });

    test.each<[string, unknown, JsonPathSegments, string, string]>([
        ['a foreign reference', { $ref: 'other.json#/definitions/X' }, ['root', '$ref'],
            'reference "other.json#/definitions/X" points outside this document; only local references (#/...) are supported.',
            'f.json#/root/$ref: reference "other.json#/definitions/X" points outside this document; only local references (#/...) are supported.'],
        ['a foreign reference reached through a local one (pointer at the hop)', { $ref: '#/definitions/Foreign' }, ['definitions', 'Foreign', '$ref'],
            'reference "other.json#/definitions/X" points outside this document; only local references (#/...) are supported.',
            'f.json#/definitions/Foreign/$ref: reference "other.json#/definitions/X" points outside this document; only local references (#/...) are supported.'],
        ['a dangling reference', { $ref: '#/definitions/Nope' }, ['root', '$ref'],
            'reference "#/definitions/Nope" does not resolve to anything in this document.',
            'f.json#/root/$ref: reference "#/definitions/Nope" does not resolve to anything in this document.'],
        ['inherited properties are not followed', { $ref: '#/definitions/constructor' }, ['root', '$ref'],
            'reference "#/definitions/constructor" does not resolve to anything in this document.',
            'f.json#/root/$ref: reference "#/definitions/constructor" does not resolve to anything in this document.'],
        ['a circular chain of two', { $ref: '#/definitions/Loop1' }, ['definitions', 'Loop2', '$ref'],
            'circular reference chain #/definitions/Loop1 -> #/definitions/Loop2 -> #/definitions/Loop1.',
            'f.json#/definitions/Loop2/$ref: circular reference chain #/definitions/Loop1 -> #/definitions/Loop2 -> #/definitions/Loop1.'],
        ['a reference to itself', { $ref: '#/definitions/Self' }, ['definitions', 'Self', '$ref'],
            'circular reference chain #/definitions/Self -> #/definitions/Self.',
            'f.json#/definitions/Self/$ref: circular reference chain #/definitions/Self -> #/definitions/Self.'],
    ])('%s: ToolError naming the file and pointer', (_name, node, path, detail, message) => {
        const e = thrown(() => resolveRef(side(doc()), node, ['root']));
        expect(toolError(e)).toEqual({ ToolError: true, file: 'f.json', path, detail, message });
    });

    test('the pointer is encoded (path keys with "/")', () => {
        expect(thrown(() => resolveRef(side(doc()), { $ref: '#/definitions/Nope' }, ['paths', '/a/{b}', 'get', 'responses', '200'])).message).toBe(
            'f.json#/paths/~1a~1{b}/get/responses/200/$ref: reference "#/definitions/Nope" does not resolve to anything in this document.',
        );
    });
});

describe('tryResolveRef', () => {
    const d: Doc = { definitions: { A: { type: 'object' }, Loop: { $ref: '#/definitions/Loop' } } };

    test.each<[string, unknown, unknown]>([
        ['resolves like resolveRef', { $ref: '#/definitions/A' }, { node: { type: 'object' }, path: ['definitions', 'A'], ref: '#/definitions/A' }],
        ['no $ref', { type: 'x' }, { node: { type: 'x' }, path: ['at'] }],
        ['foreign → undefined', { $ref: 'x.json#/A' }, undefined],
        ['circular → undefined', { $ref: '#/definitions/Loop' }, undefined],
        ['dangling → undefined', { $ref: '#/definitions/B' }, undefined],
    ])('%s', (_name, node, want) => {
        expect(tryResolveRef(d, node, ['at'])).toEqual(want);
    });
});

describe('derefObject', () => {
    const d: Doc = { definitions: { A: { type: 'object' }, S: 'text', L: [1] } };

    test.each<[string, unknown, unknown]>([
        ['a $ref to an object', { $ref: '#/definitions/A' }, { type: 'object' }],
        ['an inline object', { type: 'string' }, { type: 'string' }],
        ['a $ref to a string', { $ref: '#/definitions/S' }, undefined],
        ['a $ref to an array', { $ref: '#/definitions/L' }, undefined],
        ['a dangling $ref', { $ref: '#/definitions/Nope' }, undefined],
        ['not an object', 'text', undefined],
        ['undefined', undefined, undefined],
    ])('%s', (_name, node, want) => {
        expect(derefObject(d, node)).toEqual(want);
    });
});

// ---------------------------------------------------------------------------------------------
// Parameters

describe('parameters', () => {
    const P = '/things/{thingId}';
    const doc = (): Doc => ({
        swagger: '2.0',
        parameters: { fields: { name: 'fields', in: 'query', type: 'string' } },
        paths: {
            [P]: {
                parameters: [
                    { name: 'X-Trace', in: 'header', type: 'string' },
                    { name: 'thingId', in: 'path', required: true, type: 'string' },
                    { name: 'page', in: 'query', type: 'integer' },
                ],
                get: {
                    operationId: 'GetThing',
                    parameters: [
                        { name: 'x-trace', in: 'header', type: 'integer' },
                        { $ref: '#/parameters/fields' },
                        { $ref: '#/parameters/missing' },
                        { name: 'noIn' },
                        'junk',
                        { name: 'Page', in: 'query', type: 'integer' },
                    ],
                },
                put: { operationId: 'PutThing' },
            },
        },
    });
    const OP: JsonPathSegments = ['paths', P, 'get'];
    const summary = (ps: ParameterAt[]) => ps.map((p) => ({ in: p.in, name: p.name, node: p.node, at: p.at, site: p.site, op: p.op.label }));

    test('path-level first, then operation-level; an override (header names case-insensitive) takes its operation-level place; $ref gives at = target, site = list position; broken entries skipped', () => {
        const d = doc();
        const item = d.paths[P];
        expect(summary(parameters(d, opAt(d, P, 'get')))).toEqual([
            { in: 'path', name: 'thingId', node: item.parameters[1], at: ['paths', P, 'parameters', 1], site: ['paths', P, 'parameters', 1], op: 'GetThing' },
            // Query names are case-sensitive: "page" and "Page" are two parameters.
            { in: 'query', name: 'page', node: item.parameters[2], at: ['paths', P, 'parameters', 2], site: ['paths', P, 'parameters', 2], op: 'GetThing' },
            { in: 'header', name: 'x-trace', node: item.get.parameters[0], at: [...OP, 'parameters', 0], site: [...OP, 'parameters', 0], op: 'GetThing' },
            { in: 'query', name: 'fields', node: d.parameters.fields, at: ['parameters', 'fields'], site: [...OP, 'parameters', 1], op: 'GetThing' },
            { in: 'query', name: 'Page', node: item.get.parameters[5], at: [...OP, 'parameters', 5], site: [...OP, 'parameters', 5], op: 'GetThing' },
        ]);
    });

    test('an operation with no parameters of its own takes the path-level ones', () => {
        const d = doc();
        expect(parameters(d, opAt(d, P, 'put')).map((p) => [p.in, p.name, p.site])).toEqual([
            ['header', 'X-Trace', ['paths', P, 'parameters', 0]],
            ['path', 'thingId', ['paths', P, 'parameters', 1]],
            ['query', 'page', ['paths', P, 'parameters', 2]],
        ]);
    });

    test('with strict, an unresolvable $ref is a ToolError naming the file and pointer', () => {
        const d = doc();
        const e = thrown(() => parameters(d, opAt(d, P, 'get'), { doc: d, file: 'ours.json', dialect: 'swagger2' }));
        expect(toolError(e)).toEqual({
            ToolError: true,
            file: 'ours.json',
            path: [...OP, 'parameters', 2, '$ref'],
            detail: 'reference "#/parameters/missing" does not resolve to anything in this document.',
            message: 'ours.json#/paths/~1things~1{thingId}/get/parameters/2/$ref: reference "#/parameters/missing" does not resolve to anything in this document.',
        });
    });

    test('with strict and nothing broken, the same list as without', () => {
        const d = doc();
        d.paths[P].get.parameters.splice(2, 1);
        const op = opAt(d, P, 'get');
        expect(parameters(d, op, { doc: d, file: 'ours.json', dialect: 'swagger2' })).toEqual(parameters(d, op));
        expect(parameters(d, op).map((p) => p.name)).toEqual(['thingId', 'page', 'x-trace', 'fields', 'Page']);
    });
});

describe('uniqueParameters / bodyParameters', () => {
    const doc = (): Doc => ({
        swagger: '2.0',
        parameters: { shared: { name: 'fields', in: 'query', type: 'string' }, body: { name: 'body', in: 'body', schema: { type: 'object' } } },
        paths: {
            '/a': {
                parameters: [{ name: 'tenant', in: 'header', type: 'string' }],
                get: { operationId: 'GetA', parameters: [{ $ref: '#/parameters/shared' }] },
                post: { operationId: 'PostA', parameters: [{ $ref: '#/parameters/shared' }, { $ref: '#/parameters/body' }] },
            },
            '/b': {
                put: { operationId: 'PutB', parameters: [{ $ref: '#/parameters/body' }, { name: 'fields', in: 'query', type: 'string' }] },
            },
        },
    });

    test('uniqueParameters: each parameter object once, where it is defined, with the first operation that uses it', () => {
        expect(uniqueParameters(doc()).map((p) => [p.in, p.name, p.at, p.op.label])).toEqual([
            ['header', 'tenant', ['paths', '/a', 'parameters', 0], 'GetA'],
            ['query', 'fields', ['parameters', 'shared'], 'GetA'],
            ['body', 'body', ['parameters', 'body'], 'PostA'],
            // Same name as the shared one, but its own object.
            ['query', 'fields', ['paths', '/b', 'put', 'parameters', 1], 'PutB'],
        ]);
    });

    test('bodyParameters: the body ones only', () => {
        expect(bodyParameters(doc()).map((p) => [p.name, p.at, p.site, p.op.label])).toEqual([['body', ['parameters', 'body'], ['paths', '/a', 'post', 'parameters', 1], 'PostA']]);
    });

    test('no body parameters → []', () => {
        const d = doc();
        delete d.paths['/a'].post;
        d.paths['/b'].put.parameters.shift();
        expect(bodyParameters(d)).toEqual([]);
    });
});

describe('bodyParameter', () => {
    const body = { name: 'body', in: 'body', required: true, description: 'B.', schema: { type: 'object' } };
    const query = { name: 'q', in: 'query', required: false, description: 'Q.', type: 'string' };
    const op = (parameters?: unknown[]): SwaggerOperation => ({ operationId: 'X', summary: 'X', description: 'X.', responses: {}, ...(parameters ? { parameters } : {}) }) as SwaggerOperation;

    test.each<[string, SwaggerOperation, unknown]>([
        ['the body and its index', op([query, body]), { param: body, index: 1 }],
        ['first position', op([body, query]), { param: body, index: 0 }],
        ['no body parameter', op([query]), undefined],
        ['empty parameters', op([]), undefined],
        ['no parameters at all', op(), undefined],
    ])('%s', (_name, operation, want) => {
        expect(bodyParameter(operation)).toEqual(want);
    });
});

// ---------------------------------------------------------------------------------------------
// Request and response bodies

describe('jsonMediaSchema', () => {
    const AT = ['op', 'content'];
    test.each<[string, unknown, unknown]>([
        ['application/json is preferred', { 'text/plain': { schema: { a: 1 } }, 'application/problem+json': { schema: { b: 1 } }, 'application/json': { schema: { c: 1 } } },
            { node: { c: 1 }, path: [...AT, 'application/json', 'schema'] }],
        ['else the first *json* type', { 'text/plain': { schema: { a: 1 } }, 'application/vnd.x+json': { schema: { b: 1 } }, 'text/json': { schema: { c: 1 } } },
            { node: { b: 1 }, path: [...AT, 'application/vnd.x+json', 'schema'] }],
        ['else the first type', { 'text/plain': { schema: { a: 1 } }, 'application/xml': { schema: { b: 1 } } }, { node: { a: 1 }, path: [...AT, 'text/plain', 'schema'] }],
        ['the chosen type has no schema → undefined (others are not tried)', { 'application/json': {}, 'text/plain': { schema: { a: 1 } } }, undefined],
        ['the chosen media is not an object', { 'application/json': 'x' }, undefined],
        ['empty content', {}, undefined],
        ['content not an object', ['application/json'], undefined],
        ['no content', undefined, undefined],
    ])('%s', (_name, content, want) => {
        expect(jsonMediaSchema(content, AT)).toEqual(want);
    });
});

describe('requestBody', () => {
    const swagger = (): Doc => ({
        swagger: '2.0',
        parameters: { sharedBody: { name: 'payload', in: 'body', schema: { type: 'object', properties: { a: { type: 'string' } } } } },
        paths: {
            '/inline': { post: { parameters: [{ name: 'q', in: 'query', type: 'string' }, { name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/X' } }] } },
            '/shared': { post: { parameters: [{ $ref: '#/parameters/sharedBody' }] } },
            '/none': { get: { parameters: [{ name: 'q', in: 'query', type: 'string' }] } },
            '/dangling': { post: { parameters: [{ $ref: '#/parameters/nope' }] } },
        },
    });
    const s2 = (d: Doc): DocSide => ({ doc: d, file: 'ours.json', dialect: 'swagger2' });

    test('Swagger 2.0: the body parameter, where the operation lists it', () => {
        const d = swagger();
        const p = d.paths['/inline'].post.parameters[1];
        const at = ['paths', '/inline', 'post', 'parameters', 1];
        expect(requestBody(s2(d), opAt(d, '/inline', 'post'))).toEqual({ node: p, path: at, site: at, name: 'body', required: true, schema: { node: p.schema, path: [...at, 'schema'] } });
    });

    test('Swagger 2.0: a $ref\'d body parameter is the target, at its definition, listed at its list position; without required it is optional', () => {
        const d = swagger();
        const at = ['parameters', 'sharedBody'];
        expect(requestBody(s2(d), opAt(d, '/shared', 'post'))).toEqual({
            node: d.parameters.sharedBody,
            path: at,
            site: ['paths', '/shared', 'post', 'parameters', 0],
            name: 'payload',
            required: false,
            schema: { node: d.parameters.sharedBody.schema, path: [...at, 'schema'] },
        });
    });

    // Regression: the schema path of a `$ref`'d body parameter was built from its list position
    // (`#/paths/~1shared/post/parameters/0/schema`, which does not exist: that entry is `{ $ref }`).
    test('Swagger 2.0: a $ref\'d body parameter\'s schema path is where the schema is', () => {
        const d = swagger();
        expect(requestBody(s2(d), opAt(d, '/shared', 'post'))?.schema).toEqual({ node: d.parameters.sharedBody.schema, path: ['parameters', 'sharedBody', 'schema'] });
    });

    test('Swagger 2.0: no body parameter → undefined', () => {
        const d = swagger();
        expect(requestBody(s2(d), opAt(d, '/none', 'get'))).toBe(undefined);
    });

    test('Swagger 2.0: an unresolvable parameter $ref is a ToolError', () => {
        const d = swagger();
        expect(thrown(() => requestBody(s2(d), opAt(d, '/dangling', 'post'))).message).toBe(
            'ours.json#/paths/~1dangling/post/parameters/0/$ref: reference "#/parameters/nope" does not resolve to anything in this document.',
        );
    });

    const openapi = (): Doc => ({
        openapi: '3.0.1',
        components: {
            requestBodies: { Shared: { required: true, content: { 'text/plain': { schema: { type: 'string' } }, 'application/merge-patch+json': { schema: { type: 'object' } } } } },
        },
        paths: {
            '/inline': { post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/x' } } } } } },
            '/shared': { post: { requestBody: { $ref: '#/components/requestBodies/Shared' } } },
            '/none': { get: {} },
            '/no-schema': { post: { requestBody: { required: true, content: { 'application/json': {} } } } },
            '/no-content': { post: { requestBody: { required: true } } },
            '/not-object': { post: { requestBody: 'x' } },
            '/dangling': { post: { requestBody: { $ref: '#/components/requestBodies/Nope' } } },
        },
    });
    const o3 = (d: Doc): DocSide => ({ doc: d, file: 'up.json', dialect: 'openapi3' });

    test.each<[string, string, (d: Doc) => unknown]>([
        ['inline, not required', '/inline', (d) => {
            const rb = d.paths['/inline'].post.requestBody;
            return { node: rb, path: ['paths', '/inline', 'post', 'requestBody'], site: ['paths', '/inline', 'post', 'requestBody'], name: 'body', required: false, schema: { node: rb.content['application/json'].schema, path: ['paths', '/inline', 'post', 'requestBody', 'content', 'application/json', 'schema'] } };
        }],
        ['$ref: the target, its path, the *json* media type', '/shared', (d) => {
            const rb = d.components.requestBodies.Shared;
            return { node: rb, path: ['components', 'requestBodies', 'Shared'], site: ['paths', '/shared', 'post', 'requestBody'], name: 'body', required: true, schema: { node: { type: 'object' }, path: ['components', 'requestBodies', 'Shared', 'content', 'application/merge-patch+json', 'schema'] } };
        }],
        ['no requestBody', '/none', () => undefined],
        ['a media type without schema', '/no-schema', () => undefined],
        ['no content', '/no-content', () => undefined],
        ['requestBody not an object', '/not-object', () => undefined],
    ])('OpenAPI 3: %s', (_name, path, want) => {
        const d = openapi();
        const method = path === '/none' ? 'get' : 'post';
        expect(requestBody(o3(d), opAt(d, path, method))).toEqual(want(d));
    });

    test('OpenAPI 3: a dangling requestBody $ref is a ToolError naming the file and pointer', () => {
        const d = openapi();
        const e = thrown(() => requestBody(o3(d), opAt(d, '/dangling', 'post')));
        expect(toolError(e)).toEqual({
            ToolError: true,
            file: 'up.json',
            path: ['paths', '/dangling', 'post', 'requestBody', '$ref'],
            detail: 'reference "#/components/requestBodies/Nope" does not resolve to anything in this document.',
            message: 'up.json#/paths/~1dangling/post/requestBody/$ref: reference "#/components/requestBodies/Nope" does not resolve to anything in this document.',
        });
    });
});

describe('requestBodyParent', () => {
    const d: Doc = { swagger: '2.0', paths: { '/a/{b}': { post: {} } } };
    test.each([
        ['swagger2', ['paths', '/a/{b}', 'post', 'parameters']],
        ['openapi3', ['paths', '/a/{b}', 'post']],
    ] as const)('%s', (dialect, want) => {
        expect(requestBodyParent(dialect, opAt(d, '/a/{b}', 'post'))).toEqual(want);
    });
});

describe('parameterSchema', () => {
    const d: Doc = {
        swagger: '2.0',
        parameters: { shared: { name: 'q', in: 'query', schema: { type: 'string' } } },
        paths: { '/a': { get: { parameters: [{ name: 'p', in: 'query', type: 'integer', schema: { type: 'string' } }, { name: 'n', in: 'query', type: 'integer' }, { $ref: '#/parameters/shared' }] } } },
    };
    const [p, n, shared] = parameters(d, opAt(d, '/a', 'get'));
    const AT = ['paths', '/a', 'get', 'parameters'];

    test.each<[string, 'swagger2' | 'openapi3', ParameterAt, unknown]>([
        ['swagger2: the parameter itself', 'swagger2', p!, { node: d.paths['/a'].get.parameters[0], path: [...AT, 0] }],
        ['swagger2: the parameter itself, even without a schema', 'swagger2', n!, { node: d.paths['/a'].get.parameters[1], path: [...AT, 1] }],
        ['openapi3: its schema', 'openapi3', p!, { node: { type: 'string' }, path: [...AT, 0, 'schema'] }],
        ['openapi3: no schema → undefined', 'openapi3', n!, undefined],
        ['swagger2: a $ref\'d parameter itself, where it is defined', 'swagger2', shared!, { node: d.parameters.shared, path: ['parameters', 'shared'] }],
        ['openapi3: a $ref\'d parameter\'s schema, where it is defined (not under its list position)', 'openapi3', shared!, { node: { type: 'string' }, path: ['parameters', 'shared', 'schema'] }],
    ])('%s', (_name, dialect, param, want) => {
        expect(parameterSchema(dialect, param)).toEqual(want);
    });
});

describe('responseSchema', () => {
    test.each<[string, 'swagger2' | 'openapi3', unknown, unknown]>([
        ['swagger2: its schema', 'swagger2', { description: 'ok', schema: { type: 'object' } }, { node: { type: 'object' }, path: ['r', 'schema'] }],
        ['swagger2: no schema', 'swagger2', { description: 'ok' }, undefined],
        ['swagger2: content is not read', 'swagger2', { content: { 'application/json': { schema: {} } } }, undefined],
        ['openapi3: the JSON media type\'s schema', 'openapi3', { content: { 'text/plain': { schema: { a: 1 } }, 'application/json': { schema: { b: 1 } } } }, { node: { b: 1 }, path: ['r', 'content', 'application/json', 'schema'] }],
        ['openapi3: schema is not read', 'openapi3', { schema: { type: 'object' } }, undefined],
        ['openapi3: no content', 'openapi3', { description: 'ok' }, undefined],
        ['not an object', 'swagger2', 'x', undefined],
    ])('%s', (_name, dialect, node, want) => {
        expect(responseSchema(dialect, { node, path: ['r'] })).toEqual(want);
    });
});

// ---------------------------------------------------------------------------------------------
// Responses

describe('sortStatuses', () => {
    test('numeric ascending, a range after its hundreds, default last', () => {
        const input = ['default', '500', '4XX', '200', '404', '2XX', '201', '400', '599'];
        expect(sortStatuses(input)).toEqual(['200', '201', '2XX', '400', '404', '4XX', '500', '599', 'default']);
        expect(input).toEqual(['default', '500', '4XX', '200', '404', '2XX', '201', '400', '599']);
    });

    test.each([
        [[], []],
        [['default'], ['default']],
        [['5XX', '499', '4XX'], ['499', '4XX', '5XX']],
        [['1000', '999'], ['999', '1000']],
    ])('%j → %j', (input, want) => {
        expect(sortStatuses(input)).toEqual(want);
    });
});

describe('statusesOf', () => {
    test.each<[string, { responses?: unknown }, string[]]>([
        ['sorted', { responses: { default: {}, '404': {}, '200': {}, '4XX': {} } }, ['200', '404', '4XX', 'default']],
        ['no responses', {}, []],
        ['responses not an object', { responses: ['200'] }, []],
    ])('%s', (_name, op, want) => {
        expect(statusesOf(op)).toEqual(want);
    });
});

describe('successCodes', () => {
    test.each<[string, JsonObject, string[]]>([
        ['three-digit 2xx only', { responses: { default: {}, '204': {}, '2XX': {}, '200': {}, '201': {}, '302': {}, '199': {} } }, ['200', '201', '204']],
        ['none', { responses: { '400': {} } }, []],
        ['no responses', {}, []],
    ])('%s', (_name, op, want) => {
        expect(successCodes(op)).toEqual(want);
    });
});

// ---------------------------------------------------------------------------------------------
// Schemas

describe('schemaProperties', () => {
    const doc = (): Doc => ({
        definitions: {
            Page: {
                type: 'object',
                allOf: [{ $ref: '#/definitions/Base' }, { properties: { extra: { type: 'string' } } }],
                properties: {
                    items: { type: 'array', items: { $ref: '#/definitions/Item' } },
                    meta: { $ref: '#/definitions/Meta' },
                    secret: { type: 'object', 'x-ms-visibility': 'internal', properties: { inner: { type: 'string' } } },
                    tags: { type: 'object', additionalProperties: { properties: { label: { type: 'string' } } } },
                    other: { $ref: 'other.json#/definitions/X' },
                    junk: 'not a schema',
                },
            },
            Item: { properties: { id: { type: 'integer' }, again: { $ref: '#/definitions/Item' } } },
            Meta: { properties: { total: { type: 'integer' } } },
            Base: { properties: { kind: { type: 'string' } } },
        },
    });
    const ROOT = ['paths', '/a', 'get', 'responses', '200', 'schema'];
    const PAGE = ['definitions', 'Page', 'properties'];
    const names = (d: Doc, skipInternal?: boolean) =>
        schemaProperties(d, { $ref: '#/definitions/Page' }, ROOT, skipInternal === undefined ? undefined : { skipInternal }).map((p) => [p.name, p.at]);

    test('properties, items, additionalProperties and allOf, each $ref followed once, reported where defined; $ref properties themselves are not listed', () => {
        expect(names(doc())).toEqual([
            ['items', [...PAGE, 'items']],
            ['id', ['definitions', 'Item', 'properties', 'id']],
            ['total', ['definitions', 'Meta', 'properties', 'total']],
            ['secret', [...PAGE, 'secret']],
            ['inner', [...PAGE, 'secret', 'properties', 'inner']],
            ['tags', [...PAGE, 'tags']],
            ['label', [...PAGE, 'tags', 'additionalProperties', 'properties', 'label']],
            ['kind', ['definitions', 'Base', 'properties', 'kind']],
            ['extra', ['definitions', 'Page', 'allOf', 1, 'properties', 'extra']],
        ]);
    });

    test('skipInternal leaves out x-ms-visibility: internal properties and everything below them', () => {
        expect(names(doc(), true).map(([n]) => n)).toEqual(['items', 'id', 'total', 'tags', 'label', 'kind', 'extra']);
        expect(names(doc(), false).map(([n]) => n)).toEqual(['items', 'id', 'total', 'secret', 'inner', 'tags', 'label', 'kind', 'extra']);
    });

    test('each property object is returned as is', () => {
        const d = doc();
        expect(schemaProperties(d, d.definitions.Meta, ['definitions', 'Meta'])).toEqual([{ name: 'total', schema: { type: 'integer' }, at: ['definitions', 'Meta', 'properties', 'total'] }]);
    });

    test.each<[string, unknown, unknown[]]>([
        ['an inline schema: paths under the given location', { properties: { a: { type: 'string' } }, items: { properties: { b: {} } } }, [['a', [...ROOT, 'properties', 'a']], ['b', [...ROOT, 'items', 'properties', 'b']]]],
        ['a foreign $ref is not followed', { $ref: 'other.json#/definitions/Meta' }, []],
        ['a dangling $ref', { $ref: '#/definitions/Nope' }, []],
        ['not an object', 'x', []],
        ['undefined', undefined, []],
        ['items as an array (tuple) is not walked', { items: [{ properties: { a: {} } }] }, []],
    ])('%s', (_name, schema, want) => {
        expect(schemaProperties(doc(), schema, ROOT).map((p) => [p.name, p.at])).toEqual(want);
    });
});

describe('countSchemas', () => {
    const d: Doc = {
        definitions: {
            A: { type: 'object', properties: { b: { $ref: '#/definitions/B' }, b2: { $ref: '#/definitions/B' } } },
            B: { type: 'object', properties: { x: { type: 'string' } } },
            Self: { properties: { me: { $ref: '#/definitions/Self' } } },
        },
    };
    test.each<[string, unknown, number]>([
        ['a primitive', { type: 'string' }, 1],
        ['properties', { properties: { a: {}, b: { type: 'integer' } } }, 3],
        ['items', { type: 'array', items: { type: 'string' } }, 2],
        ['items as an array (tuple): each', { type: 'array', items: [{}, {}, 'x'] }, 3],
        ['additionalProperties object (true is no schema)', { additionalProperties: { type: 'string' }, properties: { m: { additionalProperties: true } } }, 3],
        ['allOf parts', { allOf: [{}, { properties: { a: {} } }] }, 4],
        ['a $ref used twice counts once', { $ref: '#/definitions/A' }, 3],
        ['a self-referencing $ref counts once', { $ref: '#/definitions/Self' }, 1],
        ['a foreign $ref counts nothing', { properties: { f: { $ref: 'x.json#/A' } } }, 1],
        ['a dangling $ref counts nothing', { $ref: '#/definitions/Nope' }, 0],
        ['not an object', 'x', 0],
    ])('%s → %d', (_name, schema, want) => {
        expect(countSchemas(d, schema)).toBe(want);
    });
});

describe('bodyProperties', () => {
    const doc = (): Doc => ({
        swagger: '2.0',
        parameters: { shared: { name: 'body', in: 'body', schema: { $ref: '#/definitions/Req' } } },
        paths: {
            '/a': {
                post: { operationId: 'PostA', parameters: [{ name: 'body', in: 'body', schema: { properties: { own: { type: 'string' }, req: { $ref: '#/definitions/Req' } } } }] },
                put: { operationId: 'PutA', parameters: [{ $ref: '#/parameters/shared' }] },
            },
            '/b': { post: { operationId: 'PostB', parameters: [{ $ref: '#/parameters/shared' }, { name: 'q', in: 'query', type: 'string' }] } },
        },
        definitions: { Req: { properties: { page: { type: 'integer' }, hidden: { type: 'string', 'x-ms-visibility': 'internal' } } } },
    });

    test('properties of body schemas, internal ones skipped, each once where defined, with the first operation reaching it', () => {
        expect(bodyProperties(doc()).map((p) => [p.prop.name, p.prop.at, p.op.label])).toEqual([
            ['own', ['paths', '/a', 'post', 'parameters', 0, 'schema', 'properties', 'own'], 'PostA'],
            ['page', ['definitions', 'Req', 'properties', 'page'], 'PostA'],
        ]);
    });

    test('a $ref\'d body parameter\'s inline schema is reported under the parameter definition', () => {
        const d = doc();
        d.parameters.shared.schema = { properties: { inline: { type: 'string' } } };
        delete d.paths['/a'].post;
        expect(bodyProperties(d).map((p) => [p.prop.name, p.prop.at, p.op.label])).toEqual([['inline', ['parameters', 'shared', 'schema', 'properties', 'inline'], 'PutA']]);
    });

    test('no body parameters → []', () => {
        expect(bodyProperties({ swagger: '2.0', paths: { '/a': { get: { parameters: [{ name: 'q', in: 'query' }] } } } })).toEqual([]);
    });
});

describe('successResponseProperties', () => {
    const doc = (): Doc => ({
        swagger: '2.0',
        responses: { Shared: { description: 'ok', schema: { $ref: '#/definitions/Thing' } } },
        paths: {
            '/a': {
                get: {
                    operationId: 'GetA',
                    responses: {
                        '200': { description: 'ok', schema: { type: 'array', items: { $ref: '#/definitions/Thing' } } },
                        '201': { description: 'created', schema: { properties: { created: { type: 'boolean', 'x-ms-visibility': 'internal' } } } },
                        '400': { description: 'bad', schema: { properties: { error: { type: 'string' } } } },
                        default: { description: 'x', schema: { properties: { fallback: {} } } },
                    },
                },
            },
            '/b': { get: { operationId: 'GetB', responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/Thing' } }, '204': { description: 'none' } } } },
        },
        definitions: { Thing: { properties: { id: { type: 'integer' } } } },
    });

    test('2xx response schemas only, each property once where defined (internal ones kept), first operation', () => {
        expect(successResponseProperties(doc()).map((p) => [p.prop.name, p.prop.at, p.op.label])).toEqual([
            ['id', ['definitions', 'Thing', 'properties', 'id'], 'GetA'],
            ['created', ['paths', '/a', 'get', 'responses', '201', 'schema', 'properties', 'created'], 'GetA'],
        ]);
    });

    // Regression: a `$ref`'d response (`#/responses/<name>`) was read without following it, so the
    // property rules silently skipped its schema's properties.
    test('a $ref\'d response (#/responses/Shared) is followed', () => {
        const d = doc();
        d.paths = { '/c': { get: { operationId: 'GetC', responses: { '200': { $ref: '#/responses/Shared' } } } } };
        expect(successResponseProperties(d).map((p) => [p.prop.name, p.prop.at, p.op.label])).toEqual([['id', ['definitions', 'Thing', 'properties', 'id'], 'GetC']]);
    });

    test('a $ref\'d response\'s inline schema is reported under the response definition', () => {
        const d = doc();
        d.responses.Shared.schema = { properties: { inline: { type: 'string' } } };
        d.paths = { '/c': { get: { operationId: 'GetC', responses: { '200': { $ref: '#/responses/Shared' } } } } };
        expect(successResponseProperties(d).map((p) => [p.prop.name, p.prop.at, p.op.label])).toEqual([['inline', ['responses', 'Shared', 'schema', 'properties', 'inline'], 'GetC']]);
    });

    test('a response $ref that does not resolve is skipped', () => {
        const d = doc();
        d.paths = { '/c': { get: { operationId: 'GetC', responses: { '200': { $ref: '#/responses/Nope' }, '201': { description: 'ok', schema: { $ref: '#/definitions/Thing' } } } } } };
        expect(successResponseProperties(d).map((p) => [p.prop.name, p.prop.at, p.op.label])).toEqual([['id', ['definitions', 'Thing', 'properties', 'id'], 'GetC']]);
    });
});
