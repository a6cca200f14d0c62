/**
 * check:breaking classification: one case per kind of change, each compared with the hand-written
 * v1 fixture and expected to give exactly these diagnostics.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkBreaking } from '../../src/breaking/check.ts';
import { ToolError } from '../../src/core/errors.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { ROOT_DIR } from '../helpers/shared.ts';
import { thrown } from '../helpers/thrown.ts';

type Doc = Record<string, any>;
const V1_FILE = 'v1/apiDefinition.swagger.json';
const CURRENT = 'apiDefinition.swagger.json';
const v1: Doc = JSON.parse(readFileSync(join(ROOT_DIR, 'test/fixtures/breaking/v1/apiDefinition.swagger.json'), 'utf8'));

const run = (mutate: (d: Doc) => void): Diagnostic[] => {
    const current = structuredClone(v1);
    mutate(current);
    return checkBreaking({ old: structuredClone(v1), oldFile: V1_FILE, current, currentFile: CURRENT });
};

const LIST = ['paths', '/widgets', 'get'];
const CREATE = ['paths', '/widgets', 'post'];
const d = (ruleId: string, severity: Diagnostic['severity'], path: (string | number)[], message: string): Diagnostic => ({ ruleId, severity, message, path, file: CURRENT });

const cases: { name: string; mutate: (doc: Doc) => void; expected: Diagnostic[] }[] = [
    { name: 'unchanged connector', mutate: () => {}, expected: [] },
    {
        name: 'descriptions and summaries may change freely',
        mutate: (doc) => {
            doc.paths['/widgets'].get.summary = 'List all widgets';
            doc.definitions.Widget.properties.name.description = 'The name.';
        },
        expected: [],
    },
    {
        name: 'operation removed',
        mutate: (doc) => delete doc.paths['/widgets'].post,
        expected: [
            d('breaking-operation-removed', 'error', ['paths', '/widgets'],
                'CreateWidget operation: POST /api/widgets removed (was v1/apiDefinition.swagger.json#/paths/~1widgets/post); flows that use it stop working.'),
        ],
    },
    {
        name: 'operationId changed at the same method and path',
        mutate: (doc) => (doc.paths['/widgets'].post.operationId = 'AddWidget'),
        expected: [
            d('breaking-operation-id-changed', 'error', [...CREATE, 'operationId'],
                'AddWidget operation: operationId changed from "CreateWidget" to "AddWidget"; flows reference operations by operationId and lose this one.'),
        ],
    },
    {
        name: 'path changed (same operationId)',
        mutate: (doc) => {
            doc.paths['/items'] = { get: doc.paths['/widgets'].get };
            delete doc.paths['/widgets'].get;
        },
        expected: [
            d('breaking-operation-moved', 'error', ['paths', '/items', 'get'],
                'ListWidgets operation: moved from GET /api/widgets to GET /api/items; Power Platform treats a path or method change as breaking.'),
        ],
    },
    {
        name: 'method changed (same operationId)',
        mutate: (doc) => {
            doc.paths['/widgets'].put = doc.paths['/widgets'].post;
            delete doc.paths['/widgets'].post;
        },
        expected: [
            d('breaking-operation-moved', 'error', ['paths', '/widgets', 'put'],
                'CreateWidget operation: moved from POST /api/widgets to PUT /api/widgets; Power Platform treats a path or method change as breaking.'),
        ],
    },
    {
        name: 'base path changed moves every operation',
        mutate: (doc) => (doc.basePath = '/api/v2'),
        expected: [
            d('breaking-operation-moved', 'error', LIST, 'ListWidgets operation: moved from GET /api/widgets to GET /api/v2/widgets; Power Platform treats a path or method change as breaking.'),
            d('breaking-operation-moved', 'error', CREATE, 'CreateWidget operation: moved from POST /api/widgets to POST /api/v2/widgets; Power Platform treats a path or method change as breaking.'),
        ],
    },
    {
        name: 'operation added',
        mutate: (doc) => (doc.paths['/widgets/{id}'] = { delete: { operationId: 'DeleteWidget', summary: 'Delete widget', description: 'Deletes.', parameters: [], responses: { '204': { description: 'Deleted.' } } } }),
        expected: [d('compatible-addition', 'info', ['paths', '/widgets/{id}', 'delete'], 'DeleteWidget operation: DELETE /api/widgets/{id} added; not breaking.')],
    },
    {
        name: 'operation made internal',
        mutate: (doc) => (doc.paths['/widgets'].get['x-ms-visibility'] = 'internal'),
        expected: [
            d('breaking-made-internal', 'error', LIST, 'ListWidgets operation: x-ms-visibility changed from null to "internal"; the designer hides it, so flows that use it break.'),
        ],
    },
    {
        name: 'parameter removed',
        mutate: (doc) => doc.paths['/widgets'].get.parameters.splice(0, 1),
        expected: [
            d('breaking-parameter-removed', 'error', [...LIST, 'parameters'], 'ListWidgets request/query/colour: parameter "colour" (in query) removed; flows that set it break.'),
        ],
    },
    {
        name: 'parameter renamed is reported as removed + added',
        mutate: (doc) => (doc.paths['/widgets'].get.parameters[1].name = 'pageSize'),
        expected: [
            d('breaking-parameter-removed', 'error', [...LIST, 'parameters'], 'ListWidgets request/query/limit: parameter "limit" (in query) removed; flows that set it break.'),
            d('compatible-addition', 'info', [...LIST, 'parameters', 1], 'ListWidgets request/query/pageSize: optional parameter "pageSize" (in query) added; not breaking.'),
        ],
    },
    {
        name: 'optional parameter added',
        mutate: (doc) => doc.paths['/widgets'].get.parameters.push({ name: 'shape', in: 'query', required: false, type: 'string', description: 'Shape.' }),
        expected: [d('compatible-addition', 'info', [...LIST, 'parameters', 2], 'ListWidgets request/query/shape: optional parameter "shape" (in query) added; not breaking.')],
    },
    {
        name: 'required parameter added',
        mutate: (doc) => doc.paths['/widgets'].get.parameters.push({ name: 'shape', in: 'query', required: true, type: 'string', description: 'Shape.' }),
        expected: [d('breaking-made-required', 'error', [...LIST, 'parameters', 2], 'ListWidgets request/query/shape: required parameter "shape" (in query) added; existing flows do not send it.')],
    },
    {
        name: 'required internal parameter with a default added',
        mutate: (doc) => doc.paths['/widgets'].get.parameters.push({ name: 'api-version', in: 'query', required: true, type: 'string', default: '2', 'x-ms-visibility': 'internal', description: 'Version.' }),
        expected: [
            d('compatible-addition', 'info', [...LIST, 'parameters', 2], 'ListWidgets request/query/api-version: required (internal, with a default) parameter "api-version" (in query) added; not breaking.'),
        ],
    },
    {
        name: 'parameter optional → required',
        mutate: (doc) => (doc.paths['/widgets'].get.parameters[1].required = true),
        expected: [d('breaking-made-required', 'error', [...LIST, 'parameters', 1, 'required'], 'ListWidgets request/query/limit/required: optional before, required now; existing flows do not send it.')],
    },
    {
        name: 'parameter required → optional',
        mutate: (doc) => (doc.paths['/widgets'].post.parameters[0].required = false),
        expected: [d('compatible-change', 'info', [...CREATE, 'parameters', 0, 'required'], 'CreateWidget request/body/required: required before, optional now; not breaking.')],
    },
    {
        name: 'parameter type change',
        mutate: (doc) => {
            doc.paths['/widgets'].get.parameters[1].type = 'string';
            delete doc.paths['/widgets'].get.parameters[1].format;
            delete doc.paths['/widgets'].get.parameters[1].maximum;
        },
        expected: [
            d('breaking-type-changed', 'error', [...LIST, 'parameters', 1, 'type'], 'ListWidgets request/query/limit: type changed from "integer" to "string"; Power Platform treats an input or output type change as breaking.'),
        ],
    },
    {
        name: 'parameter made internal',
        mutate: (doc) => (doc.paths['/widgets'].get.parameters[0]['x-ms-visibility'] = 'internal'),
        expected: [
            d('breaking-made-internal', 'error', [...LIST, 'parameters', 0, 'x-ms-visibility'], 'ListWidgets request/query/colour: visibility changed from absent to "internal"; the designer hides it, so flows that use it break.'),
        ],
    },
    {
        name: 'request enum narrowed',
        mutate: (doc) => (doc.paths['/widgets'].get.parameters[0].enum = ['red']),
        expected: [d('breaking-enum-narrowed', 'error', [...LIST, 'parameters', 0, 'enum'], 'ListWidgets request/query/colour: enum changed from ["red","blue"] to ["red"]; flows that send a removed value break.')],
    },
    {
        name: 'request enum widened',
        mutate: (doc) => doc.paths['/widgets'].get.parameters[0].enum.push('green'),
        expected: [d('compatible-change', 'info', [...LIST, 'parameters', 0, 'enum'], 'ListWidgets request/query/colour: enum changed from ["red","blue"] to ["red","blue","green"]; not breaking.')],
    },
    {
        name: 'request maximum lowered',
        mutate: (doc) => (doc.paths['/widgets'].get.parameters[1].maximum = 50),
        expected: [
            d('breaking-constraint-tightened', 'error', [...LIST, 'parameters', 1, 'maximum'], 'ListWidgets request/query/limit: maximum changed from 100 to 50; flows that send a value outside the new bounds break.'),
        ],
    },
    {
        name: 'request minimum added',
        mutate: (doc) => (doc.paths['/widgets'].get.parameters[1].minimum = 1),
        expected: [
            d('breaking-constraint-tightened', 'error', [...LIST, 'parameters', 1, 'minimum'], 'ListWidgets request/query/limit: minimum changed from absent to 1; flows that send a value outside the new bounds break.'),
        ],
    },
    {
        name: 'body property removed',
        mutate: (doc) => delete doc.definitions.NewWidget.properties.weight,
        expected: [d('breaking-property-removed', 'error', ['definitions', 'NewWidget', 'properties'], 'CreateWidget request/body/weight: removed; flows that set or read it break.')],
    },
    {
        name: 'body property optional → required',
        mutate: (doc) => doc.definitions.NewWidget.required.push('weight'),
        expected: [d('breaking-made-required', 'error', ['definitions', 'NewWidget', 'properties', 'weight'], 'CreateWidget request/body/weight: required changed from false to true; existing flows do not send it.')],
    },
    {
        name: 'optional body property added',
        mutate: (doc) => (doc.definitions.NewWidget.properties.colour = { type: 'string', description: 'Colour.' }),
        expected: [d('compatible-addition', 'info', ['definitions', 'NewWidget', 'properties', 'colour'], 'CreateWidget request/body/colour: added as optional; not breaking.')],
    },
    {
        name: 'required body property added',
        mutate: (doc) => {
            doc.definitions.NewWidget.properties.colour = { type: 'string', description: 'Colour.' };
            doc.definitions.NewWidget.required.push('colour');
        },
        expected: [d('breaking-made-required', 'error', ['definitions', 'NewWidget', 'properties', 'colour'], 'CreateWidget request/body/colour: added as required; existing flows do not send it.')],
    },
    {
        name: 'nullable removed from a request field is not breaking',
        mutate: (doc) => delete doc.definitions.NewWidget.properties.weight['x-nullable'],
        expected: [d('compatible-change', 'info', ['definitions', 'NewWidget', 'properties', 'weight'], 'CreateWidget request/body/weight: nullable changed from true to false; not breaking.')],
    },
    {
        name: 'response property removed (seen through both operations that return it)',
        mutate: (doc) => delete doc.definitions.Widget.properties.name,
        expected: [
            d('breaking-property-removed', 'error', ['definitions', 'Widget', 'properties'], 'ListWidgets responses/200/schema/items[]/name: removed; flows that set or read it break.'),
            d('breaking-property-removed', 'error', ['definitions', 'Widget', 'properties'], 'CreateWidget responses/201/schema/name: removed; flows that set or read it break.'),
        ],
    },
    {
        name: 'response property added',
        mutate: (doc) => (doc.definitions.WidgetPage.properties.total = { type: 'integer', format: 'int64', description: 'Total.' }),
        expected: [d('compatible-addition', 'info', ['definitions', 'WidgetPage', 'properties', 'total'], 'ListWidgets responses/200/schema/total: added; not breaking.')],
    },
    {
        name: 'response array item type change',
        mutate: (doc) => (doc.definitions.WidgetPage.properties.items.items = { type: 'string' }),
        expected: [
            d('breaking-type-changed', 'error', ['definitions', 'WidgetPage', 'properties', 'items', 'items', 'type'], 'ListWidgets responses/200/schema/items[]: type changed from "object" to "string"; Power Platform treats an input or output type change as breaking.'),
        ],
    },
    {
        name: 'response integer format change',
        mutate: (doc) => (doc.definitions.Widget.properties.id.format = 'int32'),
        expected: [
            d('breaking-type-changed', 'error', ['definitions', 'Widget', 'properties', 'id', 'format'], 'ListWidgets responses/200/schema/items[]/id: format changed from "int64" to "int32"; Power Platform treats an input or output type change as breaking.'),
            d('breaking-type-changed', 'error', ['definitions', 'Widget', 'properties', 'id', 'format'], 'CreateWidget responses/201/schema/id: format changed from "int64" to "int32"; Power Platform treats an input or output type change as breaking.'),
        ],
    },
    {
        name: 'response field became nullable',
        mutate: (doc) => (doc.definitions.WidgetPage.properties.hasNextPage['x-nullable'] = true),
        expected: [
            d('breaking-response-nullable', 'error', ['definitions', 'WidgetPage', 'properties', 'hasNextPage', 'x-nullable'],
                'ListWidgets responses/200/schema/hasNextPage: nullable changed from false to true; flows and Parse JSON steps that expect a value now get null ("Expected … but got Null").'),
        ],
    },
    {
        name: 'response property made internal',
        mutate: (doc) => (doc.definitions.WidgetPage.properties.hasNextPage['x-ms-visibility'] = 'internal'),
        expected: [
            d('breaking-made-internal', 'error', ['definitions', 'WidgetPage', 'properties', 'hasNextPage', 'x-ms-visibility'],
                'ListWidgets responses/200/schema/hasNextPage: visibility changed from absent to "internal"; the designer hides it, so flows that use it break.'),
        ],
    },
    {
        name: 'response status removed',
        mutate: (doc) => delete doc.paths['/widgets'].get.responses['404'],
        expected: [d('breaking-response-removed', 'error', [...LIST, 'responses'], 'ListWidgets responses/404: response 404 removed; flows that read its outputs break.')],
    },
    {
        name: 'response body removed',
        mutate: (doc) => delete doc.paths['/widgets'].post.responses['201'].schema,
        expected: [d('breaking-response-removed', 'error', [...CREATE, 'responses', '201'], 'CreateWidget responses/201/schema: response body removed; flows that read its outputs break.')],
    },
    {
        name: 'response status added',
        mutate: (doc) => (doc.paths['/widgets'].post.responses['409'] = { description: 'Conflict.' }),
        expected: [d('compatible-addition', 'info', [...CREATE, 'responses', '409'], 'CreateWidget responses/409: response 409 added; not breaking.')],
    },
];

describe('checkBreaking: one case per kind of change', () => {
    test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(run(c.mutate)).toEqual(c.expected);
    });
});

describe('checkBreaking: inputs', () => {
    test('the current generated connector against itself gives []', () => {
        const doc = JSON.parse(readFileSync(join(ROOT_DIR, 'apiDefinition.swagger.json'), 'utf8'));
        expect(checkBreaking({ old: doc, oldFile: 'old.json', current: structuredClone(doc), currentFile: CURRENT })).toEqual([]);
    });

    test('a recursive schema is compared without looping', () => {
        const tree = (extra: Doc = {}): Doc => ({
            swagger: '2.0',
            paths: { '/n': { get: { operationId: 'GetNode', responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/Node' } } } } } },
            definitions: { Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/definitions/Node' } }, ...extra } } },
        });
        expect(checkBreaking({ old: tree({ label: { type: 'string' } }), oldFile: 'old.json', current: tree(), currentFile: CURRENT })).toEqual([
            d('breaking-property-removed', 'error', ['definitions', 'Node', 'properties'], 'GetNode responses/200/schema/label: removed; flows that set or read it break.'),
        ]);
    });

    test.each([
        ['an OpenAPI 3 document as the old connector', { openapi: '3.0.1', paths: {} }, 'old.json#/swagger: is not a Swagger 2.0 document (found openapi "3.0.1").'],
        ['an array', [], 'old.json: is not a Swagger 2.0 document (the top level is not an object).'],
        ['a broken $ref', { swagger: '2.0', paths: { '/a': { get: { operationId: 'A', responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/Nope' } } } } } } },
            'old.json#/paths/~1a/get/responses/200/schema/$ref: reference "#/definitions/Nope" does not resolve to anything in this document.'],
    ])('%s cannot be compared (ToolError)', (_name, old, message) => {
        const current = { swagger: '2.0', paths: { '/a': { get: { operationId: 'A', responses: { '200': { description: 'ok', schema: { type: 'object' } } } } } } };
        const error = thrown(() => checkBreaking({ old, oldFile: 'old.json', current, currentFile: CURRENT }));
        expect(error).toBeInstanceOf(ToolError);
        expect(error.message).toBe(message);
    });
});
