import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseSandboxArgs } from '../../../src/emabler/sandbox/cli.ts';
import { startSandbox, type RunningSandbox } from '../../../src/emabler/sandbox/server.ts';

const KEY = 'fake-test-key-0000';
const NOW = Date.parse('2026-10-01T12:00:00.000Z');
let sb: RunningSandbox;
let seeded: RunningSandbox;

beforeAll(async () => {
    sb = await startSandbox({ sessions: 0, apiKeys: [KEY], now: () => NOW });
    seeded = await startSandbox({ seed: 3, sessions: 5, apiKeys: [KEY], now: () => NOW });
});
afterAll(async () => {
    await sb.close();
    await seeded.close();
});

async function call(url: string, method: string, body?: unknown, key: string | null = KEY) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key !== null) headers['x-api-key'] = key;
    const res = await fetch(url, { method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text === '' ? undefined : JSON.parse(text) };
}

const query = (s: RunningSandbox, body: unknown) => call(`${s.url}/v2/transactions`, 'POST', body);

const problem = (errors: Record<string, string[]>, instance = '/__sandbox/sessions') => ({
    type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
    title: 'One or more validation errors occurred.',
    status: 400,
    detail: Object.entries(errors).flatMap(([f, ms]) => ms.map((m) => `${f}: ${m}`)).join(' '),
    instance,
    errors,
    traceId: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/) as unknown as string,
});

const ENDED = {
    timestampStart: '2026-10-01T06:00:00.000Z',
    timestampEnd: '2026-10-01T08:30:00.000Z',
    chargerId: 'EMB-HEL-0042',
    chargerName: 'Kamppi P2 #42',
    socketId: 2,
    socketName: 'Type 2 right',
    authorizedTagId: '04A4ACF1',
    authorizedUserId: 200037,
    userName: 'Björn Hansen',
    siteId: 5120,
    siteName: 'Helsinki Kamppi P2',
    driverSiteId: 5133,
    driverSiteName: 'Espoo Tapiola Centre',
    fullConsumptionWh: 20625,
    fullConsumptionKWh: 20.625,
    transactionLengthMinutes: 150,
    id: 88400001,
    unitPowerCost: 0.29,
    currency: 'EUR',
    vatPercent: 25.5,
    tariffId: 'trf-fi-public-ac',
    tariffVersion: 3,
    energyPriceInclVat: 7.5,
    energyPriceExclVat: 5.98,
    chargingTimePriceInclVat: 0,
    chargingTimePriceExclVat: 0,
    parkingTimePriceInclVat: 0,
    parkingTimePriceExclVat: 0,
    flatFeeInclVat: 0.5,
    flatFeeExclVat: 0.4,
    totalMarginAmount: 0.64,
    reductionAmount: 0,
    totalCostInclVat: 8.01,
    totalCostExclVat: 6.38,
    totalVatAmount: 1.63,
    evseTransactionId: '88400001',
    operationTimestamp: '2026-10-01T08:30:01.000Z',
    origin: 'Local',
    sanityFlags: [],
    vehicleId: '',
};

const NULL_PRICES = {
    unitPowerCost: null, energyPriceInclVat: null, energyPriceExclVat: null, chargingTimePriceInclVat: null, chargingTimePriceExclVat: null,
    parkingTimePriceInclVat: null, parkingTimePriceExclVat: null, flatFeeInclVat: null, flatFeeExclVat: null, totalMarginAmount: null,
    reductionAmount: null, totalCostInclVat: null, totalCostExclVat: null, totalVatAmount: null,
};

describe('sandbox --sessions 0', () => {
    test('parses and serves no sessions', async () => {
        const args = parseSandboxArgs(['--sessions', '0']);
        expect(args.help === false && args.options.sessions).toBe(0);
        expect(await query(sb, { limit: 10 })).toEqual({ status: 200, body: { page: 1, limit: 10, totalRecords: 0, hasNextPage: false, hasPreviousPage: false, items: [] } });
    });
});

