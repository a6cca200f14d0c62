/**
 * The lookup routes over HTTP (default dataset): order of checks (404 → 405 → 401 → 400 → 200), every
 * response checked against the generated swagger (contract checker, and no undeclared property), and
 * the committed example payloads of the five operations are exactly what the sandbox serves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createContractChecker } from '../../../src/contract/checker.ts';
import { startSandbox, type RunningSandbox } from '../../../src/emabler/sandbox/server.ts';
import { requireOperation } from '../../../src/harness/request.ts';
import { committedSwagger, EXAMPLES_DIR } from '../../helpers/project.ts';
import { ROOT_DIR } from '../../helpers/shared.ts';
import { undeclaredProperties } from '../../helpers/undeclared.ts';

const KEY = 'fake-test-key-0000';
const SWAGGER = committedSwagger();
const checker = createContractChecker(SWAGGER);
let sb: RunningSandbox;

beforeAll(async () => {
    sb = await startSandbox({ apiKeys: [KEY] });
});
afterAll(async () => {
    await sb.close();
});

async function get(pathAndQuery: string, init: { method?: string; key?: string | null } = {}) {
    const headers: Record<string, string> = {};
    const key = init.key === undefined ? KEY : init.key;
    if (key !== null) headers['x-api-key'] = key;
    const res = await fetch(sb.url + pathAndQuery, { method: init.method ?? 'GET', headers });
    const text = await res.text();
    return { status: res.status, allow: res.headers.get('allow'), contentType: res.headers.get('content-type'), body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

/** Contract findings plus undeclared properties of a response: [] when it matches the swagger exactly. */
function contractProblems(operationId: string, status: number, body: unknown): unknown[] {
    const schema = requireOperation(SWAGGER, operationId).operation.responses[String(status)]?.schema;
    return [...checker.checkResponse(operationId, status, body), ...undeclaredProperties(SWAGGER, schema, body)];
}

const ROUTES: [string, string][] = [
    ['ListSites', '/v2/sites'],
    ['ListChargers', '/v2/chargers'],
    ['ListDrivers', '/v2/drivers'],
    ['ListRfidTags', '/v2/tags'],
    ['ListOngoingChargingSessions', '/v2/ongoing-transactions'],
];

describe('order of checks', () => {
    test.each(ROUTES)('%s: 405 with Allow: GET for POST, 401 without or with a wrong key', async (_op, path) => {
        const post = await get(path, { method: 'POST' });
        expect([post.status, post.allow, post.body]).toEqual([
            405, 'GET', { errorCode: 'MethodNotAllowed', message: `Use GET for /api/v2/cpo${path}.`, errorNumber: 405, helpLink: '' },
        ]);
        expect([(await get(path, { key: null })).status, (await get(path, { key: 'fake-test-key-9999' })).status]).toEqual([401, 401]);
        const unauthorised = await get(`${path}?limit=500`, { key: null });
        expect([unauthorised.status, unauthorised.body]).toEqual([401, undefined]);
    });

    test('404 for a path below a lookup route and for a trailing slash', async () => {
        expect([(await get('/v2/sites/5120')).status, (await get('/v2/sites/')).status]).toEqual([404, 404]);
    });

    test.each(ROUTES)('%s: limit=101 is a 400 problem details naming limit, valid against the 400 schema', async (operationId, path) => {
        const r = await get(`${path}?limit=101`);
        expect([r.status, r.contentType, r.body]).toEqual([400, 'application/json; charset=utf-8', {
            type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
            title: 'One or more validation errors occurred.',
            status: 400,
            detail: 'limit: The field limit must be between 1 and 100.',
            instance: `/api/v2/cpo${path}`,
            errors: { limit: ['The field limit must be between 1 and 100.'] },
            traceId: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/),
        }]);
        expect(contractProblems(operationId, 400, r.body)).toEqual([]);
    });
});

