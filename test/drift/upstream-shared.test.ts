/**
 * check:upstream against eMabler's own OpenAPI document (../shared, never copied): every operation of
 * the connector passes with exactly its declared differences, and upstream changes made in memory (a
 * type change, a dropped field, a field made nullable, ...) are each caught with the right pointer.
 * The mutations target the seed operation; the baseline loops over every operation of the model.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { exitCodeFor, type Diagnostic } from '../../src/core/diagnostic.ts';
import { checkUpstream, connectorOnlyOf, linksOf } from '../../src/drift/check.ts';
import { MODEL } from '../helpers/project.ts';
import { describeShared, ROOT_DIR, sharedPath } from '../helpers/shared.ts';

type Doc = Record<string, any>;
const UPSTREAM_FILE = 'emabler-entity-api.openapi.json';
const SWAGGER_FILE = 'apiDefinition.swagger.json';
const swagger: Doc = JSON.parse(readFileSync(join(ROOT_DIR, SWAGGER_FILE), 'utf8'));
const links = linksOf(MODEL.operations);
const connectorOnly = connectorOnlyOf(MODEL.operations);
const OP = ['paths', '/v2/transactions', 'post'];
const diag = (ruleId: string, severity: Diagnostic['severity'], path: (string | number)[], message: string): Diagnostic => ({ ruleId, severity, message, path, file: SWAGGER_FILE });

/** What a mutation adds beyond the declared baseline: every finding that is not info. */
const news = (result: readonly Diagnostic[]): Diagnostic[] => result.filter((d) => d.severity !== 'info');

