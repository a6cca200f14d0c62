/**
 * The eMabler example payloads (src/emabler/examples) against the schemas of the committed, generated
 * apiDefinition.swagger.json (never a copy of them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createContractChecker } from '../../src/contract/checker.ts';
import { checkExamples } from '../../src/contract/examples.ts';
import { readExamples, type Example } from '../../src/model/examples.ts';
import { connector } from '../../src/emabler/connector.ts';
import type { SwaggerRef, SwaggerSchema } from '../../src/swagger/types.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { describeShared, ROOT_DIR, sharedPath } from '../helpers/shared.ts';
import { committedSwagger, EXAMPLES, EXAMPLES_DIR } from '../helpers/project.ts';

const OP = 'QueryChargingSessions';
const doc = committedSwagger();
const fixtures = EXAMPLES;
const fixture = (name: string): Example => {
    const found = fixtures.find((f) => f.operationId === OP && f.name === name);
    if (!found) throw new Error(`fixture ${name} is missing`);
    return found;
};
/** A fresh, mutable copy of a fixture's body. */
const bodyOf = (name: string): any => structuredClone(fixture(name).body);
const err = (path: Diagnostic['path'], message: string): Diagnostic => ({ ruleId: 'contract', severity: 'error', message, path });

const resolve = (s: SwaggerSchema | SwaggerRef): SwaggerSchema =>
    '$ref' in s ? doc.definitions[s.$ref.replace('#/definitions/', '')]! : s;

describe('example payload files', () => {
    test(`${OP} has exactly the expected set (coverage cannot quietly drop)`, () => {
        expect(fixtures.filter((f) => f.operationId === OP).map((f) => f.name)).toEqual([
            'request.empty.json',
            'request.every-filter.json',
            'response-200.all-null.json',
            'response-200.empty-last-page.json',
            'response-200.extra-properties.json',
            'response-200.realistic.json',
            'response-200.seed.json',
            'response-400.exception-details.json',
            'response-400.problem-details.json',
            'response-500.exception-details.json',
        ]);
    });

    const checker = createContractChecker(doc);
    test.each(fixtures.map((f) => [f.file, f] as const))('%s matches its schema', (_file, fx) => {
        const found =
            fx.kind === 'request' ? checker.checkRequestBody(fx.operationId, fx.body) : checker.checkResponse(fx.operationId, fx.status!, fx.body);
        expect(found).toEqual([]);
    });

    test('every example check on the project passes (what packaging runs)', () => {
        expect(checkExamples(readExamples(ROOT_DIR, EXAMPLES_DIR), EXAMPLES_DIR, doc)).toEqual([]);
    });
});