describe('POST /__sandbox/sessions', () => {
    test('fills a partial session from the catalog (prices from the site tariff) and assigns the next ids', async () => {
        const r = await call(`${sb.adminUrl}/sessions`, 'POST', [
            { chargerId: 'EMB-HEL-0042', socketId: 2, timestampStart: '2026-10-01T06:00:00Z', timestampEnd: '2026-10-01T08:30:00Z', authorizedUserId: 200037 },
            {},
        ]);
        expect(r).toEqual({
            status: 201,
            body: [
                ENDED,
                {
                    // Defaults: now, the first site's first charger and socket, driver (id mod 48), ongoing.
                    timestampStart: '2026-10-01T12:00:00.000Z',
                    chargerId: 'EMB-HEL-0042', chargerName: 'Kamppi P2 #42', socketId: 1, socketName: 'Type 2 left',
                    authorizedTagId: '04E51B667F6E80', authorizedUserId: 201258, userName: 'Øystein Strøm',
                    siteId: 5120, siteName: 'Helsinki Kamppi P2', driverSiteId: 7002, driverSiteName: 'Oslo Grünerløkka Borettslag',
                    fullConsumptionWh: 0, fullConsumptionKWh: 0, transactionLengthMinutes: 0, id: 88400002,
                    ...NULL_PRICES, currency: 'EUR', vatPercent: 25.5, tariffId: 'trf-fi-public-ac', tariffVersion: 3,
                    evseTransactionId: '88400002', operationTimestamp: null, origin: 'Local', sanityFlags: [], vehicleId: '',
                },
            ],
        });
        // Key order follows the contract, and both are served by the API at once.
        expect(Object.keys(r.body[1])).toEqual(Object.keys(ENDED).filter((k) => k !== 'timestampEnd'));
        const page = await query(sb, { transactionIds: [88400001, 88400002] });
        expect(page.body.items).toEqual(r.body);
    });

    test('a given site places the session on its first charger; a tag finds its driver', async () => {
        const r = await call(`${sb.adminUrl}/sessions`, 'POST', [{ siteId: 6031, authorizedTagId: '04A4ACF1', timestampStart: '2026-10-01T11:00:00Z' }]);
        expect(r.status).toBe(201);
        expect(r.body.map((s: any) => [s.chargerId, s.socketId, s.siteName, s.authorizedUserId, s.currency, s.evseTransactionId, s.transactionLengthMinutes, s.fullConsumptionWh])).toEqual([
            ['EMB-STO-0007', 1, 'Stockholm Södermalm Garage', 200037, 'SEK', 'TX-88400003', 60, 67500],
        ]);
    });

    test('ids continue above the generated dataset', async () => {
        const r = await call(`${seeded.adminUrl}/sessions`, 'POST', [{ timestampStart: '2026-10-01T11:00:00Z' }, { timestampStart: '2026-10-01T11:01:00Z' }]);
        expect(r.body.map((s: { id: number }) => s.id)).toEqual([88400006, 88400007]);
        expect((await query(seeded, {})).body.totalRecords).toBe(7);
        expect(seeded.sessions.map((s) => s.id)).toEqual([88400001, 88400002, 88400003, 88400004, 88400005, 88400006, 88400007]);
    });

    test.each<[string, unknown, Record<string, string[]>]>([
        ['not an array', { chargerId: 'EMB-HEL-0042' }, { body: ['The body must be an array of 1 to 10000 partial charging sessions.'] }],
        ['an empty array', [], { body: ['The body must be an array of 1 to 10000 partial charging sessions.'] }],
        ['an entry that is not an object', [1], { '[0]': ['Each entry must be a JSON object (a partial charging session), got number 1.'] }],
        ['an id', [{ id: 5 }], { '[0].id': ['The id is assigned by the sandbox (the next id); omit it.'] }],
        ['a bad date-time', [{ timestampStart: '2026-10-01' }], { '[0].timestampStart': ['Must be an RFC 3339 date-time such as 2026-10-01T00:00:00Z, got "2026-10-01".'] }],
        ['an end before the start', [{ timestampStart: '2026-10-01T10:00:00Z', timestampEnd: '2026-10-01T09:00:00Z' }], { '[0].timestampEnd': ['Must not be before timestampStart.'] }],
        ['a charger at another site', [{ chargerId: 'EMB-HEL-0042', siteId: 6031 }], { '[0].siteId': ['Charger EMB-HEL-0042 is at site 5120, not 6031.'] }],
        ['an unknown site', [{ siteId: 1 }], { '[0].siteId': ["Unknown site 1; the sandbox's sites are 5120, 5133, 6031, 6044, 7002, 7015."] }],
        ['a socket the charger lacks', [{ chargerId: 'EMB-ESP-0002', socketId: 2 }], { '[0].socketId': ['Charger EMB-ESP-0002 has sockets 1, not 2.'] }],
        ["another driver's tag", [{ authorizedUserId: 200037, authorizedTagId: '04A2B91C7F6E80' }], { '[0].authorizedTagId': ['Tag "04A2B91C7F6E80" does not belong to driver 200037.'] }],
        ['a derived field with another value', [{ chargerId: 'EMB-HEL-0042', siteName: 'Elsewhere' }], { '[0].siteName': ['Derived by the sandbox ("Helsinki Kamppi P2" here); omit it.'] }],
        ['an unknown field', [{ colour: 'red' }], { '[0].colour': ['Not a charging session field.'] }],
    ])('400 for %s, nothing created', async (_name, body, errors) => {
        const before = sb.sessions.length;
        expect(await call(`${sb.adminUrl}/sessions`, 'POST', body)).toEqual({ status: 400, body: problem(errors) });
        expect(sb.sessions.length).toBe(before);
    });

    test('a derived field with the value it gets is accepted', async () => {
        const r = await call(`${sb.adminUrl}/sessions`, 'POST', [{ chargerId: 'EMB-HEL-0042', siteName: 'Helsinki Kamppi P2', currency: 'EUR' }]);
        expect(r.status).toBe(201);
    });
});