describeShared('check:upstream against eMabler OpenAPI (../shared)', () => {
    let upstream: Doc;
    beforeAll(() => {
        upstream = JSON.parse(readFileSync(sharedPath('upstream', UPSTREAM_FILE), 'utf8'));
    });
    const check = (mutate: (u: Doc) => void = () => {}, coverage = false): Diagnostic[] => {
        const u = structuredClone(upstream);
        mutate(u);
        return checkUpstream({ swagger, swaggerFile: SWAGGER_FILE, openapi: u, openapiFile: UPSTREAM_FILE, links, connectorOnly, coverage });
    };
    const schemas = (u: Doc): Doc => u.components.schemas;

    test('every operation passes with exactly its declared differences (info only, each with its reason; exit 0)', () => {
        const result = check();
        expect(news(result)).toEqual([]);
        expect(exitCodeFor(result)).toBe(0);
        const reported = result.map((d) => d.message);
        for (const op of MODEL.operations) {
            for (const d of op.upstream?.differences ?? []) {
                const hits = reported.filter((m) => m.startsWith(`${op.operationId} ${d.at}: `) && m.endsWith(` Declared: ${d.reason}`));
                expect(hits, `${op.operationId} ${d.at}`).toHaveLength(1);
            }
        }
        // Connector-only operations: one info each, with the marker's reason.
        const markers = MODEL.operations.filter((op) => op.connectorOnly);
        for (const op of markers) {
            const hits = result.filter((d) => d.ruleId === 'upstream-connector-only' && d.message.startsWith(`${op.operationId}: `) && d.message.endsWith(` Declared: ${op.connectorOnly!.reason}`));
            expect(hits, op.operationId).toHaveLength(1);
        }
        const declaredCount = MODEL.operations.reduce((n, op) => n + (op.upstream?.differences.length ?? 0), 0);
        const subsetCount = result.filter((d) => d.message.includes(' Left out (subset): ')).length;
        expect(result).toHaveLength(declaredCount + subsetCount + markers.length);
    });

    test('the seed operation declares the body required, the page/limit bounds, the merged 400 body and problem details as sent', () => {
        expect(links['QueryChargingSessions']?.differences.map((d) => d.at)).toEqual([
            'responses/400/schema/errorCode',
            'responses/400/schema/message',
            'responses/400/schema/errorNumber',
            'responses/400/schema/helpLink',
            'responses/400/schema/extensions',
            'responses/400/schema/errors',
            'responses/400/schema/traceId',
            'request/body/required',
            'request/body/page/minimum',
            'request/body/limit/minimum',
            'request/body/limit/maximum',
        ]);
    });

    test('upstream changes a response field type → error at our field', () => {
        const result = check((u) => (schemas(u).chargingSessionsResponse.properties.socketId = { type: 'string' }));
        expect(news(result)).toEqual([
            diag('upstream-different', 'error', ['definitions', 'ChargingSession', 'properties', 'socketId', 'type'],
                'QueryChargingSessions responses/200/schema/items[]/socketId/type: type is "integer" here but "string" upstream (getTransactions, #/components/schemas/chargingSessionsResponse/properties/socketId/type).'),
        ]);
        expect(exitCodeFor(result)).toBe(1);
    });

    test('upstream drops a request field → extra here, pointing at our field', () => {
        expect(news(check((u) => delete schemas(u).getTransactionsRequestBody.properties.rfidTags))).toEqual([
            diag('upstream-extra-here', 'error', ['definitions', 'QueryChargingSessionsRequest', 'properties', 'rfidTags'],
                'QueryChargingSessions request/body/rfidTags: exists here but not upstream (getTransactions, looked in #/components/schemas/getTransactionsRequestBody/properties).'),
        ]);
    });

    test('upstream makes a response field nullable → nullability differs', () => {
        expect(news(check((u) => (schemas(u).chargingSessionsResponse.properties.currency.nullable = true)))).toEqual([
            diag('upstream-different', 'error', ['definitions', 'ChargingSession', 'properties', 'currency'],
                'QueryChargingSessions responses/200/schema/items[]/currency/nullable: nullable is false here but true upstream (getTransactions, #/components/schemas/chargingSessionsResponse/properties/currency/nullable).'),
        ]);
    });

    test('upstream adds a response field → missing here, pointing at the parent', () => {
        expect(news(check((u) => (schemas(u).chargingSessionsResponse.properties.co2Grams = { type: 'number', format: 'double' })))).toEqual([
            diag('upstream-missing-here', 'error', ['definitions', 'ChargingSession', 'properties'],
                'QueryChargingSessions responses/200/schema/items[]/co2Grams: missing here; upstream getTransactions has it at #/components/schemas/chargingSessionsResponse/properties/co2Grams.'),
        ]);
    });

    test('upstream changes an array item format and adds an enum', () => {
        expect(
            news(
                check((u) => {
                    const body = schemas(u).getTransactionsRequestBody.properties;
                    body.transactionIds.items.format = 'int32';
                    body.sortKey.enum = ['timestampStart', 'id'];
                }),
            ),
        ).toEqual([
            diag('upstream-different', 'error', ['definitions', 'QueryChargingSessionsRequest', 'properties', 'sortKey'],
                'QueryChargingSessions request/body/sortKey/enum: enum is absent here but ["timestampStart","id"] upstream (getTransactions, #/components/schemas/getTransactionsRequestBody/properties/sortKey/enum).'),
            diag('upstream-different', 'error', ['definitions', 'QueryChargingSessionsRequest', 'properties', 'transactionIds', 'items', 'format'],
                'QueryChargingSessions request/body/transactionIds[]/format: format is "int64" here but "int32" upstream (getTransactions, #/components/schemas/getTransactionsRequestBody/properties/transactionIds/items/format).'),
        ]);
    });

    test('upstream gives a request field a default → the default differs (what the API assumes when a flow sets nothing)', () => {
        expect(news(check((u) => (schemas(u).getTransactionsRequestBody.properties.limit.default = 100)))).toEqual([
            diag('upstream-different', 'error', ['definitions', 'QueryChargingSessionsRequest', 'properties', 'limit'],
                'QueryChargingSessions request/body/limit/default: default is absent here but 100 upstream (getTransactions, #/components/schemas/getTransactionsRequestBody/properties/limit/default).'),
        ]);
    });

    test('a default on a response field is not compared (it means nothing to a flow)', () => {
        expect(news(check((u) => (schemas(u).chargerDto.properties.state.default = 'Offline')))).toEqual([]);
        expect(news(check((u) => (schemas(u).chargingSessionsResponse.properties.currency.default = 'EUR')))).toEqual([]);
    });

    test('upstream 400 gains the Exception Details fields → that declaration becomes stale (warn)', () => {
        const result = check((u) => (schemas(u).problemDetails.properties.errorCode = { type: 'string' }));
        // Every operation whose 400 is the exact ProblemDetails now misses errorCode; the seed's merged body has it.
        const exact = MODEL.operations.filter((o) => o.responses.some((r) => r.status === '400' && r.schema !== undefined && !('kind' in r.schema) && r.schema.name === 'ProblemDetails'));
        expect(news(result).filter((d) => d.ruleId === 'upstream-missing-here').map((d) => d.message).sort()).toEqual(
            exact.map((o) => `${o.operationId} responses/400/schema/errorCode: missing here; upstream ${o.upstream?.operationId} has it at #/components/schemas/problemDetails/properties/errorCode.`).sort(),
        );
        expect(exact.length).toBeGreaterThan(0);
        expect(news(result).filter((d) => d.ruleId !== 'upstream-missing-here')).toEqual([
            diag('upstream-declaration-stale', 'warn', OP,
                'QueryChargingSessions: declared difference "responses/400/schema/errorCode" (model upstream.differences) matches no finding; remove it or correct its location.'),
        ]);
        expect(result.some((d) => d.message.startsWith('QueryChargingSessions responses/400/schema/errorCode:'))).toBe(false);
    });

    test('upstream moves the operation → our operation is not found', () => {
        const result = check((u) => {
            u.paths['/v2/sessions'] = u.paths['/v2/transactions'];
            delete u.paths['/v2/transactions'];
        });
        expect(news(result)).toEqual([diag('upstream-operation-not-found', 'error', OP, 'QueryChargingSessions: upstream has no POST /api/v2/cpo/v2/transactions (matched by method + full path).')]);
        expect(result.some((d) => d.message.startsWith('QueryChargingSessions '))).toBe(false);
    });

    test('--coverage: every upstream operation the connector does not implement is listed, then the count', () => {
        const result = check(() => {}, true);
        const listed = result.filter((d) => d.ruleId === 'upstream-not-implemented');
        const implemented = MODEL.operations.filter((o) => o.upstream).length;
        expect(listed.length).toBe(332 - implemented);
        expect(listed.some((d) => d.message.startsWith('POST /v2/transactions '))).toBe(false);
        expect(listed.find((d) => d.message.startsWith('POST /v3/transactions '))).toEqual({
            ruleId: 'upstream-not-implemented',
            severity: 'info',
            message: 'POST /v3/transactions (getTransactionsV3): Get transactions; not implemented by the connector.',
            path: ['paths', '/v3/transactions', 'post'],
            file: UPSTREAM_FILE,
        });
        expect(result.at(-1)).toEqual({
            ruleId: 'upstream-coverage',
            severity: 'info',
            message: `${implemented} of 332 upstream operations implemented; ${332 - implemented} not implemented.`,
            path: ['paths'],
            file: UPSTREAM_FILE,
        });
    });
});
