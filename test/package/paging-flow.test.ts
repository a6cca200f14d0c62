import { describe, expect, test } from 'vitest';
import { connector } from '../../src/emabler/connector.ts';
import { actionName, pagingSampleFlow, WORKFLOW_SCHEMA } from '../../src/package/flow/paging-sample.ts';
import { pagedOperations } from '../../src/swagger/paging.ts';
import { committedSwagger } from '../helpers/project.ts';

const paging = pagedOperations(committedSwagger())[0]!;

describe('sample paging flow (workflow definition)', () => {
    const flow = pagingSampleFlow(connector, paging);

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

    test('the filters come from the model: none declared, only page and limit are set', () => {
        const loop = pagingSampleFlow({ ...connector, docs: { ...connector.docs, pagingSampleFilters: {} } }, paging).actions.Do_until_last_page!;
        if (loop.type !== 'Until') throw new Error('expected an Until action');
        const q = loop.actions.Query_charging_sessions!;
        expect(q.type === 'OpenApiConnection' && Object.keys(q.inputs.parameters)).toEqual(['body/page', 'body/limit']);
    });

    test('every filter the model declares for the sample is a body field of the paged operation', () => {
        const op = connector.operations.find((o) => o.operationId === paging.operationId)!;
        const body = op.parameters.find((p) => p.in === 'body');
        const fields = body && body.in === 'body' ? Object.keys(body.schema.properties) : [];
        expect(Object.keys(connector.docs.pagingSampleFilters).filter((f) => !fields.includes(f))).toEqual([]);
    });
});
