/**
 * The flow solution of the certification package (dist/certification/submission/PkgAssets): the connector
 * again plus one sample flow that calls it through a connection reference. Microsoft's package validator
 * (microsoft/PowerPlatformConnectors scripts/ConnectorPackageValidator.ps1) classifies a solution zip whose
 * customizations.xml has a non-empty <Connector> and a non-empty <Workflows> node, with Connector/ and
 * Workflows/ folders, as the flow solution, and rejects a package without one.
 *
 * The flow file follows real exports (microsoft/iom-provider-shopify msdyn_clientdata.json and
 * microsoft/coe-starter-kit Workflows/*.json): `properties.connectionReferences[<connectionName>]` with
 * `runtimeSource: "embedded"`, the reference's logical name and the API name, then
 * `properties.definition`, whose OpenApiConnection actions name the same connectionName in `host`.
 * Every id is name-based (names.ts), so two builds give the same bytes.
 */
import { ToolError } from '../../core/errors.ts';
import type { ConnectorModel } from '../../model/types.ts';
import { pagedOperations } from '../../swagger/paging.ts';
import type { SwaggerDocument } from '../../swagger/types.ts';
import { toJsonText } from '../../emit/write-json.ts';
import { pagingSampleFlow } from '../flow/paging-sample.ts';
import { singleCallFlow } from '../flow/single-call.ts';
import type { FlowConnection, SolutionFlowFile, WorkflowDefinition } from '../flow/types.ts';
import { createZip, type ZipEntry } from '../zip.ts';
import { contentTypesXml } from './content-types.ts';
import { customizationsXml, type FlowComponents } from './customizations.ts';
import { connectorRootComponent, solutionXml } from './manifest.ts';
import {
    WORKFLOW_COMPONENT_TYPE,
    connectionReferenceName,
    connectorApiName,
    flowSolutionUniqueName,
    workflowFilePath,
    workflowId,
} from './names.ts';
import { connectorEntries, connectorNode, type SolutionInputs } from './index.ts';

export interface SampleFlow {
    name: string;
    description: string;
    definition: WorkflowDefinition;
}

/** How the solution's flows reach the connector: its API name, through the connection reference. */
export const solutionConnection = (model: ConnectorModel): FlowConnection => {
    const apiName = connectorApiName(model);
    return { connectionName: apiName, apiId: `/providers/Microsoft.PowerApps/apis/${apiName}` };
};

/** The paging sample for the first paged operation; a single call of the first operation otherwise. */
export function solutionSampleFlow(model: ConnectorModel, swagger: SwaggerDocument): SampleFlow {
    const connection = solutionConnection(model);
    const paging = pagedOperations(swagger)[0];
    if (paging) {
        return {
            name: `${model.title} sample: ${paging.summary}, every page`,
            description: `Reads every page of ${paging.summary} with a Do until loop; a sample shipped with the ${model.title} connector.`,
            definition: pagingSampleFlow(model, paging, connection),
        };
    }
    const op = model.operations[0];
    if (!op) throw new ToolError(undefined, undefined, 'the model declares no operation, so there is no sample flow for the flow solution.');
    return {
        name: `${model.title} sample: ${op.summary}`,
        description: `Calls ${op.summary} once; a sample shipped with the ${model.title} connector.`,
        definition: singleCallFlow(op, connection),
    };
}

export function flowSolutionEntries(inputs: SolutionInputs, flow: SampleFlow): ZipEntry[] {
    const { model } = inputs;
    const id = workflowId(model, flow.name);
    const file = workflowFilePath(flow.name, id);
    const connection = solutionConnection(model);
    const reference = { logicalName: connectionReferenceName(model), displayName: model.title, apiName: connection.connectionName };
    const flowFile: SolutionFlowFile = {
        properties: {
            connectionReferences: {
                [connection.connectionName]: {
                    runtimeSource: 'embedded',
                    connection: { connectionReferenceLogicalName: reference.logicalName },
                    api: { name: reference.apiName },
                },
            },
            definition: flow.definition,
        },
        schemaVersion: '1.0.0.0',
    };
    const components: FlowComponents = {
        workflows: [{ id, name: flow.name, description: flow.description, file }],
        connectionReferences: [reference],
    };
    const manifest = {
        uniqueName: flowSolutionUniqueName(model),
        displayName: `${model.title} sample flows`,
        description: `Sample flows for the ${model.title} connector, with the connector they use.`,
        rootComponents: [connectorRootComponent(model), { type: WORKFLOW_COMPONENT_TYPE, id }],
    };
    return [
        { name: '[Content_Types].xml', data: contentTypesXml({ customCode: inputs.script !== undefined }) },
        { name: 'solution.xml', data: solutionXml(model, manifest) },
        { name: 'customizations.xml', data: customizationsXml(model, connectorNode(inputs), components) },
        ...connectorEntries(inputs),
        { name: file, data: toJsonText(flowFile) },
    ];
}

export const buildFlowSolutionZip = (inputs: SolutionInputs, flow: SampleFlow): Promise<Buffer> => createZip(flowSolutionEntries(inputs, flow));