describe('negative mutations of the valid examples', () => {
    const checker = createContractChecker(doc);
    const NOT_NULLABLE = 'the schema does not set x-nullable: true';

    const responses: { name: string; file: string; status?: number; mutate: (b: any) => void; want: Diagnostic[] }[] = [
        {
            name: 'null in a non-nullable field',
            file: 'response-200.realistic.json',
            mutate: (b) => (b.items[0].socketId = null),
            want: [err(['items', 0, 'socketId'], `must be integer (int32), not null (${NOT_NULLABLE})`)],
        },
        {
            name: 'null in a non-nullable string',
            file: 'response-200.realistic.json',
            mutate: (b) => (b.items[2].siteName = null),
            want: [err(['items', 2, 'siteName'], `must be string, not null (${NOT_NULLABLE})`)],
        },
        {
            name: 'string in a number field',
            file: 'response-200.realistic.json',
            mutate: (b) => (b.items[1].fullConsumptionKWh = '41.21'),
            want: [err(['items', 1, 'fullConsumptionKWh'], 'must be number (double), got string')],
        },
        {
            name: 'string in a nullable number field',
            file: 'response-200.realistic.json',
            mutate: (b) => (b.items[4].vatPercent = '24'),
            want: [err(['items', 4, 'vatPercent'], 'must be number (double) or null, got string')],
        },
        {
            name: 'int32 overflow on socketId',
            file: 'response-200.realistic.json',
            mutate: (b) => (b.items[0].socketId = 2147483648),
            want: [err(['items', 0, 'socketId'], 'must be integer (int32): a whole number between -2147483648 and 2147483647')],
        },
        {
            name: 'int64 beyond the safe range on id',
            file: 'response-200.realistic.json',
            mutate: (b) => (b.items[3].id = 2 ** 53),
            want: [
                err(
                    ['items', 3, 'id'],
                    'must be integer (int64): a whole number between -9007199254740991 and 9007199254740991 (the JavaScript safe range)',
                ),
            ],
        },
        {
            name: 'a non-date in timestampStart',
            file: 'response-200.realistic.json',
            mutate: (b) => (b.items[2].timestampStart = '2026-10-02 evening'),
            want: [err(['items', 2, 'timestampStart'], 'must be string (date-time): an RFC 3339 date-time with a time zone, e.g. 2026-10-01T06:12:44Z')],
        },
        {
            name: 'a date-time without time zone in the nullable operationTimestamp',
            file: 'response-200.all-null.json',
            mutate: (b) => (b.items[1].operationTimestamp = '2026-10-04T12:02:00'),
            want: [err(['items', 1, 'operationTimestamp'], 'must be string (date-time): an RFC 3339 date-time with a time zone, e.g. 2026-10-01T06:12:44Z')],
        },
        {
            name: 'a number in the sanityFlags string array',
            file: 'response-200.all-null.json',
            mutate: (b) => b.items[1].sanityFlags.push(3),
            want: [err(['items', 1, 'sanityFlags', 2], 'must be string, got integer')],
        },
        {
            name: 'null where a session belongs',
            file: 'response-200.empty-last-page.json',
            mutate: (b) => b.items.push(null),
            want: [err(['items', 0], `must be object, not null (${NOT_NULLABLE})`)],
        },
        {
            name: 'hasNextPage as a string',
            file: 'response-200.empty-last-page.json',
            mutate: (b) => (b.hasNextPage = 'false'),
            want: [err(['hasNextPage'], 'must be boolean, got string')],
        },
        {
            name: 'problem details with a message that is not in a list',
            file: 'response-400.problem-details.json',
            status: 400,
            mutate: (b) => (b.errors = { limit: 'The field limit must be between 1 and 1000.' }),
            want: [err(['errors', 'limit'], 'must be array, got string')],
        },
        {
            name: 'errorNumber as text',
            file: 'response-500.exception-details.json',
            status: 500,
            mutate: (b) => (b.errorNumber = '1000'),
            want: [err(['errorNumber'], 'must be integer (int32), got string')],
        },
    ];
    test.each(responses)('response: $name', ({ file, status, mutate, want }) => {
        const body = bodyOf(file);
        mutate(body);
        expect(checker.checkResponse(OP, status ?? 200, body)).toEqual(want);
    });

    const requests: { name: string; mutate: (b: any) => void; want: Diagnostic[] }[] = [
        {
            name: 'wrong array item type in chargerIDs',
            mutate: (b) => (b.chargerIDs[1] = 42),
            want: [err(['chargerIDs', 1], 'must be string, got integer')],
        },
        {
            name: 'a session id as text in transactionIds',
            mutate: (b) => (b.transactionIds[0] = '88412093'),
            want: [err(['transactionIds', 0], 'must be integer (int64), got string')],
        },
        {
            name: 'a page size above 1000',
            mutate: (b) => (b.limit = 1001),
            want: [err(['limit'], 'must be <= 1000')],
        },
        {
            name: 'page 0',
            mutate: (b) => (b.page = 0),
            want: [err(['page'], 'must be >= 1')],
        },
        {
            name: 'a start time without time zone',
            mutate: (b) => (b.startTime = '2026-10-01T00:00:00'),
            want: [err(['startTime'], 'must be string (date-time): an RFC 3339 date-time with a time zone, e.g. 2026-10-01T06:12:44Z')],
        },
        {
            name: 'a misspelt filter is an unknown property',
            mutate: (b) => (b.chargerIds = b.chargerIDs),
            want: [err(['chargerIds'], 'is not a declared property, and this schema accepts no others')],
        },
        {
            name: 'sortDescending as text',
            mutate: (b) => (b.sortDescending = 'true'),
            want: [err(['sortDescending'], 'must be boolean or null, got string')],
        },
    ];
    test.each(requests)('request: $name', ({ mutate, want }) => {
        const body = bodyOf('request.every-filter.json');
        mutate(body);
        expect(checker.checkRequestBody(OP, body)).toEqual(want);
    });

    test('no field is required in the emitted document, so no "missing required" mutation applies to it', () => {
        // Missing required fields are covered on a small document in checker.test.ts. If the model ever
        // marks a field required, this list changes and the mutation belongs here.
        const required = Object.entries(doc.definitions).flatMap(([name, d]) => (d.required ?? []).map((r) => `${name}.${r}`));
        expect(required).toEqual([]);
    });
});

