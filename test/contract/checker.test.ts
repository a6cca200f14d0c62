import { describe, expect, test } from 'vitest';
import { createContractChecker } from '../../src/contract/checker.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { makeDoc, makeOperation } from './helpers.ts';

const NOT_NULLABLE = 'the schema does not set x-nullable: true';
const DATE_TIME = 'must be string (date-time): an RFC 3339 date-time with a time zone, e.g. 2026-10-01T06:12:44Z';
const INT32_RANGE = 'must be integer (int32): a whole number between -2147483648 and 2147483647';
const INT64_RANGE =
    'must be integer (int64): a whole number between -9007199254740991 and 9007199254740991 (the JavaScript safe range)';

const doc = makeDoc(
    {
        '/items': {
            post: makeOperation('ListItems', { $ref: '#/definitions/Query' }, {
                '200': { description: 'Page.', schema: { $ref: '#/definitions/Page' } },
                '204': { description: 'Nothing.' },
                default: { description: 'Error.', schema: { type: 'object', properties: { message: { type: 'string' } } } },
            }),
        },
        '/ping/{id}': {
            get: makeOperation('Ping', undefined, { '200': { description: 'Pong.', schema: { type: 'string' } } }),
            put: makeOperation('PutPing', { type: 'object', properties: { a: { type: 'string' } } }, { '204': { description: 'Done.' } }, false),
        },
    },
    {
        Item: {
            type: 'object',
            required: ['id'],
            properties: {
                id: { type: 'integer', format: 'int64' },
                count: { type: 'integer', format: 'int32' },
                ratio: { type: 'number', format: 'double' },
                at: { type: 'string', format: 'date-time' },
                maybe: { type: 'integer', format: 'int32', 'x-nullable': true },
                when: { type: 'string', format: 'date-time', 'x-nullable': true },
                day: { type: 'string', format: 'date' },
                local: { type: 'string', format: 'date-no-tz' },
                tags: { type: 'array', items: { type: 'string' } },
                meta: { type: 'object', additionalProperties: { type: 'object' } },
            },
        },
        Page: {
            type: 'object',
            properties: { total: { type: 'integer', format: 'int64' }, items: { type: 'array', items: { $ref: '#/definitions/Item' } } },
        },
        Query: {
            type: 'object',
            properties: {
                ids: { type: 'array', items: { type: 'string' } },
                limit: { type: 'integer', format: 'int32', 'x-nullable': true, minimum: 1, maximum: 1000 },
                nested: { type: 'object', properties: { a: { type: 'string' } } },
            },
        },
    },
);

const item = {
    id: 88412093,
    count: 2,
    ratio: 0.5,
    at: '2026-10-01T06:12:44.120Z',
    maybe: null,
    when: null,
    day: '2026-10-01',
    local: '2026-10-01T06:12:44',
    tags: ['a'],
    meta: { k: {} },
};
const page = (patch: Record<string, unknown>) => ({ total: 1, items: [{ ...item, ...patch }] });
const err = (path: Diagnostic['path'], message: string): Diagnostic => ({ ruleId: 'contract', severity: 'error', message, path });
const at = (field: string, ...rest: (string | number)[]) => ['items', 0, field, ...rest];