describe('PATCH /__sandbox/sessions/{id}', () => {
    test('ends an ongoing session: duration, energy, prices and operation time follow', async () => {
        const [created] = (await call(`${sb.adminUrl}/sessions`, 'POST', [{ timestampStart: '2026-10-01T12:00:00Z' }])).body;
        const r = await call(`${sb.adminUrl}/sessions/${created.id}`, 'PATCH', { timestampEnd: '2026-10-01T13:00:00Z' });
        expect(r).toEqual({
            status: 200,
            body: {
                ...created,
                timestampEnd: '2026-10-01T13:00:00.000Z',
                fullConsumptionWh: 8250, fullConsumptionKWh: 8.25, transactionLengthMinutes: 60, unitPowerCost: 0.29,
                energyPriceInclVat: 3, energyPriceExclVat: 2.39, chargingTimePriceInclVat: 0, chargingTimePriceExclVat: 0,
                parkingTimePriceInclVat: 0, parkingTimePriceExclVat: 0, flatFeeInclVat: 0.5, flatFeeExclVat: 0.4,
                totalMarginAmount: 0.28, reductionAmount: 0, totalCostInclVat: 3.5, totalCostExclVat: 2.79, totalVatAmount: 0.71,
                operationTimestamp: '2026-10-01T13:00:01.000Z',
            },
        });
        expect(Object.keys(r.body)).toEqual(Object.keys(ENDED));
        // The stop window of the API now finds it.
        const page = await query(sb, { stopTimeSearchBegin: '2026-10-01T13:00:00Z', stopTime: '2026-10-01T13:00:00Z' });
        expect(page.body.items.map((s: { id: number }) => s.id)).toEqual([created.id]);
        expect(await call(`${sb.adminUrl}/sessions/${created.id}`, 'PATCH', { timestampEnd: '2026-10-01T14:00:00Z' })).toEqual({
            status: 409,
            body: { errorCode: 'Conflict', message: `Session ${created.id} has already ended (2026-10-01T13:00:00.000Z).`, errorNumber: 409, helpLink: '' },
        });
    });

    test.each<[string, unknown, Record<string, string[]>]>([
        ['no timestampEnd', {}, { timestampEnd: ['Must be an RFC 3339 date-time such as 2026-10-01T08:00:00Z, got nothing.'] }],
        ['another field', { timestampEnd: '2026-10-01T13:00:00Z', siteId: 1 }, { siteId: ['Only timestampEnd can be changed.'] }],
        ['an end before the start', { timestampEnd: '2026-10-01T11:00:00Z' }, { timestampEnd: ['Must not be before timestampStart (2026-10-01T12:00:00.000Z).'] }],
    ])('400 for %s', async (_name, body, errors) => {
        const [created] = (await call(`${sb.adminUrl}/sessions`, 'POST', [{ timestampStart: '2026-10-01T12:00:00Z' }])).body;
        expect(await call(`${sb.adminUrl}/sessions/${created.id}`, 'PATCH', body)).toEqual({ status: 400, body: problem(errors, `/__sandbox/sessions/${created.id}`) });
    });

    test('404 for an unknown session', async () => {
        expect(await call(`${sb.adminUrl}/sessions/1`, 'PATCH', { timestampEnd: '2026-10-01T13:00:00Z' })).toEqual({
            status: 404, body: { errorCode: 'NotFound', message: 'No charging session 1.', errorNumber: 404, helpLink: '' },
        });
    });
});

