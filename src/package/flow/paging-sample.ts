/**
 * dist/samples: the Do-until paging recipe as a workflow definition. Power Automate has no built-in
 * paging for this API (it pages through a POST body, not a nextLink), so the flow loops:
 *   page = 1, results = []  →  until hasNextPage is not true: query page (limit = largest page),
 *   append the page's items to results, page + 1.
 * Appending uses Compose `union(results, items)` + Set variable (a variable cannot reference itself in
 * Set variable). union drops identical objects; items that carry a unique id are never lost, and it
 * costs two actions per page instead of one per item. The filters the sample sets come from the model
 * (docs.pagingSampleFilters), to show where filters go.
 */
import type { ConnectorModel } from '../../model/types.ts';
import type { PagingInfo } from '../../swagger/paging.ts';
import type { FlowConnection, WorkflowAction, WorkflowDefinition } from './types.ts';

export const WORKFLOW_SCHEMA =
    'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#';
/** Power Automate caps a Do until at 5000 iterations. */
export const UNTIL_MAX_COUNT = 5000;
export const UNTIL_TIMEOUT = 'PT1H';

/** Placeholder connection name; Power Automate assigns the real one (shared_<name>-5f<id>) on import. */
export const sampleConnectionName = (model: ConnectorModel): string =>
    `shared_${model.title.toLowerCase().replace(/[^a-z0-9]+/g, '')}`;

/** The connector as the stand-alone sample (dist/samples) calls it. */
export const sampleConnection = (model: ConnectorModel): FlowConnection => {
    const connectionName = sampleConnectionName(model);
    return { connectionName, apiId: `/providers/Microsoft.PowerApps/apis/${connectionName}` };
};

/** The trigger every sample flow starts with: a manual button. */
export const MANUAL_TRIGGER = {
    manual: { type: 'Request', kind: 'Button', inputs: { schema: { type: 'object', properties: {}, required: [] } } },
} as const satisfies WorkflowDefinition['triggers'];

/** The two parameters Power Automate gives every definition. */
export const DEFINITION_PARAMETERS = {
    $connections: { defaultValue: {}, type: 'Object' },
    $authentication: { defaultValue: {}, type: 'SecureObject' },
} as const satisfies WorkflowDefinition['parameters'];

/** A definition started by the manual trigger, with the given actions and no outputs (every sample flow's frame). */
export const manualFlow = (actions: WorkflowDefinition['actions']): WorkflowDefinition => ({
    $schema: WORKFLOW_SCHEMA,
    contentVersion: '1.0.0.0',
    parameters: structuredClone(DEFINITION_PARAMETERS),
    triggers: structuredClone(MANUAL_TRIGGER),
    actions,
    outputs: {},
});

/** Action names in the designer's style: spaces become underscores. */
export const actionName = (summary: string): string => summary.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '');

function queryAction(model: ConnectorModel, paging: PagingInfo, connection: FlowConnection): WorkflowAction {
    const field = (name: string) => `${paging.bodyParameter}/${name}`;
    return {
        runAfter: {},
        type: 'OpenApiConnection',
        inputs: {
            host: { connectionName: connection.connectionName, operationId: paging.operationId, apiId: connection.apiId },
            parameters: {
                ...Object.fromEntries(Object.entries(model.docs.pagingSampleFilters).map(([name, expression]) => [field(name), expression])),
                [field(paging.pageField)]: `@variables('${paging.pageField}')`,
                [field(paging.limitField)]: paging.maxPageSize,
            },
            authentication: "@parameters('$authentication')",
        },
    };
}

export function pagingSampleFlow(model: ConnectorModel, paging: PagingInfo, connection: FlowConnection = sampleConnection(model)): WorkflowDefinition {
    const query = actionName(paging.summary);
    const results = 'results';
    const page = paging.pageField;
    const items = `body('${query}')?['${paging.itemsField}']`;
    return manualFlow({
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
                [query]: queryAction(model, paging, connection),
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
    });
}
