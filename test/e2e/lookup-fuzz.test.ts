/**
 * Fuzz the lookup routes: 500 seeded random query strings (known and unknown names in any case, junk
 * values, csv lists, repeated keys, broken percent-encoding) straight at the sandbox. Every answer must
 * be 200 or 400 — never 5xx — and match the generated swagger (contract checker), and a 400 names only
 * parameters of the route.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createContractChecker } from '../../src/contract/checker.ts';
import { LOOKUP_ROUTES } from '../../src/emabler/sandbox/lookups/index.ts';
import { mulberry32, pick, randInt, type Random } from '../../src/emabler/sandbox/prng.ts';
import { DEFAULT_SANDBOX_API_KEY, startSandbox, type RunningSandbox } from '../../src/emabler/sandbox/server.ts';
import { parameters, typedOperations } from '../../src/swagger/reader.ts';
import { committedSwagger } from '../helpers/project.ts';

const swagger = committedSwagger();
/** Per route, the query parameters the generated swagger declares for its operation (paging included). */
const NAMES = new Map(
    LOOKUP_ROUTES.map((route) => {
        const op = typedOperations(swagger).find((o) => o.operationId === route.operationId);
        if (op === undefined) throw new Error(`${route.operationId} is not in the swagger`);
        return [route.path, parameters(swagger, op).filter((p) => p.in === 'query').map((p) => p.name)];
    }),
);
const VALUES = ['', ' ', '0', '1', '-1', '100', '101', '5120', '7000', 'true', 'FALSE', 'yes', 'EMB-HEL-0042', 'emb-osl-0114', '5120,6031', '1,,x', ',', 'a,b,c',
    '2026-12-31T20:00:00Z', '2026-12-31T23:00:00+01:00', '2026-02-30T00:00:00Z', 'yesterday', '2147483647', '2147483648', '9223372036854775808', '1e3', '٣',
    'ünïcødé 🚗⚡', 'name', 'GROUPNAME', 'chargerId', 'idTag', 'createdAt', 'colour', 'x'.repeat(3000)];

function queryString(rnd: Random, path: string): string {
    if (rnd() < 0.05) return pick(rnd, ['%', '%zz=1', 'limit=%', '&&&', '=5', 'limit', 'page=1&page=0', '%E0%A4%A=1']);
    const names = [...NAMES.get(path)!, 'unknown', 'x-api-key'];
    const parts: string[] = [];
    for (let k = randInt(rnd, 0, 5); k > 0; k--) {
        let name = pick(rnd, names);
        if (rnd() < 0.15) name = name.toUpperCase();
        parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(pick(rnd, VALUES))}`);
    }
    return parts.join('&');
}

const checker = createContractChecker(swagger);
let sb: RunningSandbox;
beforeAll(async () => {
    sb = await startSandbox({ seed: 99, sessions: 2_000, from: '2026-12-25T00:00:00Z', to: '2027-01-01T00:00:00Z' });
});
afterAll(async () => {
    await sb.close();
});

describe('lookup routes fuzz', () => {
    test('500 seeded random query strings get only 200 or 400, each valid against the swagger', async () => {
        const rnd = mulberry32(20261202);
        const requests = Array.from({ length: 500 }, () => {
            const route = pick(rnd, LOOKUP_ROUTES);
            return { route, query: queryString(rnd, route.path) };
        });
        const statuses = new Map<number, number>();
        const problems: string[] = [];
        const send = async ({ route, query }: (typeof requests)[number]) => {
            const res = await fetch(`${sb.url}${route.path}?${query}`, { headers: { 'x-api-key': DEFAULT_SANDBOX_API_KEY } });
            const text = await res.text();
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            const where = `${route.path}?${query.slice(0, 80)}`;
            if (res.status !== 200 && res.status !== 400) {
                problems.push(`${where} → ${res.status} ${text.slice(0, 200)}`);
                return;
            }
            const body = JSON.parse(text) as { errors?: Record<string, string[]> };
            const found = checker.checkResponse(route.operationId, res.status, body);
            if (found.length > 0) problems.push(`${where} → ${found.map((d) => d.message).join('; ')}`);
            const allowed = NAMES.get(route.path)!;
            const bad = Object.keys(body.errors ?? {}).filter((k) => !allowed.includes(k.replace(/\[\d+\]$/, '')));
            if (bad.length > 0) problems.push(`${where} → errors for ${bad.join(', ')}`);
        };
        for (let i = 0; i < requests.length; i += 10) await Promise.all(requests.slice(i, i + 10).map(send));

        expect(problems).toEqual([]);
        expect([...statuses.keys()].sort()).toEqual([200, 400]);
        expect(statuses.get(200)!).toBeGreaterThanOrEqual(150);
        expect(statuses.get(400)!).toBeGreaterThanOrEqual(150);

        const after = await fetch(`${sb.url}/v2/ongoing-transactions?limit=1`, { headers: { 'x-api-key': DEFAULT_SANDBOX_API_KEY } });
        expect(after.status).toBe(200);
    });
});
