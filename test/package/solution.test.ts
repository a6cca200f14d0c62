import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { connector } from '../../src/emabler/connector.ts';
import { renderIcon } from '../../src/package/icon.ts';
import {
    buildSolutionZip,
    connectorId,
    connectorSchemaName,
    escapeLogicalName,
    solutionVersion,
    solutionZipName,
    uuidV5,
} from '../../src/package/solution/index.ts';
import type { ApiProperties } from '../../src/swagger/api-properties.ts';
import { ROOT_DIR } from '../helpers/shared.ts';
import { DOS_2020_01_01, parseXml, readZip } from './helpers.ts';

const swaggerText = readFileSync(join(ROOT_DIR, 'apiDefinition.swagger.json'), 'utf8');
const apiProperties = JSON.parse(readFileSync(join(ROOT_DIR, 'apiProperties.json'), 'utf8')) as ApiProperties;
const icon = renderIcon(connector.iconBrandColor, connector.iconMark);
const script = readFileSync(join(ROOT_DIR, 'src/emabler/custom-code/script.csx'), 'utf8');
const ID = '0eb7e135-209f-5348-a233-c002cf68c0f1';

describe('solution names', () => {
    test('uuidV5 matches the RFC 4122 reference (Python uuid5(NAMESPACE_DNS, "python.org"))', () => {
        expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    });

    test('the connector id is stable, name-based and version 5', () => {
        expect(connectorSchemaName(connector)).toBe('emabler_emabler');
        expect(connectorId(connector)).toBe(ID);
        expect(connectorId({ ...connector, title: 'Other' })).not.toBe(ID);
    });

    test.each([
        ['eMabler', 'emabler'],
        ['Stable Baseline', 'stable-20baseline'],
        ['order_admin', 'order-5fadmin'],
        ['A+B', 'a-2bb'],
    ])('escapeLogicalName(%j) = %j', (input, expected) => {
        expect(escapeLogicalName(input)).toBe(expected);
    });

    test.each([
        ['1.0.0', '1.0.0.0'],
        ['2', '2.0.0.0'],
        ['1.2.3.4', '1.2.3.4'],
    ])('solutionVersion(%j) = %j', (input, expected) => {
        expect(solutionVersion(input)).toBe(expected);
    });

    test.each(['1.0.0-beta', '1.2.3.4.5', '01.0', ''])('solutionVersion refuses %j', (input) => {
        expect(() => solutionVersion(input)).toThrow(`model version "${input}" cannot become a solution version (1 to 4 numeric parts).`);
    });

    test('zip name', () => {
        expect(solutionZipName(connector)).toBe('eMablerConnector_1_0_0_0.zip');
    });
});

