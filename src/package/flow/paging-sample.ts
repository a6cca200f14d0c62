/**
 * dist/samples: the Do-until paging recipe as a workflow definition. Power Automate has no built-in
 * paging for this API (it pages through a POST body, not a nextLink), so the flow loops:
 *   page = 1, results = []  →  until hasNextPage is not true: query page (limit = largest page),
 *   append the page's items to results, page + 1.
 * Appending uses Compose `union(results, items)` + Set variable (a variable cannot reference itself in
 * Set variable). union drops identical objects; sessions carry a unique id, so none are lost, and it
 * costs two actions per page instead of one per session.
 */
import type { ConnectorModel, OperationModel } from '../../model/types.ts';
import { describePaging, NoPagedOperationError, type PagingInfo } from '../paging.ts';
import type { WorkflowAction, WorkflowDefinition } from './types.ts';

export const WORKFLOW_SCHEMA =
    'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#';
/** Power Automate caps a Do until at 5000 iterations. */
export const UNTIL_MAX_COUNT = 5000;
export const UNTIL_TIMEOUT = 'PT1H';
/** Look-back window of the sample's start filter (days). */
export const SAMPLE_LOOKBACK_DAYS = 7;

/** Body filter the sample sets to show where filters go (sessions started in the last week). */
export const SAMPLE_START_FIELD = 'startTime';

const hasBodyField = (op: OperationModel, name: string): boolean =>
    op.parameters.some((p) => p.in === 'body' && name in p.schema.properties);

/** Placeholder connection name; Power Automate assigns the real one (shared_<name>-5f<id>) on import. */
export const sampleConnectionName = (model: ConnectorModel): string =>
    `shared_${model.title.toLowerCase().replace(/[^a-z0-9]+/g, '')}`;

/** Action names in the designer's style: spaces become underscores. */
export const actionName = (summary: string): string => summary.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '');

function queryAction(model: ConnectorModel, op: OperationModel, paging: PagingInfo): WorkflowAction {
    const connectionName = sampleConnectionName(model);
    const field = (name: string) => `${paging.bodyParameter}/${name}`;
    return {
        runAfter: {},
        type: 'OpenApiConnection',
        inputs: {
            host: { connectionName, operationId: op.operationId, apiId: `/providers/Microsoft.PowerApps/apis/${connectionName}` },
            parameters: {
                ...(hasBodyField(op, SAMPLE_START_FIELD)
                    ? { [field(SAMPLE_START_FIELD)]: `@{addDays(utcNow(), -${SAMPLE_LOOKBACK_DAYS})}` }
                    : {}),
                [field(paging.pageField)]: `@variables('${paging.pageField}')`,
                [field(paging.limitField)]: paging.maxPageSize,
            },
            authentication: "@parameters('$authentication')",
        },
    };
}

export function pagingSampleFlow(model: ConnectorModel, operationId: string): WorkflowDefinition {
    const op = model.operations.find((o) => o.operationId === operationId);
    const paging = op && describePaging(op);
    if (!op || !paging) throw new NoPagedOperationError(operationId);
    const query = actionName(op.summary);
    const results = 'results';
    const page = paging.pageField;
    const items = `body('${query}')?['${paging.itemsField}']`;
    return {
        $schema: WORKFLOW_SCHEMA,
        contentVersion: '1.0.0.0',
        parameters: {
            $connections: { defaultValue: {}, type: 'Object' },
            $authentication: { defaultValue: {}, type: 'SecureObject' },
        },
        triggers: {
            manual: { type: 'Request', kind: 'Button', inputs: { schema: { type: 'object', properties: {}, required: [] } } },
        },
        actions: {
            Initialize_page: {
                runAfter: {},
                type: 'InitializeVariable',
                inputs: { variables: [{ name: page, type: 'integer', value: 1 }] },
            },
            Initialize_results: {
                runAfter: { Initialize_page: ['Succeeded'] },
                type: 'InitializeVariable',
                inputs: { variables: [{ name: results, type: 'array', value: [] }] },
            },
            Do_until_last_page: {
                runAfter: { Initialize_results: ['Succeeded'] },
                type: 'Until',
                expression: `@not(equals(body('${query}')?['${paging.hasNextPageField}'], true))`,
                limit: { count: UNTIL_MAX_COUNT, timeout: UNTIL_TIMEOUT },
                actions: {
                    [query]: queryAction(model, op, paging),
                    Append_items: {
                        runAfter: { [query]: ['Succeeded'] },
                        type: 'Compose',
                        inputs: `@union(variables('${results}'), coalesce(${items}, json('[]')))`,
                    },
                    Set_results: {
                        runAfter: { Append_items: ['Succeeded'] },
                        type: 'SetVariable',
                        inputs: { name: results, value: "@outputs('Append_items')" },
                    },
                    Increment_page: {
                        runAfter: { Set_results: ['Succeeded'] },
                        type: 'IncrementVariable',
                        inputs: { name: page, value: 1 },
                    },
                },
            },
            Sessions_collected: {
                runAfter: { Do_until_last_page: ['Succeeded'] },
                type: 'Compose',
                inputs: `@length(variables('${results}'))`,
            },
        },
        outputs: {},
    };
}