describe('checkResponse: one valid page and its mutations', () => {
    const checker = createContractChecker(doc);
    const cases: { name: string; body: unknown; want: Diagnostic[] }[] = [
        { name: 'valid page', body: page({}), want: [] },
        { name: 'nullable fields with values', body: page({ maybe: 7, when: '2026-10-01T06:12:44+03:00' }), want: [] },
        { name: 'unknown properties are tolerated', body: { ...page({ futureField: { x: 1 } }), cursor: 'abc' }, want: [] },
        { name: 'empty page', body: { total: 0, items: [] }, want: [] },
        { name: 'missing required field', body: { items: [{ count: 1 }] }, want: [err(['items', 0, 'id'], 'is required but missing')] },
        { name: 'null in a non-nullable field', body: page({ count: null }), want: [err(at('count'), `must be integer (int32), not null (${NOT_NULLABLE})`)] },
        { name: 'string in a nullable integer', body: page({ maybe: '7' }), want: [err(at('maybe'), 'must be integer (int32) or null, got string')] },
        { name: 'int32 upper edge', body: page({ count: 2147483647 }), want: [] },
        { name: 'int32 lower edge', body: page({ count: -2147483648 }), want: [] },
        { name: 'int32 overflow', body: page({ count: 2147483648 }), want: [err(at('count'), INT32_RANGE)] },
        { name: 'int32 underflow', body: page({ count: -2147483649 }), want: [err(at('count'), INT32_RANGE)] },
        { name: 'fraction in an integer', body: page({ count: 1.5 }), want: [err(at('count'), 'must be integer (int32), got number')] },
        { name: 'int64 safe edge', body: page({ id: 9007199254740991 }), want: [] },
        { name: 'int64 beyond the safe range', body: page({ id: 9007199254740992 }), want: [err(at('id'), INT64_RANGE)] },
        { name: 'double accepts a whole number', body: page({ ratio: 3 }), want: [] },
        { name: 'string in a double', body: page({ ratio: '0.5' }), want: [err(at('ratio'), 'must be number (double), got string')] },
        { name: 'boolean in a double', body: page({ ratio: true }), want: [err(at('ratio'), 'must be number (double), got boolean')] },
        { name: 'date-time with an offset', body: page({ at: '2026-10-01T09:12:44+03:00' }), want: [] },
        { name: 'date-time without a time zone', body: page({ at: '2026-10-01T06:12:44' }), want: [err(at('at'), DATE_TIME)] },
        { name: 'impossible date-time', body: page({ at: '2026-02-30T00:00:00Z' }), want: [err(at('at'), DATE_TIME)] },
        { name: 'not a date-time at all', body: page({ at: 'yesterday' }), want: [err(at('at'), DATE_TIME)] },
        { name: 'bad value in a nullable date-time', body: page({ when: '01/10/2026' }), want: [err(at('when'), DATE_TIME)] },
        { name: 'date-time where a date belongs', body: page({ day: '2026-10-01T00:00:00Z' }), want: [err(at('day'), 'must be string (date): an RFC 3339 full-date, e.g. 2026-10-01')] },
        {
            name: 'date-no-tz with a time zone',
            body: page({ local: '2026-10-01T06:12:44Z' }),
            want: [err(at('local'), 'must be string (date-no-tz): a date-time without a time zone, e.g. 2026-10-01T06:12:44')],
        },
        { name: 'wrong array item type', body: page({ tags: ['a', 2] }), want: [err(at('tags', 1), 'must be string, got integer')] },
        { name: 'null array item', body: page({ tags: [null] }), want: [err(at('tags', 0), `must be string, not null (${NOT_NULLABLE})`)] },
        { name: 'object instead of array', body: { items: {} }, want: [err(['items'], 'must be array, got object')] },
        { name: 'map value of the wrong type', body: page({ meta: { k: 'v' } }), want: [err(at('meta', 'k'), 'must be object, got string')] },
        { name: 'digit keys of a map stay strings', body: page({ meta: { '0': 1 } }), want: [err(at('meta', '0'), 'must be object, got integer')] },
        { name: 'map keys with a slash stay whole', body: page({ meta: { 'a/b~c': [] } }), want: [err(at('meta', 'a/b~c'), 'must be object, got array')] },
        { name: 'null body', body: null, want: [err([], `must be object, not null (${NOT_NULLABLE})`)] },
        {
            name: 'every finding is reported, in schema order',
            body: { total: '1', items: [{ ...item, count: null }, { count: 1 }] },
            want: [
                err(['total'], 'must be integer (int64), got string'),
                err(['items', 0, 'count'], `must be integer (int32), not null (${NOT_NULLABLE})`),
                err(['items', 1, 'id'], 'is required but missing'),
            ],
        },
    ];
    test.each(cases)('$name', ({ body, want }) => {
        expect(checker.checkResponse('ListItems', 200, body)).toEqual(want);
    });
});

describe('checkRequestBody', () => {
    const checker = createContractChecker(doc);
    const cases: { name: string; operationId?: string; body: unknown; want: Diagnostic[] }[] = [
        { name: 'empty object', body: {}, want: [] },
        { name: 'every field', body: { ids: ['a'], limit: 1000, nested: { a: 'x' } }, want: [] },
        { name: 'nullable limit', body: { limit: null }, want: [] },
        { name: 'below minimum', body: { limit: 0 }, want: [err(['limit'], 'must be >= 1')] },
        { name: 'above maximum', body: { limit: 1001 }, want: [err(['limit'], 'must be <= 1000')] },
        { name: 'unknown property', body: { idz: [] }, want: [err(['idz'], 'is not a declared property, and this schema accepts no others')] },
        { name: 'unknown nested property', body: { nested: { b: 1 } }, want: [err(['nested', 'b'], 'is not a declared property, and this schema accepts no others')] },
        { name: 'wrong array item type', body: { ids: ['a', 2] }, want: [err(['ids', 1], 'must be string, got integer')] },
        { name: 'array body', body: [], want: [err([], 'must be object, got array')] },
        { name: 'no body although required', body: undefined, want: [err([], 'operation ListItems requires a request body, but none was given.')] },
        { name: 'optional body left out', operationId: 'PutPing', body: undefined, want: [] },
        { name: 'operation without a body parameter, no body', operationId: 'Ping', body: undefined, want: [] },
        {
            name: 'operation without a body parameter, with a body',
            operationId: 'Ping',
            body: {},
            want: [err([], 'operation Ping declares no body parameter, but a body was given.')],
        },
        {
            name: 'unknown operation',
            operationId: 'ListItem',
            body: {},
            want: [err([], 'unknown operation "ListItem": the document declares ListItems, Ping, PutPing.')],
        },
    ];
    test.each(cases)('$name', ({ operationId, body, want }) => {
        expect(checker.checkRequestBody(operationId ?? 'ListItems', body)).toEqual(want);
    });
});

