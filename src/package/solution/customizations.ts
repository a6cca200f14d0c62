/**
 * customizations.xml: empty component sections, then the Connector node in the order a Dataverse export
 * writes it (facts §5.4), with the four connector files referenced by absolute zip paths.
 */
import { create } from 'xmlbuilder2';
import type { ConnectorModel } from '../../model/types.ts';
import { XSI_NAMESPACE } from './manifest.ts';
import { CUSTOM_CONNECTOR_TYPE, LANGUAGE_CODE, connectorFilePaths, connectorId, connectorSchemaName } from './names.ts';

/** Sections a connector-only export writes before Connectors (all empty). */
const EMPTY_SECTIONS = [
    'Entities', 'Roles', 'Workflows', 'FieldSecurityProfiles', 'Templates', 'EntityMaps', 'EntityRelationships',
    'OrganizationSettings', 'optionsets', 'CustomControls', 'EntityDataProviders',
] as const;

export function customizationsXml(model: ConnectorModel, iconBrandColor: string): string {
    const root = create({ version: '1.0', encoding: 'utf-8' }).ele('ImportExportXml', { 'xmlns:xsi': XSI_NAMESPACE });
    for (const section of EMPTY_SECTIONS) root.ele(section);
    const connector = root.ele('Connectors').ele('Connector');
    const files = connectorFilePaths(model);
    connector.ele('connectorid').txt(connectorId(model));
    connector.ele('description').txt(model.description);
    connector.ele('displayname').txt(model.title);
    connector.ele('iconbrandcolor').txt(iconBrandColor);
    connector.ele('name').txt(connectorSchemaName(model));
    connector.ele('connectortype').txt(String(CUSTOM_CONNECTOR_TYPE));
    connector.ele('openapidefinition').txt(`/${files.openapidefinition}`);
    connector.ele('connectionparameters').txt(`/${files.connectionparameters}`);
    connector.ele('policytemplateinstances').txt(`/${files.policytemplateinstances}`);
    connector.ele('iconblob').txt(`/${files.iconblob}`);
    root.ele('Languages').ele('Language').txt(String(LANGUAGE_CODE));
    return root.end({ prettyPrint: true }) + '\n';
}
