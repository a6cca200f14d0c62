/**
 * The Dataverse solution zip (dist/solution/eMablerConnector_<a_b_c_d>.zip), laid out like a platform
 * export and importable with `pac solution import`: [Content_Types].xml, solution.xml, customizations.xml
 * and Connector/<name>_{openapidefinition.json, connectionparameters.json, policytemplateinstances.json,
 * iconblob.Png}, plus Connector/<name>_customcodeblobcontent.csx when the connector has custom code. The connection parameters file is the bare connectionParameters object (no `properties`
 * wrapper); the policy file is an array with PascalCase keys (TemplateId, Title, Parameters).
 */
import { toJsonText } from '../../emit/write-json.ts';
import type { ConnectorModel } from '../../model/types.ts';
import type { ApiProperties, PolicyTemplateInstance } from '../../swagger/api-properties.ts';
import { createZip, type ZipEntry } from '../zip.ts';
import { contentTypesXml } from './content-types.ts';
import { customizationsXml, type ConnectorNode } from './customizations.ts';
import { solutionXml } from './manifest.ts';
import { connectorFilePaths } from './names.ts';

export interface SolutionInputs {
    model: ConnectorModel;
    /** The generated apiDefinition.swagger.json text, shipped unchanged. */
    swaggerText: string;
    apiProperties: ApiProperties;
    icon: Uint8Array;
    /** The custom code (script.csx), shipped unchanged; absent when the connector has none. */
    script?: string;
}

/** The Connector node's inputs beyond the model (customizations.ts). */
export const connectorNode = ({ apiProperties, script }: SolutionInputs): ConnectorNode => ({
    iconBrandColor: apiProperties.properties.iconBrandColor,
    ...(apiProperties.properties.scriptOperations ? { scriptOperations: apiProperties.properties.scriptOperations } : {}),
    customCode: script !== undefined,
});

/** Policy instances in the export's casing. */
export interface SolutionPolicyTemplateInstance {
    TemplateId: string;
    Title: string;
    Parameters: PolicyTemplateInstance['parameters'];
}

export const toSolutionPolicies = (policies: readonly PolicyTemplateInstance[]): SolutionPolicyTemplateInstance[] =>
    policies.map((p) => ({ TemplateId: p.templateId, Title: p.title, Parameters: p.parameters }));

/** The connector's files under Connector/ (the same in every solution that carries it). */
export function connectorEntries({ model, swaggerText, apiProperties, icon, script }: SolutionInputs): ZipEntry[] {
    const files = connectorFilePaths(model);
    const props = apiProperties.properties;
    return [
        { name: files.openapidefinition, data: swaggerText },
        { name: files.connectionparameters, data: toJsonText(props.connectionParameters) },
        { name: files.policytemplateinstances, data: toJsonText(toSolutionPolicies(props.policyTemplateInstances)) },
        ...(script !== undefined ? [{ name: files.customcodeblobcontent, data: script }] : []),
        { name: files.iconblob, data: icon },
    ];
}

export function solutionEntries(inputs: SolutionInputs): ZipEntry[] {
    const { model } = inputs;
    return [
        { name: '[Content_Types].xml', data: contentTypesXml({ customCode: inputs.script !== undefined }) },
        { name: 'solution.xml', data: solutionXml(model) },
        { name: 'customizations.xml', data: customizationsXml(model, connectorNode(inputs)) },
        ...connectorEntries(inputs),
    ];
}

export const buildSolutionZip = (inputs: SolutionInputs): Promise<Buffer> => createZip(solutionEntries(inputs));

export * from './names.ts';
