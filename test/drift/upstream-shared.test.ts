/**
 * check:upstream against eMabler's own OpenAPI document (../shared, never copied): the connector
 * passes with exactly its declared differences, and upstream changes made in memory (a type change,
 * a dropped field, a field made nullable, ...) are each caught with the right pointer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { checkUpstream, linksOf } from '../../src/drift/check.ts';
import { connector } from '../../src/emabler/connector.ts';
import { exitCodeFor, type Diagnostic } from '../../src/core/diagnostic.ts';
import { describeShared, ROOT_DIR, sharedPath } from '../helpers/shared.ts';

type Doc = Record<string, any>;
const UPSTREAM_FILE = 'emabler-entity-api.openapi.json';
const SWAGGER_FILE = 'apiDefinition.swagger.json';
const swagger: Doc = JSON.parse(readFileSync(join(ROOT_DIR, SWAGGER_FILE), 'utf8'));
const links = linksOf(connector.operations);
const reason = (at: string): string => {
    const d = links['QueryChargingSessions']?.differences.find((x) => x.at === at);
    if (!d) throw new Error(`the model declares no difference at ${at}`);
    return d.reason;
};
const OP = ['paths', '/v2/transactions', 'post'];
const diag = (ruleId: string, severity: Diagnostic['severity'], path: (string | number)[], message: string): Diagnostic => ({ ruleId, severity, message, path, file: SWAGGER_FILE });

const extra400 = (field: string): Diagnostic =>
    diag('upstream-extra-here', 'info', ['definitions', 'BadRequestError', 'properties', field],
        `QueryChargingSessions responses/400/schema/${field}: exists here but not upstream (getTransactions, looked in #/components/schemas/problemDetails/properties). Declared: ${reason(`responses/400/schema/${field}`)}`);

/** The declared differences, in the order the check reports them. */
const DECLARED: Diagnostic[] = [
    diag('upstream-different', 'info', [...OP, 'parameters', 0, 'required'],
        `QueryChargingSessions request/body/required: required is true here but false upstream (getTransactions, #/paths/~1v2~1transactions/post/requestBody). Declared: ${reason('request/body/required')}`),
    diag('upstream-different', 'info', ['definitions', 'QueryChargingSessionsRequest', 'properties', 'page', 'minimum'],
        `QueryChargingSessions request/body/page/minimum: minimum is 1 here but absent upstream (getTransactions, #/components/schemas/getTransactionsRequestBody/properties/page). Declared: ${reason('request/body/page/minimum')}`),
    diag('upstream-different', 'info', ['definitions', 'QueryChargingSessionsRequest', 'properties', 'limit', 'minimum'],
        `QueryChargingSessions request/body/limit/minimum: minimum is 1 here but absent upstream (getTransactions, #/components/schemas/getTransactionsRequestBody/properties/limit). Declared: ${reason('request/body/limit/minimum')}`),
    diag('upstream-different', 'info', ['definitions', 'QueryChargingSessionsRequest', 'properties', 'limit', 'maximum'],
        `QueryChargingSessions request/body/limit/maximum: maximum is 1000 here but absent upstream (getTransactions, #/components/schemas/getTransactionsRequestBody/properties/limit). Declared: ${reason('request/body/limit/maximum')}`),
    extra400('errorCode'),
    extra400('message'),
    extra400('errorNumber'),
    extra400('helpLink'),
];

