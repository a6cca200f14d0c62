/**
 * checkUpstream on small hand-written documents: matching, parameters, body, responses, declarations
 * (info), stale declarations (warn), link mismatches (warn), unmatched operations and coverage.
 */
import { describe, expect, test } from 'vitest';
import { ToolError } from '../../src/core/errors.ts';
import { checkUpstream } from '../../src/drift/check.ts';
import type { DeclaredDifference, UpstreamLink } from '../../src/model/types.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { diag, none, OP, ours, upstream as thingUpstream, type Doc } from './helpers.ts';

/** DoThing on both sides; upstream also has GET and DELETE /v2/others, which the connector does not implement. */
const upstream = (): Doc => {
    const u = thingUpstream();
    u.paths['/v2/others'] = { get: { operationId: 'listOthers', summary: 'List others', responses: {} }, delete: { responses: {} } };
    return u;
};

const link = (differences: DeclaredDifference[] = [], over: Partial<UpstreamLink> = {}): UpstreamLink => ({ method: 'post', path: '/v2/things/{thingId}', operationId: 'doThing', differences, ...over });
const run = (mutateOurs: (d: Doc) => void, mutateUp: (d: Doc) => void, l: UpstreamLink | undefined = link(), coverage = false): Diagnostic[] => {
    const o = ours();
    const u = upstream();
    mutateOurs(o);
    mutateUp(u);
    return checkUpstream({ swagger: o, swaggerFile: 'ours.json', openapi: u, openapiFile: 'up.json', links: { DoThing: l }, coverage });
};