describe('admin routes: key, method, route', () => {
    test('401 without the key, nothing created', async () => {
        const before = sb.sessions.length;
        expect(await call(`${sb.adminUrl}/sessions`, 'POST', [{}], null)).toEqual({ status: 401, body: undefined });
        expect(await call(`${sb.adminUrl}/sessions`, 'POST', [{}], 'fake-test-key-9999')).toEqual({ status: 401, body: undefined });
        expect(sb.sessions.length).toBe(before);
    });

    test('405 for other methods, 404 for other admin paths', async () => {
        expect(await call(`${sb.adminUrl}/sessions`, 'GET')).toEqual({
            status: 405, body: { errorCode: 'MethodNotAllowed', message: 'Use POST for /__sandbox/sessions.', errorNumber: 405, helpLink: '' },
        });
        expect(await call(`${sb.adminUrl}/sessions/5`, 'DELETE')).toEqual({
            status: 405, body: { errorCode: 'MethodNotAllowed', message: 'Use PATCH for /__sandbox/sessions/{id}.', errorNumber: 405, helpLink: '' },
        });
        expect(await call(`${sb.adminUrl}/other`, 'POST', [])).toEqual({
            status: 404, body: { errorCode: 'NotFound', message: 'No route for /__sandbox/other.', errorNumber: 404, helpLink: '' },
        });
    });

    test('400 for a body that is not JSON', async () => {
        expect(await call(`${sb.adminUrl}/sessions`, 'POST', '[{')).toEqual({ status: 400, body: problem({ body: ['The request body is not valid JSON.'] }) });
    });
});

describe('the lookups see what the admin routes change', () => {
    test('an ongoing session added, then ended, appears in and leaves GET /v2/ongoing-transactions', async () => {
        const ongoing = async () => {
            const res = await fetch(`${sb.url}/v2/ongoing-transactions?limit=100`, { headers: { 'x-api-key': KEY } });
            return ((await res.json()) as { totalRecords: number }).totalRecords;
        };
        const before = await ongoing();
        const [created] = (await call(`${sb.adminUrl}/sessions`, 'POST', [{ chargerId: 'EMB-OSL-0115', timestampStart: '2026-10-01T11:00:00.000Z' }])).body as { id: number }[];
        expect(await ongoing()).toBe(before + 1);
        expect((await call(`${sb.adminUrl}/sessions/${created!.id}`, 'PATCH', { timestampEnd: '2026-10-01T11:30:00.000Z' })).status).toBe(200);
        expect(await ongoing()).toBe(before);
    });
});
