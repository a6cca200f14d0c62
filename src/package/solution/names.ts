/**
 * Names, ids and versions of the Dataverse solution that carries the connector (facts §5.4).
 * All are derived from the model, so every run gives the same solution: the connector id is a
 * name-based UUID (RFC 4122 version 5: SHA-1 over a fixed namespace + the connector's schema name).
 */
import { createHash } from 'node:crypto';
import { ToolError } from '../../core/errors.ts';
import type { ConnectorModel } from '../../model/types.ts';

/** Dataverse component type of a connector in RootComponents. */
export const CONNECTOR_COMPONENT_TYPE = 372;
/** Dataverse component type of a process (a cloud flow is a workflow of category 5) in RootComponents. */
export const WORKFLOW_COMPONENT_TYPE = 29;
/** `connectortype` 1 = custom connector. */
export const CUSTOM_CONNECTOR_TYPE = 1;
export const LANGUAGE_CODE = 1033;

/** Dataverse logical-name escaping: letters/digits kept (lowercased), anything else as -<hex>, e.g. "_" → "-5f". */
export function escapeLogicalName(text: string): string {
    let out = '';
    for (const ch of text.toLowerCase()) {
        if (/^[a-z0-9]$/.test(ch)) out += ch;
        else out += [...Buffer.from(ch, 'utf8')].map((b) => `-${b.toString(16).padStart(2, '0')}`).join('');
    }
    return out;
}

/** `<publisher prefix>_<escaped title>`, e.g. `emabler_emabler`. */
export const connectorSchemaName = (model: ConnectorModel): string => `${model.solution.publisher.customizationPrefix}_${escapeLogicalName(model.title)}`;

const uuidBytes = (uuid: string): Buffer => Buffer.from(uuid.replaceAll('-', ''), 'hex');

/** RFC 4122 §4.3 name-based UUID, version 5 (SHA-1). */
export function uuidV5(name: string, namespace: string): string {
    const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest().subarray(0, 16);
    hash[6] = (hash[6]! & 0x0f) | 0x50;
    hash[8] = (hash[8]! & 0x3f) | 0x80;
    const h = hash.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const connectorId = (model: ConnectorModel): string => uuidV5(connectorSchemaName(model), model.solution.idNamespace);

/** Solution versions have four parts: "1.0.0" → "1.0.0.0"; pre-release/build suffixes are not allowed. */
export function solutionVersion(version: string): string {
    const parts = version.split('.');
    if (parts.length < 1 || parts.length > 4 || !parts.every((p) => /^(0|[1-9][0-9]*)$/.test(p))) {
        throw new ToolError(undefined, undefined, `model version "${version}" cannot become a solution version (1 to 4 numeric parts).`);
    }
    while (parts.length < 4) parts.push('0');
    return parts.join('.');
}

/** Exported solution files are named <UniqueName>_<a>_<b>_<c>_<d>.zip. */
const zipNameOf = (uniqueName: string, model: ConnectorModel): string => `${uniqueName}_${solutionVersion(model.version).replaceAll('.', '_')}.zip`;

export const solutionZipName = (model: ConnectorModel): string => zipNameOf(model.solution.uniqueName, model);

/**
 * The solution that carries the sample flow for certification (with the connector, as
 * scripts/ConnectorPackageValidator.ps1 requires of a flow solution): the connector solution's name +
 * "SampleFlows", so it never needs a name of its own in the model.
 */
export const flowSolutionUniqueName = (model: ConnectorModel): string => `${model.solution.uniqueName}SampleFlows`;

export const flowSolutionZipName = (model: ConnectorModel): string => zipNameOf(flowSolutionUniqueName(model), model);

/**
 * The API name flows use for the connector: `shared_` + the escaped schema name, the shape of real
 * exports (`shared_cr1a6-5fshopify-5fb4ae2b78f4d4086f` in microsoft/iom-provider-shopify). The platform
 * adds a per-environment suffix (`-5f` + 16 hex digits) when it creates the connector, which no offline
 * build can know; the connection reference therefore also names the connector by its Dataverse id
 * (customconnectorid), and the exported solution of a test environment is the authoritative copy.
 */
export const connectorApiName = (model: ConnectorModel): string => `shared_${escapeLogicalName(connectorSchemaName(model))}`;

/** Logical name of the flow's connection reference: `<prefix>_` + the API name without separators. */
export const connectionReferenceName = (model: ConnectorModel): string =>
    `${model.solution.publisher.customizationPrefix}_${connectorApiName(model).replace(/[^a-z0-9]/g, '')}`;

/** A flow's workflow id: name-based, so the same flow keeps its id in every build. */
export const workflowId = (model: ConnectorModel, flowName: string): string => uuidV5(`workflow:${flowName}`, model.solution.idNamespace);

/** `Workflows/<name without separators>-<ID IN UPPER CASE>.json`, as exports name flow files. */
export const workflowFilePath = (flowName: string, id: string): string => `Workflows/${flowName.replace(/[^A-Za-z0-9]/g, '')}-${id.toUpperCase()}.json`;

/** Paths of the connector's files inside the solution zip (customizations.xml refers to them with a leading "/"). */
export function connectorFilePaths(model: ConnectorModel) {
    const name = connectorSchemaName(model);
    return {
        openapidefinition: `Connector/${name}_openapidefinition.json`,
        connectionparameters: `Connector/${name}_connectionparameters.json`,
        policytemplateinstances: `Connector/${name}_policytemplateinstances.json`,
        /** Custom code (script.csx), only when the connector has some. */
        customcodeblobcontent: `Connector/${name}_customcodeblobcontent.csx`,
        iconblob: `Connector/${name}_iconblob.Png`,
    } as const;
}
