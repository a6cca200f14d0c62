/**
 * solution.xml: the solution manifest with the publisher and the root components: the connector (type 372)
 * and, in the flow solution, its flows (type 29, `id="{guid}"`, as in microsoft/coe-starter-kit
 * CenterofExcellenceCoreComponents/SolutionPackage/Other/Solution.xml).
 */
import { xmlDocument, xmlText } from './xml.ts';
import type { ConnectorModel } from '../../model/types.ts';
import { CONNECTOR_COMPONENT_TYPE, LANGUAGE_CODE, connectorId, connectorSchemaName, solutionVersion } from './names.ts';

export interface RootComponent {
    type: number;
    id: string;
    schemaName?: string;
}

/** What differs between the solutions of one connector: name, texts and root components. */
export interface SolutionManifest {
    uniqueName: string;
    displayName: string;
    description: string;
    rootComponents: RootComponent[];
}

/** The connector as a root component. */
export const connectorRootComponent = (model: ConnectorModel): RootComponent => ({
    type: CONNECTOR_COMPONENT_TYPE,
    id: connectorId(model),
    schemaName: connectorSchemaName(model),
});

/** The manifest of the connector solution (dist/solution). */
export const connectorSolutionManifest = (model: ConnectorModel): SolutionManifest => ({
    uniqueName: model.solution.uniqueName,
    displayName: `${model.title} connector`,
    description: model.description,
    rootComponents: [connectorRootComponent(model)],
});

export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
/** Dataverse version that the package format claims; 9.2 is the current solution package version. */
export const SOLUTION_PACKAGE_VERSION = '9.2';

/** Address fields a Dataverse export writes (all empty) for each of the publisher's two addresses. */
const ADDRESS_FIELDS = [
    'AddressTypeCode', 'City', 'County', 'Country', 'Fax', 'FreightTermsCode', 'ImportSequenceNumber', 'Latitude',
    'Line1', 'Line2', 'Line3', 'Longitude', 'Name', 'PostalCode', 'PostOfficeBox', 'PrimaryContactName',
    'ShippingMethodCode', 'StateOrProvince', 'Telephone1', 'Telephone2', 'Telephone3', 'TimeZoneRuleVersionNumber',
    'UPSZone', 'UTCOffset', 'UTCConversionTimeZoneCode',
] as const;

export function solutionXml(model: ConnectorModel, solution: SolutionManifest = connectorSolutionManifest(model)): string {
    const root = xmlDocument('ImportExportXml', {
        version: `${SOLUTION_PACKAGE_VERSION}.0.0`,
        SolutionPackageVersion: SOLUTION_PACKAGE_VERSION,
        languagecode: String(LANGUAGE_CODE),
        'xmlns:xsi': XSI_NAMESPACE,
    });
    const manifest = root.ele('SolutionManifest');
    manifest.ele('UniqueName').txt(solution.uniqueName);
    manifest.ele('LocalizedNames').ele('LocalizedName', { description: solution.displayName, languagecode: String(LANGUAGE_CODE) });
    manifest.ele('Descriptions').ele('Description', { description: solution.description, languagecode: String(LANGUAGE_CODE) });
    manifest.ele('Version').txt(solutionVersion(model.version));
    manifest.ele('Managed').txt('0');

    const publisher = manifest.ele('Publisher');
    publisher.ele('UniqueName').txt(model.solution.publisher.uniqueName);
    publisher.ele('LocalizedNames').ele('LocalizedName', { description: model.publisher, languagecode: String(LANGUAGE_CODE) });
    publisher.ele('Descriptions');
    publisher.ele('EMailAddress').txt(model.contact.email);
    publisher.ele('SupportingWebsiteUrl').txt(model.website);
    publisher.ele('CustomizationPrefix').txt(model.solution.publisher.customizationPrefix);
    publisher.ele('CustomizationOptionValuePrefix').txt(String(model.solution.publisher.customizationOptionValuePrefix));
    const addresses = publisher.ele('Addresses');
    for (const n of [1, 2]) {
        const address = addresses.ele('Address');
        address.ele('AddressNumber').txt(String(n));
        for (const field of ADDRESS_FIELDS) address.ele(field, { 'xsi:nil': 'true' });
    }

    const roots = manifest.ele('RootComponents');
    for (const c of solution.rootComponents) {
        roots.ele('RootComponent', { type: String(c.type), id: `{${c.id}}`, ...(c.schemaName !== undefined ? { schemaName: c.schemaName } : {}), behavior: '0' });
    }
    manifest.ele('MissingDependencies');
    return xmlText(root);
}
