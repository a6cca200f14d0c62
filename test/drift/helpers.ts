/**
 * The small documents the drift tests start from: one operation, DoThing (POST /v2/things/{thingId}: a path
 * parameter, an optional body, 200 with the same schema, 401), the same on both sides, so a test's edits are
 * its only differences.
 */
import type { Diagnostic } from '../../src/core/diagnostic.ts';

export type Doc = Record<string, any>;

export const ours = (): Doc => ({
    swagger: '2.0',
    basePath: '/api/v2/cpo',
    paths: {
        '/v2/things/{thingId}': {
            post: {
                operationId: 'DoThing',
                parameters: [
                    { name: 'thingId', in: 'path', required: true, type: 'string' },
                    { name: 'body', in: 'body', required: false, schema: { $ref: '#/definitions/Thing' } },
                ],
                responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/Thing' } }, '401': { description: 'no' } },
            },
        },
    },
    definitions: { Thing: { type: 'object', properties: { size: { type: 'integer', format: 'int32' } } } },
});

export const upstream = (): Doc => ({
    openapi: '3.0.1',
    servers: [{ url: 'https://up.example.com/api/v2/cpo/' }],
    paths: {
        '/v2/things/{thingId}': {
            post: {
                operationId: 'doThing',
                parameters: [{ name: 'thingId', in: 'path', required: true, schema: { type: 'string' } }],
                requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/thing' } } } },
                responses: {
                    '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/thing' } } } },
                    '401': { description: 'no' },
                },
            },
        },
    },
    components: { schemas: { thing: { type: 'object', properties: { size: { type: 'integer', format: 'int32' } } } } },
});

/** Where DoThing is in our swagger. */
export const OP = ['paths', '/v2/things/{thingId}', 'post'];

export const diag = (ruleId: string, severity: Diagnostic['severity'], path: (string | number)[], message: string, file = 'ours.json'): Diagnostic => ({ ruleId, severity, message, path, file });

export const none = (): void => {};