describeShared('check:upstream against eMabler OpenAPI (../shared)', () => {
    let upstream: Doc;
    beforeAll(() => {
        upstream = JSON.parse(readFileSync(sharedPath('upstream', UPSTREAM_FILE), 'utf8'));
    });
    const check = (mutate: (u: Doc) => void = () => {}, coverage = false): Diagnostic[] => {
        const u = structuredClone(upstream);
        mutate(u);
        return checkUpstream({ swagger, swaggerFile: SWAGGER_FILE, openapi: u, openapiFile: UPSTREAM_FILE, links, coverage });
    };
    const schemas = (u: Doc): Doc => u.components.schemas;

    test('our connector passes with exactly the declared differences (info only, exit 0)', () => {
        const result = check();
        expect(result).toEqual(DECLARED);
        expect(exitCodeFor(result)).toBe(0);
    });

    test('upstream changes a response field type → error at our field', () => {
        const result = check((u) => (schemas(u).chargingSessionsResponse.properties.socketId = { type: 'string' }));
        expect(result).toEqual([
            ...DECLARED.slice(0, 4),
            diag('upstream-different', 'error', ['definitions', 'ChargingSession', 'properties', 'socketId', 'type'],
                'QueryChargingSessions responses/200/schema/items[]/socketId/type: type is "integer" here but "string" upstream (getTransactions, #/components/schemas/chargingSessionsResponse/properties/socketId/type).'),
            ...DECLARED.slice(4),
        ]);
        expect(exitCodeFor(result)).toBe(1);
    });

    test('upstream drops a request field → extra here, pointing at our field', () => {
        expect(check((u) => delete schemas(u).getTransactionsRequestBody.properties.rfidTags)).toEqual([
            ...DECLARED.slice(0, 4),
            diag('upstream-extra-here', 'error', ['definitions', 'QueryChargingSessionsRequest', 'properties', 'rfidTags'],
                'QueryChargingSessions request/body/rfidTags: exists here but not upstream (getTransactions, looked in #/components/schemas/getTransactionsRequestBody/properties).'),
            ...DECLARED.slice(4),
        ]);
    });

    test('upstream makes a response field nullable → nullability differs', () => {
        expect(check((u) => (schemas(u).chargingSessionsResponse.properties.currency.nullable = true))).toEqual([
            ...DECLARED.slice(0, 4),
            diag('upstream-different', 'error', ['definitions', 'ChargingSession', 'properties', 'currency'],
                'QueryChargingSessions responses/200/schema/items[]/currency/nullable: nullable is false here but true upstream (getTransactions, #/components/schemas/chargingSessionsResponse/properties/currency/nullable).'),
            ...DECLARED.slice(4),
        ]);
    });

    test('upstream adds a response field → missing here, pointing at the parent', () => {
        expect(check((u) => (schemas(u).chargingSessionsResponse.properties.co2Grams = { type: 'number', format: 'double' }))).toEqual([
            ...DECLARED.slice(0, 4),
            diag('upstream-missing-here', 'error', ['definitions', 'ChargingSession', 'properties'],
                'QueryChargingSessions responses/200/schema/items[]/co2Grams: missing here; upstream getTransactions has it at #/components/schemas/chargingSessionsResponse/properties/co2Grams.'),
            ...DECLARED.slice(4),
        ]);
    });

    test('upstream changes an array item format and adds an enum', () => {
        expect(
            check((u) => {
                const body = schemas(u).getTransactionsRequestBody.properties;
                body.transactionIds.items.format = 'int32';
                body.sortKey.enum = ['timestampStart', 'id'];
            }),
        ).toEqual([
            DECLARED[0],
            DECLARED[1],
            DECLARED[2],
            DECLARED[3],
            diag('upstream-different', 'error', ['definitions', 'QueryChargingSessionsRequest', 'properties', 'sortKey'],
                'QueryChargingSessions request/body/sortKey/enum: enum is absent here but ["timestampStart","id"] upstream (getTransactions, #/components/schemas/getTransactionsRequestBody/properties/sortKey/enum).'),
            diag('upstream-different', 'error', ['definitions', 'QueryChargingSessionsRequest', 'properties', 'transactionIds', 'items', 'format'],
                'QueryChargingSessions request/body/transactionIds[]/format: format is "int64" here but "int32" upstream (getTransactions, #/components/schemas/getTransactionsRequestBody/properties/transactionIds/items/format).'),
            ...DECLARED.slice(4),
        ]);
    });

    test('upstream 400 gains the Exception Details fields → that declaration becomes stale (warn)', () => {
        expect(check((u) => (schemas(u).problemDetails.properties.errorCode = { type: 'string' }))).toEqual([
            ...DECLARED.filter((d) => !d.message.startsWith('QueryChargingSessions responses/400/schema/errorCode')),
            diag('upstream-declaration-stale', 'warn', OP,
                'QueryChargingSessions: declared difference "responses/400/schema/errorCode" (model upstream.differences) matches no finding; remove it or correct its location.'),
        ]);
    });

    test('upstream moves the operation → our operation is not found', () => {
        expect(
            check((u) => {
                u.paths['/v2/sessions'] = u.paths['/v2/transactions'];
                delete u.paths['/v2/transactions'];
            }),
        ).toEqual([diag('upstream-operation-not-found', 'error', OP, 'QueryChargingSessions: upstream has no POST /api/v2/cpo/v2/transactions (matched by method + full path).')]);
    });

    test('--coverage: 331 of 332 upstream operations are listed as not implemented, then the count', () => {
        const result = check(() => {}, true);
        const listed = result.filter((d) => d.ruleId === 'upstream-not-implemented');
        expect(result.slice(0, DECLARED.length)).toEqual(DECLARED);
        expect(listed.length).toBe(331);
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
            message: '1 of 332 upstream operations implemented; 331 not implemented.',
            path: ['paths'],
            file: UPSTREAM_FILE,
        });
        expect(result.length).toBe(DECLARED.length + 331 + 1);
    });
});