describe('Dataverse solution zip', async () => {
    const zip = await buildSolutionZip({ model: connector, swaggerText, apiProperties, icon, script });
    const entries = await readZip(zip);
    const text = (name: string) => entries.get(name)!.data.toString('utf8');

    test('holds exactly the platform export layout, all dated 2020-01-01', () => {
        expect([...entries.keys()]).toEqual([
            'Connector/emabler_emabler_connectionparameters.json',
            'Connector/emabler_emabler_customcodeblobcontent.csx',
            'Connector/emabler_emabler_iconblob.Png',
            'Connector/emabler_emabler_openapidefinition.json',
            'Connector/emabler_emabler_policytemplateinstances.json',
            '[Content_Types].xml',
            'customizations.xml',
            'solution.xml',
        ]);
        for (const e of entries.values()) expect(e.dos).toEqual(DOS_2020_01_01);
    });

    test('connector files: swagger unchanged, bare connection parameters, PascalCase policies, PNG icon', () => {
        expect(text('Connector/emabler_emabler_openapidefinition.json')).toBe(swaggerText);
        expect(JSON.parse(text('Connector/emabler_emabler_connectionparameters.json'))).toEqual(apiProperties.properties.connectionParameters);
        expect(Object.keys(JSON.parse(text('Connector/emabler_emabler_connectionparameters.json')))).toEqual(['environment', 'api_key']);
        expect(JSON.parse(text('Connector/emabler_emabler_policytemplateinstances.json'))).toEqual([
            {
                TemplateId: 'dynamichosturl',
                Title: 'Environment base URL',
                Parameters: { 'x-ms-apimTemplateParameter.urlTemplate': "@connectionParameters('environment')" },
            },
        ]);
        expect(entries.get('Connector/emabler_emabler_iconblob.Png')!.data).toEqual(icon);
    });

    test('[Content_Types].xml declares xml, json, Png and, for the custom code blob, csx', () => {
        const x = parseXml(text('[Content_Types].xml'));
        expect(x.attrs('Types')).toEqual({ xmlns: 'http://schemas.openxmlformats.org/package/2006/content-types' });
        expect(x.childNames('Types')).toEqual(['Default', 'Default', 'Default', 'Default']);
        expect(text('[Content_Types].xml')).toBe(
            [
                '<?xml version="1.0" encoding="utf-8"?>',
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
                '  <Default Extension="xml" ContentType="application/octet-stream"/>',
                '  <Default Extension="json" ContentType="application/octet-stream"/>',
                '  <Default Extension="Png" ContentType="application/octet-stream"/>',
                '  <Default Extension="csx" ContentType="application/octet-stream"/>',
                '</Types>',
                '',
            ].join('\n'),
        );
    });

    test('solution.xml: manifest, publisher and the connector as root component 372', () => {
        const x = parseXml(text('solution.xml'));
        const m = 'ImportExportXml/SolutionManifest';
        expect(x.attrs('ImportExportXml')).toEqual({
            version: '9.2.0.0',
            SolutionPackageVersion: '9.2',
            languagecode: '1033',
            'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        });
        expect(x.childNames(m)).toEqual([
            'UniqueName', 'LocalizedNames', 'Descriptions', 'Version', 'Managed', 'Publisher', 'RootComponents', 'MissingDependencies',
        ]);
        expect(x.text(`${m}/UniqueName`)).toBe('eMablerConnector');
        expect(x.attrs(`${m}/LocalizedNames/LocalizedName`)).toEqual({ description: 'eMabler connector', languagecode: '1033' });
        expect(x.attrs(`${m}/Descriptions/Description`)).toEqual({ description: connector.description, languagecode: '1033' });
        expect(x.text(`${m}/Version`)).toBe('1.0.0.0');
        expect(x.text(`${m}/Managed`)).toBe('0');
        expect(x.text(`${m}/Publisher/UniqueName`)).toBe('emabler');
        expect(x.attrs(`${m}/Publisher/LocalizedNames/LocalizedName`)).toEqual({ description: 'eMabler', languagecode: '1033' });
        expect(x.text(`${m}/Publisher/EMailAddress`)).toBe('support@emabler.com');
        expect(x.text(`${m}/Publisher/SupportingWebsiteUrl`)).toBe('https://www.emabler.com');
        expect(x.text(`${m}/Publisher/CustomizationPrefix`)).toBe('emabler');
        expect(x.text(`${m}/Publisher/CustomizationOptionValuePrefix`)).toBe('61433');
        expect(x.childNames(`${m}/Publisher/Addresses`)).toEqual(['Address', 'Address']);
        expect(x.text(`${m}/Publisher/Addresses/Address/AddressNumber`)).toBe('1');
        expect(x.attrs(`${m}/Publisher/Addresses/Address/City`)).toEqual({ 'xsi:nil': 'true' });
        expect(x.childNames(`${m}/RootComponents`)).toEqual(['RootComponent']);
        expect(x.attrs(`${m}/RootComponents/RootComponent`)).toEqual({
            type: '372',
            id: `{${ID}}`,
            schemaName: 'emabler_emabler',
            behavior: '0',
        });
        expect(x.childNames(`${m}/MissingDependencies`)).toEqual([]);
    });

    test('customizations.xml: empty sections, the Connector node with the file paths, language 1033', () => {
        const x = parseXml(text('customizations.xml'));
        expect(x.childNames('ImportExportXml')).toEqual([
            'Entities', 'Roles', 'Workflows', 'FieldSecurityProfiles', 'Templates', 'EntityMaps', 'EntityRelationships',
            'OrganizationSettings', 'optionsets', 'CustomControls', 'EntityDataProviders', 'Connectors', 'Languages',
        ]);
        expect(x.childNames('ImportExportXml/Entities')).toEqual([]);
        expect(x.childNames('ImportExportXml/Connectors')).toEqual(['Connector']);
        const c = 'ImportExportXml/Connectors/Connector';
        const fields = x.childNames(c);
        expect(Object.fromEntries(fields.map((f) => [f, x.text(`${c}/${f}`)]))).toEqual({
            connectorid: ID,
            description: connector.description,
            displayname: 'eMabler',
            iconbrandcolor: '#0a5c4e',
            name: 'emabler_emabler',
            connectortype: '1',
            scriptoperations: '["OnChargingSessionEnded","OnChargingSessionStarted"]',
            openapidefinition: '/Connector/emabler_emabler_openapidefinition.json',
            connectionparameters: '/Connector/emabler_emabler_connectionparameters.json',
            policytemplateinstances: '/Connector/emabler_emabler_policytemplateinstances.json',
            customcodeblobcontent: '/Connector/emabler_emabler_customcodeblobcontent.csx',
            iconblob: '/Connector/emabler_emabler_iconblob.Png',
        });
        // The order of a real export with custom code (microsoft/coe-starter-kit, ALM Accelerator's
        // src/Connectors/cat_5Fcustomazuredevops.xml).
        expect(fields).toEqual([
            'connectorid', 'description', 'displayname', 'iconbrandcolor', 'name', 'connectortype', 'scriptoperations',
            'openapidefinition', 'connectionparameters', 'policytemplateinstances', 'customcodeblobcontent', 'iconblob',
        ]);
        expect(x.text('ImportExportXml/Languages/Language')).toBe('1033');
        expect(entries.get('Connector/emabler_emabler_customcodeblobcontent.csx')!.data.toString('utf8')).toBe(script);
        for (const f of ['openapidefinition', 'connectionparameters', 'policytemplateinstances', 'customcodeblobcontent', 'iconblob']) {
            expect(entries.has(x.text(`${c}/${f}`).slice(1))).toBe(true);
        }
    });

    test('text from the model is XML-escaped, not concatenated', async () => {
        const model = { ...connector, description: 'Sessions <b>&</b> "prices"' };
        const e = await readZip(await buildSolutionZip({ model, swaggerText, apiProperties, icon }));
        const x = parseXml(e.get('customizations.xml')!.data.toString('utf8'));
        expect(x.text('ImportExportXml/Connectors/Connector/description')).toBe('Sessions <b>&</b> "prices"');
        expect(e.get('customizations.xml')!.data.toString('utf8')).toContain('<description>Sessions &lt;b&gt;&amp;&lt;/b&gt; "prices"</description>');
    });

    test('two builds give identical bytes', async () => {
        expect(await buildSolutionZip({ model: connector, swaggerText, apiProperties, icon, script })).toEqual(zip);
    });

    test('without custom code: no blob, no csx content type, no scriptoperations or customcodeblobcontent element', async () => {
        const { scriptOperations: _ignored, ...props } = apiProperties.properties;
        const plain = await readZip(await buildSolutionZip({ model: connector, swaggerText, apiProperties: { properties: props }, icon }));
        expect([...plain.keys()].filter((k) => k.endsWith('.csx'))).toEqual([]);
        expect(plain.get('[Content_Types].xml')!.data.toString('utf8')).not.toContain('csx');
        const x = parseXml(plain.get('customizations.xml')!.data.toString('utf8'));
        expect(x.childNames('ImportExportXml/Connectors/Connector')).toEqual([
            'connectorid', 'description', 'displayname', 'iconbrandcolor', 'name', 'connectortype',
            'openapidefinition', 'connectionparameters', 'policytemplateinstances', 'iconblob',
        ]);
    });
});
