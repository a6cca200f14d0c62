import { describe, expect, test } from 'vitest';
import type { JsonObject } from '../../src/core/json.ts';
import { describePaging, pagedOperations } from '../../src/swagger/paging.ts';
import { findOperation } from '../../src/swagger/reader.ts';
import { committedSwagger } from '../helpers/project.ts';

const doc = (): JsonObject => committedSwagger() as unknown as JsonObject;
const describeOp = (d: JsonObject, id: string) => describePaging(d, findOperation(d, id)!);

describe('describePaging (from the emitted document)', () => {
    test('QueryChargingSessions pages: page/limit (max 1000) in the body, hasNextPage/items in the 200 response', () => {
        expect(describeOp(doc(), 'QueryChargingSessions')).toEqual({
            operationId: 'QueryChargingSessions',
            summary: 'Query charging sessions',
            bodyParameter: 'body',
            pageField: 'page',
            limitField: 'limit',
            maxPageSize: 1000,
            hasNextPageField: 'hasNextPage',
            itemsField: 'items',
        });
    });

    test.each([
        ['no body', (d: any) => (d.paths['/v2/transactions'].post.parameters = [])],
        ['no 200 response', (d: any) => delete d.paths['/v2/transactions'].post.responses['200']],
        ['a limit without a maximum', (d: any) => delete d.definitions.QueryChargingSessionsRequest.properties.limit.maximum],
        ['hasNextPage not a boolean', (d: any) => (d.definitions.ChargingSessionPage.properties.hasNextPage.type = 'string')],
        ['items not an array', (d: any) => (d.definitions.ChargingSessionPage.properties.items = { type: 'object' })],
    ])('%s: does not page', (_name, mutate) => {
        const d = doc();
        mutate(d);
        expect(describeOp(d, 'QueryChargingSessions')).toBeUndefined();
        expect(pagedOperations(d)).toEqual([]);
    });

    test('pagedOperations lists exactly the operations that page', () => {
        expect(pagedOperations(doc()).map((p) => p.operationId)).toEqual(['QueryChargingSessions']);
    });
});