describe('checkResponse: statuses', () => {
    const checker = createContractChecker(doc);
    const cases: { name: string; operationId?: string; status: string | number; body: unknown; want: Diagnostic[] }[] = [
        { name: 'status given as a string', status: '200', body: page({}), want: [] },
        { name: 'undeclared status falls back to default', status: 404, body: { message: 'Not found' }, want: [] },
        { name: 'default schema is checked', status: 503, body: { message: 1 }, want: [err(['message'], 'must be string, got integer')] },
        { name: 'status without schema, no body', status: 204, body: undefined, want: [] },
        {
            name: 'status without schema, with a body',
            status: 204,
            body: { a: 1 },
            want: [
                {
                    ruleId: 'contract',
                    severity: 'warn',
                    message: 'status 204 of ListItems declares no body schema, so this body is not checked and flows cannot read it.',
                    path: [],
                },
            ],
        },
        { name: 'empty body where a schema is declared', status: 200, body: undefined, want: [err([], 'status 200 of ListItems declares a body schema, but the body is empty.')] },
        { name: 'primitive response schema', operationId: 'Ping', status: 200, body: 'pong', want: [] },
        { name: 'undeclared status without default', operationId: 'Ping', status: 500, body: {}, want: [err([], 'status 500 is not declared by operation Ping (declared: 200).')] },
        { name: 'unknown operation', operationId: 'Nope', status: 200, body: {}, want: [err([], 'unknown operation "Nope": the document declares ListItems, Ping, PutPing.')] },
    ];
    test.each(cases)('$name', ({ operationId, status, body, want }) => {
        expect(checker.checkResponse(operationId ?? 'ListItems', status, body)).toEqual(want);
    });
});

describe('createContractChecker', () => {
    test('a schema that cannot compile is a diagnostic, every time it is asked for', () => {
        const broken = makeDoc({
            '/x': { get: makeOperation('GetX', undefined, { '200': { description: 'X.', schema: { $ref: '#/definitions/Missing' } } }) },
        });
        const checker = createContractChecker(broken);
        const want = [
            err(
                [],
                "cannot check the 200 response of GetX: its schema does not compile (can't resolve reference urn:connector-contract:response#/definitions/Missing from id #)",
            ),
        ];
        expect(checker.checkResponse('GetX', 200, {})).toEqual(want);
        expect(checker.checkResponse('GetX', 200, {})).toEqual(want);
    });

    test('a bad definition is reported with its location', () => {
        const broken = makeDoc(
            { '/x': { post: makeOperation('PostX', { $ref: '#/definitions/X' }, { '204': { description: 'Done.' } }) } },
            { X: { type: 'object', properties: { phone: { type: 'string', format: 'phone' as never } } } },
        );
        expect(createContractChecker(broken).checkRequestBody('PostX', {})).toEqual([
            err(
                [],
                'cannot check the request body of PostX: its schema does not compile (#/definitions/X/properties/phone/format: unknown format "phone".)',
            ),
        ]);
    });

    test('each document gets its own compiled schemas', () => {
        const withType = (type: 'string' | 'integer') =>
            makeDoc(
                { '/x': { get: makeOperation('GetX', undefined, { '200': { description: 'X.', schema: { $ref: '#/definitions/X' } } }) } },
                { X: { type } },
            );
        const strings = createContractChecker(withType('string'));
        const integers = createContractChecker(withType('integer'));
        expect(strings.checkResponse('GetX', 200, 'a')).toEqual([]);
        expect(integers.checkResponse('GetX', 200, 'a')).toEqual([err([], 'must be integer, got string')]);
        expect(strings.checkResponse('GetX', 200, 1)).toEqual([err([], 'must be string, got integer')]);
    });

    test('request and response modes of one definition do not mix', () => {
        const shared = makeDoc(
            {
                '/x': {
                    post: makeOperation('PostX', { $ref: '#/definitions/X' }, { '200': { description: 'X.', schema: { $ref: '#/definitions/X' } } }),
                },
            },
            { X: { type: 'object', properties: { a: { type: 'string' } } } },
        );
        const checker = createContractChecker(shared);
        expect(checker.checkResponse('PostX', 200, { a: 'x', b: 1 })).toEqual([]);
        expect(checker.checkRequestBody('PostX', { a: 'x', b: 1 })).toEqual([err(['b'], 'is not a declared property, and this schema accepts no others')]);
        expect(checker.checkResponse('PostX', 200, { a: 'x', b: 1 })).toEqual([]);
    });

    test('does not change the document it checks', () => {
        const copy = structuredClone(doc);
        const checker = createContractChecker(copy);
        checker.checkRequestBody('ListItems', { limit: 5 });
        checker.checkResponse('ListItems', 200, page({}));
        expect(copy).toEqual(doc);
    });
});
