/**
 * upstream-security-different: our API-key scheme against the apiKey securitySchemes the matched upstream
 * operation accepts; and which operations the model's links (declarations) apply to.
 */
import { describe, expect, test } from 'vitest';
import { checkUpstream } from '../../src/drift/check.ts';
import type { UpstreamLink } from '../../src/model/types.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';

type Doc = Record<string, any>;

const ours = (): Doc => ({
    swagger: '2.0',
    basePath: '/api',
    securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'x-api-key' } },
    security: [{ api_key: [] }],
    paths: { '/things': { get: { operationId: 'ListThings', responses: { '200': { description: 'ok' } } } } },
});

const upstream = (): Doc => ({
    openapi: '3.0.1',
    servers: [{ url: '/api' }],
    paths: { '/things': { get: { operationId: 'listThings', security: [{ apiKey: [] }, { bearer: [] }], responses: { '200': { description: 'ok' } } } } },
    components: {
        securitySchemes: {
            apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' },
            bearer: { type: 'http', scheme: 'bearer' },
            functionKey: { type: 'apiKey', in: 'header', name: 'x-function-key' },
        },
    },
});

const run = (mutateOurs: (d: Doc) => void, mutateUp: (d: Doc) => void, links: Record<string, UpstreamLink | undefined> = {}): Diagnostic[] => {
    const o = ours();
    const u = upstream();
    mutateOurs(o);
    mutateUp(u);
    return checkUpstream({ swagger: o, swaggerFile: 'ours.json', openapi: u, openapiFile: 'up.json', links });
};
const err = (path: (string | number)[], message: string): Diagnostic => ({ ruleId: 'upstream-security-different', severity: 'error', path, message, file: 'ours.json' });
const none = (): void => {};
const UP_OP = (o: Doc) => o.paths['/things'].get;

describe('upstream-security-different', () => {
    test.each<[string, (d: Doc) => void, (d: Doc) => void]>([
        ['same header; upstream also offers bearer (not reported)', none, none],
        ['header names compare case-insensitively', (o) => (o.securityDefinitions.api_key.name = 'X-API-Key'), none],
        ['upstream requirement at document level', none, (u) => { u.security = UP_OP(u).security; delete UP_OP(u).security; }],
        ['upstream declares no security at all: nothing to compare', none, (u) => delete UP_OP(u).security],
        ['we send no API key', (o) => { delete o.securityDefinitions; delete o.security; }, none],
        ['our operation opts out of security', (o) => (UP_OP(o).security = []), (u) => (UP_OP(u).security = [{ bearer: [] }])],
        ['no security requirement here: every apiKey definition counts, and it matches', (o) => delete o.security, none],
    ])('%s → []', (_name, mutateOurs, mutateUp) => {
        expect(run(mutateOurs, mutateUp)).toEqual([]);
    });

    test('a different header name is an error at our scheme name', () => {
        expect(run(none, (u) => (u.components.securitySchemes.apiKey.name = 'x-functions-key'))).toEqual([
            err(['securityDefinitions', 'api_key', 'name'],
                'ListThings security/api_key: the API key is sent in header "x-api-key" here but upstream takes header "x-functions-key" (listThings, #/components/securitySchemes/apiKey).'),
        ]);
    });

    test('a different location (query instead of header) is an error at our scheme `in`', () => {
        expect(run(none, (u) => (u.components.securitySchemes.apiKey.in = 'query'))).toEqual([
            err(['securityDefinitions', 'api_key', 'in'],
                'ListThings security/api_key: the API key is sent in header "x-api-key" here but upstream takes query "x-api-key" (listThings, #/components/securitySchemes/apiKey).'),
        ]);
    });

    test('only the schemes the operation uses count: a matching key scheme the operation does not accept is no match', () => {
        expect(run((o) => (o.securityDefinitions.api_key.name = 'x-function-key'), none)).toEqual([
            err(['securityDefinitions', 'api_key', 'name'],
                'ListThings security/api_key: the API key is sent in header "x-function-key" here but upstream takes header "x-api-key" (listThings, #/components/securitySchemes/apiKey).'),
        ]);
    });

    test('several upstream key schemes are listed', () => {
        expect(run((o) => (o.securityDefinitions.api_key.name = 'x-key'), (u) => (UP_OP(u).security = [{ apiKey: [] }, { functionKey: [] }]))).toEqual([
            err(['securityDefinitions', 'api_key', 'name'],
                'ListThings security/api_key: the API key is sent in header "x-key" here but upstream takes header "x-api-key" or header "x-function-key" (listThings, #/components/securitySchemes/apiKey).'),
        ]);
    });

    test('upstream accepts only bearer for the operation → error, pointing at the upstream operation security', () => {
        expect(run(none, (u) => (UP_OP(u).security = [{ bearer: [] }]))).toEqual([
            err(['securityDefinitions', 'api_key', 'name'],
                'ListThings security/api_key: the API key is sent in header "x-api-key" here but upstream takes no API key (listThings, #/paths/~1things/get/security).'),
        ]);
    });

    test('a declared security difference is info with its reason', () => {
        const link: UpstreamLink = { method: 'get', path: '/things', operationId: 'listThings', differences: [{ at: 'security/api_key', reason: 'The gateway renames the header.' }] };
        expect(run(none, (u) => (u.components.securitySchemes.apiKey.name = 'x-functions-key'), { ListThings: link })).toEqual([
            {
                ...err(['securityDefinitions', 'api_key', 'name'],
                    'ListThings security/api_key: the API key is sent in header "x-api-key" here but upstream takes header "x-functions-key" (listThings, #/components/securitySchemes/apiKey). Declared: The gateway renames the header.'),
                severity: 'info',
            },
        ]);
    });
});

describe('model links apply only to operations whose operationId is in the model', () => {
    const typeDrift = (u: Doc) => (UP_OP(u).responses['200'] = { description: 'ok', content: { 'application/json': { schema: { type: 'string' } } } });
    const withBody = (o: Doc) => (UP_OP(o).responses['200'].schema = { type: 'integer' });
    const declared: UpstreamLink = { method: 'get', path: '/things', operationId: 'listThings', differences: [{ at: 'responses/200/schema/type', reason: 'Deliberate.' }] };
    const DIFF = {
        ruleId: 'upstream-different',
        path: ['paths', '/things', 'get', 'responses', '200', 'schema', 'type'],
        file: 'ours.json',
        message: 'ListThings responses/200/schema/type: type is "integer" here but "string" upstream (listThings, #/paths/~1things/get/responses/200/content/application~1json/schema/type).',
    };

    test('the operation is in the model: its declaration makes the difference info', () => {
        expect(run(withBody, typeDrift, { ListThings: declared })).toEqual([{ ...DIFF, severity: 'info', message: `${DIFF.message} Declared: Deliberate.` }]);
    });

    test('another connector whose operation is not in the model: no declarations, the difference is an error', () => {
        expect(run(withBody, typeDrift, { QueryChargingSessions: declared })).toEqual([{ ...DIFF, severity: 'error' }]);
    });

    test('an operationId that is an Object.prototype name gets no link', () => {
        const rename = (o: Doc) => (UP_OP(o).operationId = 'constructor');
        expect(run(rename, (u) => (UP_OP(u).operationId = 'constructor'), {})).toEqual([]);
        expect(run(rename, (u) => (UP_OP(u).operationId = 'toString'), {})).toEqual([]);
    });
});
