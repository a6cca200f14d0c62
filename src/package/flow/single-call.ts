/**
 * The smallest sample flow: a manual trigger and one call of an operation with no inputs. The certification
 * package needs a flow that uses the connector (scripts/ConnectorPackageValidator.ps1 looks for a flow
 * solution); a connector whose operations do not page gets this one instead of the paging sample.
 */
import { actionName, manualFlow } from './paging-sample.ts';
import type { FlowConnection, WorkflowDefinition } from './types.ts';

export function singleCallFlow(operation: { operationId: string; summary: string }, connection: FlowConnection): WorkflowDefinition {
    return manualFlow({
        [actionName(operation.summary)]: {
            runAfter: {},
            type: 'OpenApiConnection',
            inputs: {
                host: { connectionName: connection.connectionName, operationId: operation.operationId, apiId: connection.apiId },
                parameters: {},
                authentication: "@parameters('$authentication')",
            },
        },
    });
}