describe('checkUpstream', () => {
    test('matching documents give []', () => {
        expect(run(none, none)).toEqual([]);
    });

    test('matches by method + full path: server path + path vs basePath + path, slashes normalised', () => {
        expect(run((o) => (o.basePath = '/api/v2/cpo/'), (u) => (u.servers = [{ url: '/api/v2/cpo' }]))).toEqual([]);
    });

    test('an operation with no upstream counterpart is an error', () => {
        expect(run(none, (u) => delete u.paths['/v2/things/{thingId}'])).toEqual([
            diag('upstream-operation-not-found', 'error', OP, 'DoThing: upstream has no POST /api/v2/cpo/v2/things/{thingId} (matched by method + full path).'),
        ]);
    });

    test('a connector-only operation without upstream counterpart is info with its reason, never upstream-operation-not-found', () => {
        const o = ours();
        const u = upstream();
        delete u.paths['/v2/things/{thingId}'];
        const connectorOnly = { DoThing: { reason: 'Served by the custom code.' } };
        expect(checkUpstream({ swagger: o, swaggerFile: 'ours.json', openapi: u, openapiFile: 'up.json', links: {}, connectorOnly })).toEqual([
            diag('upstream-connector-only', 'info', OP, 'DoThing: connector-only, upstream has no POST /api/v2/cpo/v2/things/{thingId}. Declared: Served by the custom code.'),
        ]);
    });

    test('a connector-only marker is stale (error) once upstream has the same method and full path; nothing is compared', () => {
        const o = ours();
        const u = upstream();
        u.components.schemas.thing.properties.size = { type: 'string' };
        expect(checkUpstream({ swagger: o, swaggerFile: 'ours.json', openapi: u, openapiFile: 'up.json', links: {}, connectorOnly: { DoThing: { reason: 'r' } } })).toEqual([
            diag(
                'upstream-connector-only-stale',
                'error',
                OP,
                'DoThing: marked connector-only (model connectorOnly) but upstream has POST /api/v2/cpo/v2/things/{thingId} (doThing); remove the marker and link the operation (upstream).',
            ),
        ]);
    });

    test('a field type change upstream is an error pointing at our field', () => {
        expect(run(none, (u) => (u.components.schemas.thing.properties.size = { type: 'string' }))).toEqual([
            diag('upstream-different', 'error', ['definitions', 'Thing', 'properties', 'size', 'type'],
                'DoThing request/body/size/type: type is "integer" here but "string" upstream (doThing, #/components/schemas/thing/properties/size/type).'),
            diag('upstream-different', 'error', ['definitions', 'Thing', 'properties', 'size', 'type'],
                'DoThing responses/200/schema/size/type: type is "integer" here but "string" upstream (doThing, #/components/schemas/thing/properties/size/type).'),
        ]);
    });

    test('a declared difference becomes info with its reason; an unused declaration is a stale warning', () => {
        const declared = link([
            { at: 'request/body/size/type', reason: 'We send numbers.' },
            { at: 'responses/200/schema/gone', reason: 'Old.' },
        ]);
        expect(run(none, (u) => (u.components.schemas.thing.properties.size = { type: 'string' }), declared)).toEqual([
            diag('upstream-different', 'info', ['definitions', 'Thing', 'properties', 'size', 'type'],
                'DoThing request/body/size/type: type is "integer" here but "string" upstream (doThing, #/components/schemas/thing/properties/size/type). Declared: We send numbers.'),
            diag('upstream-different', 'error', ['definitions', 'Thing', 'properties', 'size', 'type'],
                'DoThing responses/200/schema/size/type: type is "integer" here but "string" upstream (doThing, #/components/schemas/thing/properties/size/type).'),
            diag('upstream-declaration-stale', 'warn', OP,
                'DoThing: declared difference "responses/200/schema/gone" (model upstream.differences) matches no finding; remove it or correct its location.'),
        ]);
    });

    test('a stale upstream link (operationId renamed upstream) is a warning', () => {
        expect(run(none, (u) => (u.paths['/v2/things/{thingId}'].post.operationId = 'doThingV2'))).toEqual([
            diag('upstream-link-mismatch', 'warn', OP, 'DoThing: the model\'s upstream.operationId is "doThing" but the matching upstream operation has "doThingV2"; update the model.'),
        ]);
    });

    test('parameters: missing here, extra here, required differs', () => {
        expect(
            run(
                (o) => o.paths['/v2/things/{thingId}'].post.parameters.push({ name: 'X-Trace', in: 'header', required: false, type: 'string' }),
                (u) => {
                    const p = u.paths['/v2/things/{thingId}'].post.parameters;
                    p.push({ name: 'dryRun', in: 'query', schema: { type: 'boolean' } });
                    p[0].required = false;
                },
            ),
        ).toEqual([
            diag('upstream-different', 'error', [...OP, 'parameters', 0, 'required'], 'DoThing request/path/thingId/required: required is true here but false upstream (doThing, #/paths/~1v2~1things~1{thingId}/post/parameters/0/required).'),
            diag('upstream-extra-here', 'error', [...OP, 'parameters', 2], 'DoThing request/header/X-Trace: exists here but not upstream (doThing, looked in #/paths/~1v2~1things~1{thingId}/post/parameters).'),
            diag('upstream-missing-here', 'error', [...OP, 'parameters'], 'DoThing request/query/dryRun: missing here; upstream doThing has it at #/paths/~1v2~1things~1{thingId}/post/parameters/1.'),
        ]);
    });

    test('request body missing here and body required differs', () => {
        expect(run((o) => o.paths['/v2/things/{thingId}'].post.parameters.pop(), none)).toEqual([
            diag('upstream-missing-here', 'error', [...OP, 'parameters'], 'DoThing request/body: missing here; upstream doThing has it at #/paths/~1v2~1things~1{thingId}/post/requestBody.'),
        ]);
        expect(run(none, (u) => (u.paths['/v2/things/{thingId}'].post.requestBody.required = true))).toEqual([
            diag('upstream-different', 'error', [...OP, 'parameters', 1, 'required'], 'DoThing request/body/required: required is false here but true upstream (doThing, #/paths/~1v2~1things~1{thingId}/post/requestBody/required).'),
        ]);
    });

    test('responses: a status only upstream, a status only here, a body only upstream', () => {
        expect(
            run(
                (o) => (o.paths['/v2/things/{thingId}'].post.responses['418'] = { description: 'teapot' }),
                (u) => {
                    const r = u.paths['/v2/things/{thingId}'].post.responses;
                    r['404'] = { description: 'missing' };
                    r['401'].content = { 'application/json': { schema: { type: 'object' } } };
                },
            ),
        ).toEqual([
            diag('upstream-missing-here', 'error', [...OP, 'responses', '401'], 'DoThing responses/401/schema: missing here; upstream doThing has it at #/paths/~1v2~1things~1{thingId}/post/responses/401/content/application~1json/schema.'),
            diag('upstream-missing-here', 'error', [...OP, 'responses'], 'DoThing responses/404: missing here; upstream doThing has it at #/paths/~1v2~1things~1{thingId}/post/responses/404.'),
            diag('upstream-extra-here', 'error', [...OP, 'responses', '418'], 'DoThing responses/418: exists here but not upstream (doThing, looked in #/paths/~1v2~1things~1{thingId}/post/responses).'),
        ]);
    });

    test('--coverage lists the upstream operations not implemented, then a count', () => {
        expect(run(none, none, link(), true)).toEqual([
            diag('upstream-not-implemented', 'info', ['paths', '/v2/others', 'get'], 'GET /v2/others (listOthers): List others; not implemented by the connector.', 'up.json'),
            diag('upstream-not-implemented', 'info', ['paths', '/v2/others', 'delete'], 'DELETE /v2/others (no operationId): no summary; not implemented by the connector.', 'up.json'),
            diag('upstream-coverage', 'info', ['paths'], '1 of 3 upstream operations implemented; 2 not implemented.', 'up.json'),
        ]);
    });

    test.each([
        ['a Swagger document given as upstream', (u: Doc) => { delete u.openapi; u.swagger = '2.0'; }, 'up.json#/openapi: is not an OpenAPI 3 document (found swagger "2.0").'],
        ['an external $ref upstream', (u: Doc) => (u.components.schemas.thing = { $ref: 'other.json#/thing' }),
            'up.json#/components/schemas/thing/$ref: reference "other.json#/thing" points outside this document; only local references (#/...) are supported.'],
        ['a circular $ref chain upstream', (u: Doc) => (u.components.schemas.thing = { $ref: '#/components/schemas/thing' }),
            'up.json#/components/schemas/thing/$ref: circular reference chain #/components/schemas/thing -> #/components/schemas/thing.'],
    ])('%s cannot be checked (ToolError naming file and pointer)', (_name, mutateUp, message) => {
        let error: unknown;
        try {
            run(none, mutateUp);
        } catch (e) {
            error = e;
        }
        expect(error).toBeInstanceOf(ToolError);
        expect((error as Error).message).toBe(message);
    });
});