describe('what each example shows', () => {
    const session = doc.definitions['ChargingSession']!;
    const sessionProps = Object.keys(session.properties ?? {});

    test('every-filter request sets every property of the request schema, with both chargerIDs forms', () => {
        const body = bodyOf('request.every-filter.json');
        const schema = resolve((doc.paths['/v2/transactions']!.post!.parameters[0] as { schema: SwaggerRef }).schema);
        expect(Object.keys(body).sort()).toEqual(Object.keys(schema.properties ?? {}).sort());
        expect(body.chargerIDs.filter((id: string) => /^[^/]+\/\d+$/.test(id))).toEqual(['EMB-STO-0007/2', 'EMB-OSL-0113/1']);
        expect(body.chargerIDs.filter((id: string) => !id.includes('/'))).toEqual(['EMB-HEL-0042']);
    });

    test('empty request is an empty object', () => {
        expect(fixture('request.empty.json').body).toEqual({});
    });

    test('realistic page: several sessions, three currencies, VAT 24, 25.5 and 21, non-ASCII names', () => {
        const items: Record<string, unknown>[] = bodyOf('response-200.realistic.json').items;
        expect(items.length).toBe(5);
        expect([...new Set(items.map((i) => i['currency']))].sort()).toEqual(['EUR', 'NOK', 'SEK']);
        expect([...new Set(items.map((i) => i['vatPercent']))].sort()).toEqual([21, 24, 25, 25.5]);
        const nonAscii = (key: string) => items.filter((i) => /[^\x00-\x7f]/.test(String(i[key]))).length;
        expect(nonAscii('siteName')).toBe(4);
        expect(nonAscii('userName')).toBe(5);
        // Every declared session field is present in every realistic session.
        for (const i of items) expect(Object.keys(i)).toEqual(sessionProps);
    });

    test('all-null page: every nullable field, derived from the emitted document, is null', () => {
        const nullable = sessionProps.filter((p) => (session.properties![p] as SwaggerSchema)['x-nullable'] === true);
        const pageSchema = doc.definitions['ChargingSessionPage']!;
        const pageNullable = Object.entries(pageSchema.properties ?? {}).filter(([, s]) => (s as SwaggerSchema)['x-nullable'] === true);
        expect(pageNullable).toEqual([]);
        expect(nullable.length).toBeGreaterThan(0);
        const items: Record<string, unknown>[] = bodyOf('response-200.all-null.json').items;
        expect(items.length).toBe(2);
        for (const item of items) {
            expect(nullable.filter((p) => item[p] !== null)).toEqual([]);
            // …and only those: every other field carries a value.
            expect(Object.keys(item).filter((k) => item[k] === null)).toEqual(nullable);
        }
    });

    test('empty last page', () => {
        expect(bodyOf('response-200.empty-last-page.json')).toMatchObject({ items: [], hasNextPage: false, hasPreviousPage: true });
    });

    test('extra-properties page: every session carries fields the schema does not declare', () => {
        const body = bodyOf('response-200.extra-properties.json');
        const undeclared = (o: Record<string, unknown>, declared: string[]) => Object.keys(o).filter((k) => !declared.includes(k));
        expect(undeclared(body, Object.keys(doc.definitions['ChargingSessionPage']!.properties ?? {}))).toEqual(['nextPageToken']);
        expect(body.items.map((i: Record<string, unknown>) => undeclared(i, sessionProps))).toEqual([
            ['stopReason', 'meterStartWh', 'meterStopWh', 'peakPowerKw', 'co2SavedKg', 'connectorType', 'location'],
            ['stopReason', 'roamingPartner', 'idleMinutes'],
        ]);
    });

    test('400 comes in both shapes', () => {
        expect(Object.keys(bodyOf('response-400.exception-details.json'))).toEqual(['errorCode', 'message', 'errorNumber', 'helpLink']);
        expect(Object.keys(bodyOf('response-400.problem-details.json'))).toEqual(['type', 'title', 'status', 'detail', 'instance', 'errors', 'traceId']);
    });
});

describe('examples embedded in the committed swagger', () => {
    const responses = connector.operations.flatMap((op) => op.responses.map((r) => ({ op, r })));
    test.each(responses.map(({ op, r }) => [`${op.operationId} ${r.status}`, op, r] as const))(
        '%s embeds exactly its example file',
        (_name, op, r) => {
            const emitted = doc.paths[op.path]![op.method]!.responses[r.status]!;
            if (r.exampleFile === undefined) {
                expect(emitted.examples).toBeUndefined();
                return;
            }
            const file = join(ROOT_DIR, EXAMPLES_DIR, op.operationId, r.exampleFile);
            expect(emitted.examples).toEqual({ 'application/json': JSON.parse(readFileSync(file, 'utf8')) });
        },
    );
});

describeShared('seed example', () => {
    test('response-200.seed.json is the example JSON of the seed page, byte for byte', () => {
        const lines = readFileSync(sharedPath('seed', 'query-charging-sessions.txt'), 'utf8').split('\n');
        const start = lines.indexOf('{');
        expect(start).toBeGreaterThan(-1);
        // The example is the shortest run of lines from the first "{" that parses as JSON.
        let text: string | undefined;
        for (let end = start + 1; end <= lines.length && text === undefined; end++) {
            const candidate = lines.slice(start, end).join('\n');
            try {
                JSON.parse(candidate);
                text = candidate;
            } catch {
                // not complete yet
            }
        }
        expect(text).not.toBeUndefined();
        const seedFile = readFileSync(join(ROOT_DIR, EXAMPLES_DIR, OP, 'response-200.seed.json'), 'utf8');
        expect(JSON.parse(seedFile)).toEqual(JSON.parse(text!));
        expect(seedFile).toBe(`${text}\n`);
    });
});