describe('every response matches the generated swagger', () => {
    test.each<[string, string, number]>([
        ['ListSites', '/v2/sites', 9],
        ['ListSites', '/v2/sites?showOnlyRootSites=true&sortKey=latitude', 3],
        ['ListSites', '/v2/sites?siteIds=5120,7015&country=fi', 1],
        ['ListChargers', '/v2/chargers', 14],
        ['ListChargers', '/v2/chargers?includeConfigs=true', 14],
        ['ListChargers', '/v2/chargers?siteIds=7000&includeSubsites=true&online=true&sortKey=lastSeen&sortDescending=true', 5],
        ['ListChargers', '/v2/chargers?socketState=Charging&chargerType=AC&search=lindholmen', 2],
        ['ListDrivers', '/v2/drivers', 48],
        ['ListDrivers', '/v2/drivers?referenceId=payroll&sortKey=homeSiteId&sortDescending=true', 8],
        ['ListRfidTags', '/v2/tags', 64],
        ['ListRfidTags', '/v2/tags?search=card&sortKey=tokenName&limit=7&page=2', 48],
        ['ListOngoingChargingSessions', '/v2/ongoing-transactions', 8],
        ['ListOngoingChargingSessions', '/v2/ongoing-transactions?chargerIds=EMB-OSL-0114,EMB-BGO-0022&socketIds=1&from=2026-12-31T17:00:00Z', 3],
        ['ListOngoingChargingSessions', '/v2/ongoing-transactions?driverIds=1', 0],
    ])('%s %s (%i records)', async (operationId, pathAndQuery, total) => {
        const r = await get(pathAndQuery);
        expect([r.status, (r.body as { totalRecords: number }).totalRecords]).toEqual([200, total]);
        expect(contractProblems(operationId, 200, r.body)).toEqual([]);
    });
});

test('control: an undeclared or mistyped property is a problem', () => {
    expect(contractProblems('ListSites', 200, { items: [{ id: 5120, colour: 'red', sitePath: [{ siteId: 1, level: 0 }] }] })).toEqual([
        '/items/0/colour', '/items/0/sitePath/0/level',
    ]);
    expect(contractProblems('ListSites', 200, { items: [{ id: '5120' }] }).map((d) => (d as { ruleId: string }).ruleId)).toEqual(['contract']);
});

describe('the committed examples are what the sandbox serves', () => {
    const example = (operationId: string, file: string): unknown => JSON.parse(readFileSync(join(ROOT_DIR, EXAMPLES_DIR, operationId, file), 'utf8'));
    test.each<[string, string, string]>([
        ['ListSites', 'response-200.realistic.json', '/v2/sites?limit=3'],
        ['ListChargers', 'response-200.realistic.json', '/v2/chargers?siteId=7002&limit=2'],
        ['ListChargers', 'response-200.include-configs.json', '/v2/chargers?chargerIds=EMB-OSL-0114&includeConfigs=true'],
        ['ListDrivers', 'response-200.realistic.json', '/v2/drivers?limit=2'],
        ['ListRfidTags', 'response-200.realistic.json', '/v2/tags?driverId=200000'],
        ['ListOngoingChargingSessions', 'response-200.realistic.json', '/v2/ongoing-transactions?limit=3'],
        ['ListOngoingChargingSessions', 'response-200.empty.json', '/v2/ongoing-transactions?driverIds=1'],
    ])('%s %s = GET %s', async (operationId, file, pathAndQuery) => {
        expect((await get(pathAndQuery)).body).toEqual(example(operationId, file));
    });

    test.each(ROUTES)('%s response-400.problem-details.json = GET ?limit=101 (apart from the traceId)', async (operationId, path) => {
        const served = (await get(`${path}?limit=101`)).body as Record<string, unknown>;
        expect({ ...served, traceId: 'x' }).toEqual({ ...(example(operationId, 'response-400.problem-details.json') as object), traceId: 'x' });
    });
});
