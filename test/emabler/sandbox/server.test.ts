import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_SANDBOX_API_KEY, MAX_BODY_BYTES, startSandbox, type RunningSandbox } from '../../../src/emabler/sandbox/server.ts';

let sb: RunningSandbox;
let custom: RunningSandbox;

beforeAll(async () => {
    sb = await startSandbox({ seed: 3, sessions: 50 });
    custom = await startSandbox({ seed: 3, sessions: 5, apiKeys: ['fake-test-key-0001', 'fake-test-key-0002'] });
});
afterAll(async () => {
    await sb.close();
    await custom.close();
});

interface Answer {
    status: number;
    contentType: string | null;
    text: string;
}

async function call(base: string, path: string, init: { method?: string; key?: string | null; body?: string } = {}): Promise<Answer> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const key = init.key === undefined ? DEFAULT_SANDBOX_API_KEY : init.key;
    if (key !== null) headers['x-api-key'] = key;
    const res = await fetch(base + path, { method: init.method ?? 'POST', headers, body: init.body });
    return { status: res.status, contentType: res.headers.get('content-type'), text: await res.text() };
}

const problem = (detail: string, field: string, message: string) => ({
    type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
    title: 'One or more validation errors occurred.',
    status: 400,
    detail,
    instance: '/api/v2/cpo/v2/transactions',
    errors: { [field]: [message] },
    traceId: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/),
});

describe('sandbox server', () => {
    test('listens on 127.0.0.1 with an ephemeral port under /api/v2/cpo', () => {
        expect(sb.url).toBe(`http://127.0.0.1:${sb.port}/api/v2/cpo`);
        expect(sb.port).toBeGreaterThan(0);
    });

    test('200 with a page for a valid query', async () => {
        const r = await call(sb.url, '/v2/transactions', { body: JSON.stringify({ limit: 3, page: 2 }) });
        const body = JSON.parse(r.text);
        expect([r.status, r.contentType]).toEqual([200, 'application/json; charset=utf-8']);
        expect({ ...body, items: body.items.map((s: { id: number }) => s.id) }).toEqual({
            page: 2, limit: 3, totalRecords: 50, hasNextPage: true, hasPreviousPage: true, items: [88400004, 88400005, 88400006],
        });
    });

    test.each<[string, string | null]>([
        ['missing', null],
        ['wrong', 'fake-test-key-9999'],
        ['empty', ''],
    ])('401 with an empty body when the key is %s', async (_name, key) => {
        expect(await call(sb.url, '/v2/transactions', { key, body: '{}' })).toEqual({ status: 401, contentType: null, text: '' });
    });

    test('--api-key replaces the default key', async () => {
        expect((await call(custom.url, '/v2/transactions', { key: 'fake-test-key-0002', body: '{}' })).status).toBe(200);
        expect((await call(custom.url, '/v2/transactions', { body: '{}' })).status).toBe(401);
    });

    test('404 for unknown routes, 405 for other methods', async () => {
        const missing = await call(sb.url, '/v2/widgets', { body: '{}' });
        expect([missing.status, JSON.parse(missing.text)]).toEqual([
            404, { errorCode: 'NotFound', message: 'No route for /api/v2/cpo/v2/widgets.', errorNumber: 404, helpLink: '' },
        ]);
        const get = await call(sb.url, '/v2/transactions', { method: 'GET' });
        expect([get.status, JSON.parse(get.text)]).toEqual([
            405, { errorCode: 'MethodNotAllowed', message: 'Use POST for /api/v2/cpo/v2/transactions.', errorNumber: 405, helpLink: '' },
        ]);
    });

    test.each<[string, string, ReturnType<typeof problem>]>([
        [
            'limit 1001', JSON.stringify({ limit: 1001 }),
            problem('limit: The field limit must be between 1 and 1000.', 'limit', 'The field limit must be between 1 and 1000.'),
        ],
        [
            'malformed date', JSON.stringify({ stopTime: 'tomorrow' }),
            problem(
                'stopTime: The field stopTime must be an RFC 3339 date-time such as 2026-10-01T00:00:00Z, got the string "tomorrow".',
                'stopTime', 'The field stopTime must be an RFC 3339 date-time such as 2026-10-01T00:00:00Z, got the string "tomorrow".',
            ),
        ],
        ['empty body', '', problem('body: A non-empty request body is required.', 'body', 'A non-empty request body is required.')],
        [
            'invalid JSON', '{"limit": 10,',
            problem('body: The request body is not valid JSON.', 'body', 'The request body is not valid JSON.'),
        ],
        ['JSON string', '"hi"', problem('body: The request body must be a JSON object, got the string "hi".', 'body', 'The request body must be a JSON object, got the string "hi".')],
    ])('400 problemDetails for %s', async (_name, body, expected) => {
        const r = await call(sb.url, '/v2/transactions', { body });
        expect([r.status, r.contentType, JSON.parse(r.text)]).toEqual([400, 'application/json; charset=utf-8', expected]);
    });

    test('400 (not a crash) for a body above the size cap, and the server keeps answering', async () => {
        const huge = JSON.stringify({ rfidTags: ['x'.repeat(MAX_BODY_BYTES)] });
        const status = await new Promise<number>((resolve, reject) => {
            const req = request(`${sb.url}/v2/transactions`, { method: 'POST', headers: { 'x-api-key': DEFAULT_SANDBOX_API_KEY, 'content-type': 'application/json' } }, (res) => {
                res.resume();
                resolve(res.statusCode ?? 0);
            });
            req.on('error', reject);
            req.end(huge);
        });
        expect(status).toBe(400);
        expect((await call(sb.url, '/v2/transactions', { body: '{}' })).status).toBe(200);
    });

    test('close() frees the port', async () => {
        const temp = await startSandbox({ sessions: 1 });
        await temp.close();
        await expect(fetch(`${temp.url}/v2/transactions`, { method: 'POST' })).rejects.toThrow('fetch failed');
    });
});
