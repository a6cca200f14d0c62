/**
 * customizations.xml: the component sections in the order a Dataverse export writes them (facts §5.4),
 * the Connector node with the four connector files referenced by absolute zip paths and, in the flow
 * solution, the flows under <Workflows> and their connection reference under <connectionreferences>.
 *
 * A <Workflow> carries the fields of a real export (microsoft/coe-starter-kit,
 * CenterofExcellenceCoreComponents/SolutionPackage/Workflows/*.json.data.xml, which SolutionPackager
 * merges into <Workflows>): category 5 (modern flow), imported off (StateCode 0 / StatusCode 1), because
 * its connection reference has no connection until someone creates one in the target environment.
 * A <connectionreference> follows the same kit's Other/Customizations.xml; for a custom connector it also
 * names the connector by its Dataverse id in <customconnectorid> (facts §5.4).
 */
import { type XmlElement, xmlDocument, xmlText } from './xml.ts';
import type { ConnectorModel } from '../../model/types.ts';
import { XSI_NAMESPACE } from './manifest.ts';
import { CUSTOM_CONNECTOR_TYPE, LANGUAGE_CODE, connectorFilePaths, connectorId, connectorSchemaName, solutionVersion } from './names.ts';

/** Sections a connector-only export writes before Connectors (all empty but Workflows in a flow solution). */
const SECTIONS = [
    'Entities', 'Roles', 'Workflows', 'FieldSecurityProfiles', 'Templates', 'EntityMaps', 'EntityRelationships',
    'OrganizationSettings', 'optionsets', 'CustomControls', 'EntityDataProviders',
] as const;

/** Workflow category of a modern (cloud) flow. */
export const MODERN_FLOW_CATEGORY = 5;

export interface SolutionWorkflow {
    id: string;
    name: string;
    description: string;
    /** Path of the flow's JSON inside the zip, without the leading "/" (Workflows/<name>-<ID>.json). */
    file: string;
}

export interface SolutionConnectionReference {
    logicalName: string;
    displayName: string;
    /** The connector's API name (shared_…): connectorid is /providers/Microsoft.PowerApps/apis/<apiName>. */
    apiName: string;
}

export interface FlowComponents {
    workflows: SolutionWorkflow[];
    connectionReferences: SolutionConnectionReference[];
}

function workflowNode(parent: XmlElement, model: ConnectorModel, w: SolutionWorkflow): void {
    const node = parent.ele('Workflow', { WorkflowId: `{${w.id}}`, Name: w.name, Description: w.description });
    const fields: [string, string][] = [
        ['JsonFileName', `/${w.file}`],
        ['Type', '1'],
        ['Subprocess', '0'],
        ['Category', String(MODERN_FLOW_CATEGORY)],
        ['Mode', '0'],
        ['Scope', '4'],
        ['OnDemand', '0'],
        ['TriggerOnCreate', '0'],
        ['TriggerOnDelete', '0'],
        ['AsyncAutodelete', '0'],
        ['SyncWorkflowLogOnFailure', '0'],
        ['StateCode', '0'],
        ['StatusCode', '1'],
        ['RunAs', '1'],
        ['IsTransacted', '1'],
        ['IntroducedVersion', solutionVersion(model.version)],
        ['IsCustomizable', '1'],
        ['BusinessProcessType', '0'],
        ['IsCustomProcessingStepAllowedForOtherPublishers', '1'],
        ['PrimaryEntity', 'none'],
    ];
    for (const [name, value] of fields) node.ele(name).txt(value);
    node.ele('LocalizedNames').ele('LocalizedName', { languagecode: String(LANGUAGE_CODE), description: w.name });
    node.ele('Descriptions').ele('Description', { languagecode: String(LANGUAGE_CODE), description: w.description });
}

/**
 * What the Connector node says beyond the model. A connector with custom code carries two more
 * children, as a real export writes them (microsoft/coe-starter-kit,
 * CenterofExcellenceALMAccelerator/SolutionPackage/src/Connectors/cat_5Fcustomazuredevops.xml, the
 * Connector node SolutionPackager splits out of customizations.xml): <scriptoperations> right after
 * <connectortype>, holding the operationIds as a compact JSON array (["HasPermissions"]), and
 * <customcodeblobcontent> after <policytemplateinstances>, the path of
 * /Connector/<name>_customcodeblobcontent.csx. Both are columns of the Dataverse connector table
 * (ScriptOperations, CustomCodeBlobContent).
 */
export interface ConnectorNode {
    iconBrandColor: string;
    /** apiProperties scriptOperations (absent: the element is left out). */
    scriptOperations?: readonly string[];
    /** The solution carries the custom code file. */
    customCode: boolean;
}

export function customizationsXml(model: ConnectorModel, node: ConnectorNode, flows?: FlowComponents): string {
    const root = xmlDocument('ImportExportXml', { 'xmlns:xsi': XSI_NAMESPACE });
    for (const section of SECTIONS) {
        const el = root.ele(section);
        if (section === 'Workflows') for (const w of flows?.workflows ?? []) workflowNode(el, model, w);
    }
    const connector = root.ele('Connectors').ele('Connector');
    const files = connectorFilePaths(model);
    connector.ele('connectorid').txt(connectorId(model));
    connector.ele('description').txt(model.description);
    connector.ele('displayname').txt(model.title);
    connector.ele('iconbrandcolor').txt(node.iconBrandColor);
    connector.ele('name').txt(connectorSchemaName(model));
    connector.ele('connectortype').txt(String(CUSTOM_CONNECTOR_TYPE));
    if (node.scriptOperations) connector.ele('scriptoperations').txt(JSON.stringify(node.scriptOperations));
    connector.ele('openapidefinition').txt(`/${files.openapidefinition}`);
    connector.ele('connectionparameters').txt(`/${files.connectionparameters}`);
    connector.ele('policytemplateinstances').txt(`/${files.policytemplateinstances}`);
    if (node.customCode) connector.ele('customcodeblobcontent').txt(`/${files.customcodeblobcontent}`);
    connector.ele('iconblob').txt(`/${files.iconblob}`);
    if (flows && flows.connectionReferences.length > 0) {
        const refs = root.ele('connectionreferences');
        for (const r of flows.connectionReferences) {
            const ref = refs.ele('connectionreference', { connectionreferencelogicalname: r.logicalName });
            ref.ele('connectionreferencedisplayname').txt(r.displayName);
            ref.ele('connectorid').txt(`/providers/Microsoft.PowerApps/apis/${r.apiName}`);
            ref.ele('customconnectorid').ele('connectorid').txt(connectorId(model));
            ref.ele('iscustomizable').txt('1');
            ref.ele('statecode').txt('0');
            ref.ele('statuscode').txt('1');
        }
    }
    root.ele('Languages').ele('Language').txt(String(LANGUAGE_CODE));
    return xmlText(root);
}
