/** Matching operations by method + full path across Swagger basePath and OpenAPI server URLs. */
import { describe, expect, test } from 'vitest';
import { joinPath, operationKey, serverBasePath } from '../../src/swagger/reader.ts';

describe('joinPath', () => {
    test.each([
        ['/api/v2/cpo', '/v2/transactions', '/api/v2/cpo/v2/transactions'],
        ['/api/v2/cpo/', '/v2/transactions', '/api/v2/cpo/v2/transactions'],
        ['/', '/v2/transactions/', '/v2/transactions'],
        ['', '', '/'],
        ['api//v2', 'x', '/api/v2/x'],
    ])('%j + %j → %j', (base, path, expected) => {
        expect(joinPath(base, path)).toBe(expected);
    });
});

describe('operationKey', () => {
    test('path parameter names do not matter, the method is case-insensitive', () => {
        expect(operationKey('get', '/a/{chargerId}/b')).toBe('GET /a/{}/b');
        expect(operationKey('GET', '/a/{id}/b')).toBe('GET /a/{}/b');
    });
});

describe('serverBasePath', () => {
    test.each([
        ['absolute URL with a trailing slash', { servers: [{ url: 'https://api.emabler.net/api/v2/cpo/' }] }, '/api/v2/cpo/'],
        ['relative URL', { servers: [{ url: '/api' }] }, '/api'],
        ['server variables take their defaults', { servers: [{ url: 'https://{host}/{base}', variables: { host: { default: 'x.example' }, base: { default: 'v9' } } }] }, '/v9'],
        ['no servers', {}, '/'],
        ['only the first server counts', { servers: [{ url: '/one' }, { url: '/two' }] }, '/one'],
    ])('%s', (_name, doc, expected) => {
        expect(serverBasePath(doc)).toBe(expected);
    });
});
