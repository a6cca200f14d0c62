/**
 * The generated swagger carries exactly the seed's fields (../shared/seed/query-charging-sessions.txt),
 * with exact types, formats and nullability. The tables below were written from the seed page by hand;
 * they are deliberately NOT read back from the model.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { SwaggerDocument, SwaggerSchema } from '../../src/swagger/types.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

const doc = JSON.parse(readFileSync(join(ROOT_DIR, 'apiDefinition.swagger.json'), 'utf8')) as SwaggerDocument;

type Row = [name: string, type: string, format: string | undefined, nullable: boolean];

const SEED_REQUEST: Row[] = [
    ['page', 'integer', 'int32', true],
    ['limit', 'integer', 'int32', true],
    ['sortKey', 'string', undefined, false],
    ['sortDescending', 'boolean', undefined, true],
    ['startTime', 'string', 'date-time', true],
    ['startTimeSearchEnd', 'string', 'date-time', true],
    ['stopTimeSearchBegin', 'string', 'date-time', true],
    ['stopTime', 'string', 'date-time', true],
    ['chargerIDs', 'array', undefined, false],
    ['driverIDs', 'array', undefined, false],
    ['siteIDs', 'array', undefined, false],
    ['rfidTags', 'array', undefined, false],
];
/** Upstream-only request filters, typed as in eMabler's OpenAPI (getTransactionsRequestBody). */
const UPSTREAM_REQUEST: Row[] = [
    ['transactionIds', 'array', undefined, false],
    ['evseTransactionIds', 'array', undefined, false],
    ['includeSanityFlags', 'boolean', undefined, true],
];
const REQUEST_ARRAY_ITEMS: Record<string, [string, string | undefined]> = {
    chargerIDs: ['string', undefined],
    driverIDs: ['string', undefined],
    siteIDs: ['string', undefined],
    rfidTags: ['string', undefined],
    transactionIds: ['integer', 'int64'],
    evseTransactionIds: ['string', undefined],
};

const SEED_ENVELOPE: Row[] = [
    ['page', 'integer', 'int32', false],
    ['limit', 'integer', 'int32', false],
    ['totalRecords', 'integer', 'int64', false],
    ['hasNextPage', 'boolean', undefined, false],
    ['hasPreviousPage', 'boolean', undefined, false],
    ['items', 'array', undefined, false],
];

const SEED_ITEM: Row[] = [
    ['timestampStart', 'string', 'date-time', false],
    ['timestampEnd', 'string', 'date-time', false],
    ['chargerId', 'string', undefined, false],
    ['socketId', 'integer', 'int32', false],
    ['authorizedTagId', 'string', undefined, false],
    ['authorizedUserId', 'integer', 'int64', false],
    ['userName', 'string', undefined, false],
    ['siteId', 'integer', 'int64', false],
    ['siteName', 'string', undefined, false],
    ['driverSiteId', 'integer', 'int64', true],
    ['driverSiteName', 'string', undefined, false],
    ['fullConsumptionWh', 'integer', 'int32', false],
    ['fullConsumptionKWh', 'number', 'double', false],
    ['transactionLengthMinutes', 'number', 'double', false],
    ['id', 'integer', 'int64', false],
    ['unitPowerCost', 'number', 'double', true],
    ['currency', 'string', undefined, false],
    ['vatPercent', 'number', 'double', true],
    ['energyPriceInclVat', 'number', 'double', true],
    ['energyPriceExclVat', 'number', 'double', true],
    ['chargingTimePriceInclVat', 'number', 'double', true],
    ['chargingTimePriceExclVat', 'number', 'double', true],
    ['parkingTimePriceInclVat', 'number', 'double', true],
    ['parkingTimePriceExclVat', 'number', 'double', true],
    ['flatFeeInclVat', 'number', 'double', true],
    ['flatFeeExclVat', 'number', 'double', true],
    ['totalMarginAmount', 'number', 'double', true],
    ['reductionAmount', 'number', 'double', true],
    ['totalCostInclVat', 'number', 'double', true],
    ['totalCostExclVat', 'number', 'double', true],
    ['totalVatAmount', 'number', 'double', true],
    ['evseTransactionId', 'string', undefined, false],
    ['operationTimestamp', 'string', 'date-time', true],
    ['origin', 'string', undefined, false],
];
/** Upstream-only item fields (chargingSessionsResponse), typed as upstream. */
const UPSTREAM_ITEM: Row[] = [
    ['chargerName', 'string', undefined, false],
    ['socketName', 'string', undefined, false],
    ['tariffId', 'string', undefined, false],
    ['tariffVersion', 'integer', 'int32', true],
    ['sanityFlags', 'array', undefined, false],
    ['vehicleId', 'string', undefined, false],
];

