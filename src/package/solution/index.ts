/**
 * The Dataverse solution zip (dist/solution/eMablerConnector_<a_b_c_d>.zip), laid out like a platform
 * export and importable with `pac solution import`: [Content_Types].xml, solution.xml, customizations.xml
 * and Connector/<name>_{openapidefinition.json, connectionparameters.json, policytemplateinstances.json,
 * iconblob.Png}. The connection parameters file is the bare connectionParameters object (no `properties`
 * wrapper); the policy file is an array with PascalCase keys (TemplateId, Title, Parameters).
 */
import { toJsonText } from '../../emit/write-json.ts';
import type { ConnectorModel } from '../../model/types.ts';
import type { ApiProperties, PolicyTemplateInstance } from '../../swagger/api-properties.ts';
import { createZip, type ZipEntry } from '../zip.ts';
import { contentTypesXml } from './content-types.ts';
import { customizationsXml } from './customizations.ts';
import { solutionXml } from './manifest.ts';
import { connectorFilePaths } from './names.ts';

export interface SolutionInputs {
    model: ConnectorModel;
    /** The generated apiDefinition.swagger.json text, shipped unchanged. */
    swaggerText: string;
    apiProperties: ApiProperties;
    icon: Uint8Array;
}

/** Policy instances in the export's casing. */
export interface SolutionPolicyTemplateInstance {
    TemplateId: string;
    Title: string;
    Parameters: PolicyTemplateInstance['parameters'];
}

export const toSolutionPolicies = (policies: readonly PolicyTemplateInstance[]): SolutionPolicyTemplateInstance[] =>
    policies.map((p) => ({ TemplateId: p.templateId, Title: p.title, Parameters: p.parameters }));

/** The connector's four files under Connector/ (the same in every solution that carries it). */
export function connectorEntries({ model, swaggerText, apiProperties, icon }: SolutionInputs): ZipEntry[] {
    const files = connectorFilePaths(model);
    const props = apiProperties.properties;
    return [
        { name: files.openapidefinition, data: swaggerText },
        { name: files.connectionparameters, data: toJsonText(props.connectionParameters) },
        { name: files.policytemplateinstances, data: toJsonText(toSolutionPolicies(props.policyTemplateInstances)) },
        { name: files.iconblob, data: icon },
    ];
}

export function solutionEntries(inputs: SolutionInputs): ZipEntry[] {
    const { model, apiProperties } = inputs;
    return [
        { name: '[Content_Types].xml', data: contentTypesXml() },
        { name: 'solution.xml', data: solutionXml(model) },
        { name: 'customizations.xml', data: customizationsXml(model, apiProperties.properties.iconBrandColor) },
        ...connectorEntries(inputs),
    ];
}

export const buildSolutionZip = (inputs: SolutionInputs): Promise<Buffer> => createZip(solutionEntries(inputs));

export * from './names.ts';
