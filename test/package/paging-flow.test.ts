import { describe, expect, test } from 'vitest';
import { connector } from '../../src/model/index.ts';
import type { ConnectorModel, OperationModel } from '../../src/model/types.ts';
import { actionName, pagingSampleFlow, WORKFLOW_SCHEMA } from '../../src/package/flow/paging-sample.ts';
import { describePaging } from '../../src/package/paging.ts';

const op = connector.operations[0]!;

describe('describePaging', () => {
    test('finds page/limit (max 1000) in the body and hasNextPage/items in the 200 response', () => {
        expect(describePaging(op)).toEqual({
            operationId: 'QueryChargingSessions',
            bodyParameter: 'body',
            pageField: 'page',
            limitField: 'limit',
            maxPageSize: 1000,
            hasNextPageField: 'hasNextPage',
            itemsField: 'items',
        });
    });

    test('an operation without a body or without a 200 schema does not page', () => {
        expect(describePaging({ ...op, parameters: [] })).toBeUndefined();
        expect(describePaging({ ...op, responses: op.responses.filter((r) => r.status !== '200') })).toBeUndefined();
    });
});

describe('sample paging flow (workflow definition)', () => {
    const flow = pagingSampleFlow(connector, 'QueryChargingSessions');

    test('manual trigger, two variables, a Do until and a final count', () => {
        expect(flow.$schema).toBe(WORKFLOW_SCHEMA);
        expect(flow.triggers).toEqual({
            manual: { type: 'Request', kind: 'Button', inputs: { schema: { type: 'object', properties: {}, required: [] } } },
        });
        expect(Object.keys(flow.actions)).toEqual(['Initialize_page', 'Initialize_results', 'Do_until_last_page', 'Sessions_collected']);
        expect(flow.actions.Initialize_page).toEqual({
            runAfter: {},
            type: 'InitializeVariable',
            inputs: { variables: [{ name: 'page', type: 'integer', value: 1 }] },
        });
        expect(flow.actions.Initialize_results).toEqual({
            runAfter: { Initialize_page: ['Succeeded'] },
            type: 'InitializeVariable',
            inputs: { variables: [{ name: 'results', type: 'array', value: [] }] },
        });
        expect(flow.actions.Sessions_collected).toEqual({
            runAfter: { Do_until_last_page: ['Succeeded'] },
            type: 'Compose',
            inputs: "@length(variables('results'))",
        });
    });

    test('the loop queries page/limit 1000, appends items, increments page, and stops when hasNextPage is not true', () => {
        const loop = flow.actions.Do_until_last_page!;
        if (loop.type !== 'Until') throw new Error('expected an Until action');
        expect(loop.expression).toBe("@not(equals(body('Query_charging_sessions')?['hasNextPage'], true))");
        expect(loop.limit).toEqual({ count: 5000, timeout: 'PT1H' });
        expect(loop.actions).toEqual({
            Query_charging_sessions: {
                runAfter: {},
                type: 'OpenApiConnection',
                inputs: {
                    host: {
                        connectionName: 'shared_emabler',
                        operationId: 'QueryChargingSessions',
                        apiId: '/providers/Microsoft.PowerApps/apis/shared_emabler',
                    },
                    parameters: {
                        'body/startTime': '@{addDays(utcNow(), -7)}',
                        'body/page': "@variables('page')",
                        'body/limit': 1000,
                    },
                    authentication: "@parameters('$authentication')",
                },
            },
            Append_items: {
                runAfter: { Query_charging_sessions: ['Succeeded'] },
                type: 'Compose',
                inputs: "@union(variables('results'), coalesce(body('Query_charging_sessions')?['items'], json('[]')))",
            },
            Set_results: {
                runAfter: { Append_items: ['Succeeded'] },
                type: 'SetVariable',
                inputs: { name: 'results', value: "@outputs('Append_items')" },
            },
            Increment_page: {
                runAfter: { Set_results: ['Succeeded'] },
                type: 'IncrementVariable',
                inputs: { name: 'page', value: 1 },
            },
        });
    });

    test('every runAfter names an action of the same scope', () => {
        const check = (actions: Record<string, { runAfter: Record<string, unknown>; actions?: unknown }>) => {
            const names = Object.keys(actions);
            for (const a of Object.values(actions)) {
                for (const dep of Object.keys(a.runAfter)) expect(names).toContain(dep);
                if (a.actions) check(a.actions as typeof actions);
            }
        };
        check(flow.actions);
    });

    test('action names follow the designer style', () => {
        expect(actionName('Query charging sessions')).toBe('Query_charging_sessions');
        expect(actionName('Get a (single) item!')).toBe('Get_a_single_item');
    });

    test('a body without startTime gets no start filter; an unknown or non-paged operation is refused', () => {
        const body = op.parameters[0]!;
        if (body.in !== 'body') throw new Error('expected a body parameter');
        const { startTime: _drop, ...rest } = body.schema.properties;
        const noStart: OperationModel = { ...op, parameters: [{ ...body, schema: { ...body.schema, properties: rest } }] };
        const model: ConnectorModel = { ...connector, operations: [noStart] };
        const loop = pagingSampleFlow(model, 'QueryChargingSessions').actions.Do_until_last_page!;
        if (loop.type !== 'Until') throw new Error('expected an Until action');
        const q = loop.actions.Query_charging_sessions!;
        expect(q.type === 'OpenApiConnection' && Object.keys(q.inputs.parameters)).toEqual(['body/page', 'body/limit']);
        expect(() => pagingSampleFlow(connector, 'Nope')).toThrow(
            'operation Nope does not page with page/limit in its body and hasNextPage/items in its 200 response.',
        );
        expect(() => pagingSampleFlow({ ...connector, operations: [{ ...op, parameters: [] }] }, 'QueryChargingSessions')).toThrow(
            'operation QueryChargingSessions does not page',
        );
    });
});