const operation = doc.paths['/v2/transactions']?.post;
const refName = (s: unknown): string => {
    const ref = (s as { $ref?: string }).$ref ?? '';
    expect(ref).toMatch(/^#\/definitions\//);
    return ref.slice('#/definitions/'.length);
};
const definition = (name: string): SwaggerSchema => {
    const d = doc.definitions[name];
    if (!d) throw new Error(`definition ${name} missing`);
    return d;
};

const shape = (s: SwaggerSchema | undefined) => ({
    type: s?.type,
    format: s?.format,
    nullable: s?.['x-nullable'] === true,
});
const rowShape = ([, type, format, nullable]: Row) => ({ type, format, nullable });

function expectExactFields(schema: SwaggerSchema, seed: Row[], upstream: Row[]): void {
    const props = schema.properties ?? {};
    expect(Object.keys(props).sort()).toEqual([...seed, ...upstream].map((r) => r[0]).sort());
    for (const row of [...seed, ...upstream]) {
        expect({ field: row[0], ...shape(props[row[0]] as SwaggerSchema) }).toEqual({ field: row[0], ...rowShape(row) });
    }
}

describe('QueryChargingSessions matches the seed', () => {
    test('POST /v2/transactions on base path /api/v2/cpo, operation id and summary as in the seed', () => {
        expect(doc.basePath).toBe('/api/v2/cpo');
        expect(doc.host).toBe('api.emabler.io');
        expect(operation?.operationId).toBe('QueryChargingSessions');
        expect(operation?.summary).toBe('Query charging sessions');
        expect(operation?.['x-ms-visibility']).toBe('important');
        expect(Object.keys(doc.paths)).toContain('/v2/transactions');
        expect(Object.keys(doc.paths['/v2/transactions'] ?? {})).toEqual(['post']);
    });

    test('request body: the 12 seed fields plus 3 upstream filters, exact types/formats/nullability', () => {
        const body = operation?.parameters.find((p) => p.in === 'body');
        expect(body?.in).toBe('body');
        const schema = definition(refName((body as { schema: unknown }).schema));
        expectExactFields(schema, SEED_REQUEST, UPSTREAM_REQUEST);
        for (const [name, [type, format]] of Object.entries(REQUEST_ARRAY_ITEMS)) {
            // Type and format as the seed has them (pickers add x-ms-dynamic-* beside them: test/emabler/pickers.test.ts).
            const items = (schema.properties?.[name] as SwaggerSchema | undefined)?.items as SwaggerSchema | undefined;
            expect({ name, items: items && { type: items.type, ...(items.format ? { format: items.format } : {}) } }).toEqual({
                name,
                items: format ? { type, format } : { type },
            });
        }
    });

    test('200 envelope and the 34 seed item fields plus 6 upstream fields, exact types/formats/nullability', () => {
        const page = definition(refName(operation?.responses['200']?.schema));
        expectExactFields(page, SEED_ENVELOPE, []);
        const items = page.properties?.items as SwaggerSchema;
        const item = definition(refName(items.items));
        expectExactFields(item, SEED_ITEM, UPSTREAM_ITEM);
        expect((item.properties?.sanityFlags as SwaggerSchema).items).toEqual({ type: 'string' });
    });

    test('x-nullable is set on exactly the 17 seed-nullable item fields (plus upstream tariffVersion)', () => {
        const page = definition(refName(operation?.responses['200']?.schema));
        const item = definition(refName((page.properties?.items as SwaggerSchema).items));
        const nullable = Object.entries(item.properties ?? {})
            .filter(([, s]) => (s as SwaggerSchema)['x-nullable'] === true)
            .map(([n]) => n);
        const seedNullable = SEED_ITEM.filter((r) => r[3]).map((r) => r[0]);
        expect(seedNullable).toHaveLength(17);
        expect(nullable.sort()).toEqual([...seedNullable, 'tariffVersion'].sort());
    });

    test('errors: 400 exposes both error shapes, 401 has no body, 500 is Exception Details', () => {
        const responses = operation?.responses ?? {};
        expect(Object.keys(responses)).toEqual(['200', '400', '401', '500']);
        expect(responses['401']).toEqual({ description: 'User not authorised', 'x-ms-summary': 'Unauthorised' });
        const bad = definition(refName(responses['400']?.schema));
        expect(Object.keys(bad.properties ?? {})).toEqual([
            'type', 'title', 'status', 'detail', 'instance', 'errors', 'traceId',
            'errorCode', 'message', 'errorNumber', 'helpLink',
        ]);
        expect(bad.required).toBeUndefined();
        expect(shape(bad.properties?.errorNumber as SwaggerSchema)).toEqual({ type: 'integer', format: 'int32', nullable: false });
        expect(shape(bad.properties?.status as SwaggerSchema)).toEqual({ type: 'integer', format: 'int32', nullable: true });
        // What ASP.NET really sends (top-level members), not upstream's `extensions` object.
        expect((bad.properties?.errors as SwaggerSchema).additionalProperties).toEqual({ type: 'array', items: { type: 'string' } });
        expect(shape(bad.properties?.traceId as SwaggerSchema)).toEqual({ type: 'string', nullable: false });
        const err = definition(refName(responses['500']?.schema));
        expect(Object.fromEntries(Object.entries(err.properties ?? {}).map(([k, v]) => [k, shape(v as SwaggerSchema)]))).toEqual({
            errorCode: { type: 'string', format: undefined, nullable: false },
            message: { type: 'string', format: undefined, nullable: false },
            errorNumber: { type: 'integer', format: 'int32', nullable: false },
            helpLink: { type: 'string', format: undefined, nullable: false },
        });
    });

    test('limit states its maximum of 1000; paging contract is in the operation description', () => {
        const body = operation?.parameters.find((p) => p.in === 'body') as { schema: unknown };
        const limit = definition(refName(body.schema)).properties?.limit as SwaggerSchema;
        expect([limit.minimum, limit.maximum]).toEqual([1, 1000]);
        expect(limit.description).toContain('at most 1000');
        expect(operation?.description).toContain('Has Next Page');
    });
});
