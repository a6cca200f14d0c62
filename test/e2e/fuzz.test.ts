/**
 * Fuzz: ≥ 500 random and malformed bodies from a seeded generator straight at the sandbox (not through
 * Prism, to stay fast). Every answer must be 200 or 400 — never 5xx — and the sandbox must still
 * answer a valid request afterwards.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mulberry32, pick, randInt, type Random } from '../../src/emabler/sandbox/prng.ts';
import { DEFAULT_SANDBOX_API_KEY, startSandbox, type RunningSandbox } from '../../src/emabler/sandbox/server.ts';

const FIELDS = [
    'page', 'limit', 'sortKey', 'sortDescending', 'startTime', 'startTimeSearchEnd', 'stopTimeSearchBegin', 'stopTime',
    'chargerIDs', 'driverIDs', 'siteIDs', 'rfidTags', 'transactionIds', 'evseTransactionIds', 'includeSanityFlags',
    '__proto__', 'constructor', 'toString', '',
];
const STRINGS = ['', ' ', '0', '5120', 'EMB-HEL-0042', 'EMB-HEL-0042/2', 'EMB-HEL-0042/x', '/', '//', 'ünïcødé 🚗⚡', '\u0000', '\ud83d', 'x'.repeat(5000),
    '2026-10-01T00:00:00Z', '2026-02-30T00:00:00Z', '2026-10-01', 'timestampStart', 'TIMESTAMPEND', 'sanityFlags', 'null', '1e400', '-1', '٣'];
const NUMBERS = [0, -1, 1, 7, 1000, 1001, 2147483647, 2147483648, -2147483649, 1.5, 1e21, -0, Number.MAX_SAFE_INTEGER, 88400001];

function value(rnd: Random, depth: number): unknown {
    switch (randInt(rnd, 0, depth > 2 ? 5 : 8)) {
        case 0: return null;
        case 1: return rnd() < 0.5;
        case 2: return pick(rnd, NUMBERS);
        case 3: return pick(rnd, STRINGS);
        case 4: return rnd() * 1e6 - 5e5;
        case 5: return String.fromCodePoint(...Array.from({ length: randInt(rnd, 0, 12) }, () => randInt(rnd, 0, 0x10ffff) & ~0xf800 | 0x20));
        case 6: return Array.from({ length: randInt(rnd, 0, 6) }, () => value(rnd, depth + 1));
        case 7: return Object.fromEntries(Array.from({ length: randInt(rnd, 0, 4) }, () => [pick(rnd, FIELDS), value(rnd, depth + 1)]));
        default: return rnd() < 0.5 ? Array.from({ length: randInt(rnd, 1_000, 20_000) }, (_, i) => (rnd() < 0.9 ? String(i) : i)) : [];
    }
}

/** Mostly plausible bodies with one or more bad fields, plus raw malformed text. */
function body(rnd: Random, i: number): string {
    const kind = i % 10;
    if (kind === 9) {
        const raw = ['', '{', '}', '[', 'null', 'true', '1', '"x"', '{"limit":}', '{"limit":1,}', '\ufeff{}', '{"limit":1e400}', '{"page":-0}',
            '{"a":' + '['.repeat(5000) + ']'.repeat(5000) + '}', 'garbage\u0000bytes', '{"limit":100}{"limit":1}', '{"limit":100', '\u00ff\u00fe'];
        return pick(rnd, raw);
    }
    const obj: Record<string, unknown> = {};
    const n = randInt(rnd, 0, 6);
    for (let k = 0; k < n; k++) obj[pick(rnd, FIELDS)] = value(rnd, 0);
    if (kind < 3) {
        // mostly valid: keep only well-typed values so some requests succeed
        return JSON.stringify({ limit: randInt(rnd, 1, 1000), page: randInt(rnd, 1, 5), sortKey: pick(rnd, ['id', 'siteName', 'TIMESTAMPSTART', '']), siteIDs: [pick(rnd, ['5120', '6031', '7002'])] });
    }
    return JSON.stringify(obj);
}

let sb: RunningSandbox;
beforeAll(async () => {
    sb = await startSandbox({ seed: 99, sessions: 2_000 });
});
afterAll(async () => {
    await sb.close();
});

describe('sandbox fuzz', () => {
    test('600 seeded random/malformed bodies get only 200 or 400; the sandbox keeps answering', async () => {
        const rnd = mulberry32(20261124);
        const bodies = Array.from({ length: 600 }, (_, i) => body(rnd, i));
        const statuses = new Map<number, number>();
        const problems: string[] = [];
        const send = async (text: string) => {
            const res = await fetch(`${sb.url}/v2/transactions`, {
                method: 'POST',
                headers: { 'x-api-key': DEFAULT_SANDBOX_API_KEY, 'content-type': 'application/json' },
                body: text,
            });
            const reply = await res.text();
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            if (res.status === 400) {
                const p = JSON.parse(reply) as { status: number; detail: string; title: string };
                if (p.status !== 400 || !/^[A-Za-z]+(\[\d+\])?: /.test(p.detail)) problems.push(`${text.slice(0, 80)} → ${reply.slice(0, 200)}`);
            } else if (res.status !== 200) {
                problems.push(`${text.slice(0, 80)} → ${res.status} ${reply.slice(0, 200)}`);
            }
        };
        for (let i = 0; i < bodies.length; i += 8) await Promise.all(bodies.slice(i, i + 8).map(send));

        expect(problems).toEqual([]);
        expect([...statuses.keys()].sort()).toEqual([200, 400]);
        expect(statuses.get(200)! + statuses.get(400)!).toBe(600);
        expect(statuses.get(200)!).toBeGreaterThanOrEqual(180);

        const after = await fetch(`${sb.url}/v2/transactions`, { method: 'POST', headers: { 'x-api-key': DEFAULT_SANDBOX_API_KEY }, body: '{"limit":1}' });
        expect([after.status, ((await after.json()) as { totalRecords: number }).totalRecords]).toEqual([200, 2000]);
    });
});
