import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { connector } from '../../src/emabler/connector.ts';
import { escapeArmLiterals, logicAppsTemplate, withoutCustomCodeOperations } from '../../src/package/arm-template.ts';
import { renderIcon } from '../../src/package/icon.ts';
import type { ApiProperties } from '../../src/swagger/api-properties.ts';
import type { SwaggerDocument } from '../../src/swagger/types.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

const swagger = JSON.parse(readFileSync(join(ROOT_DIR, 'apiDefinition.swagger.json'), 'utf8')) as SwaggerDocument;
const apiProperties = JSON.parse(readFileSync(join(ROOT_DIR, 'apiProperties.json'), 'utf8')) as ApiProperties;
const icon = renderIcon(connector.iconBrandColor, connector.iconMark);
const URLS = ['https://api.emabler.io/api/v2/cpo', 'https://api-staging.emabler.net/api/v2/cpo', 'https://api.emabler.net/api/v2/cpo'];

describe('Logic Apps ARM template (Microsoft.Web/customApis)', () => {
    const t = logicAppsTemplate({ model: connector, swagger, apiProperties, icon });
    const resource = t.resources[0]!;

    test('top level, parameters and the environment lookup', () => {
        expect(Object.keys(t)).toEqual(['$schema', 'contentVersion', 'parameters', 'variables', 'resources', 'outputs']);
        expect(t.$schema).toBe('https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#');
        expect(t.contentVersion).toBe('1.0.0.0');
        expect(t.parameters).toEqual({
            customApiName: { type: 'string', defaultValue: 'emabler', metadata: { description: 'Name of the custom connector resource.' } },
            location: {
                type: 'string',
                defaultValue: '[resourceGroup().location]',
                metadata: { description: 'Azure region; use the region of the logic apps that call the connector.' },
            },
            environmentBaseUrl: {
                type: 'string',
                defaultValue: URLS[0],
                allowedValues: URLS,
                metadata: { description: 'eMabler environment base URL: Production, Staging, Test.' },
            },
        });
        expect(t.variables).toEqual({
            environments: {
                [URLS[0]!]: { host: 'api.emabler.io', basePath: '/api/v2/cpo' },
                [URLS[1]!]: { host: 'api-staging.emabler.net', basePath: '/api/v2/cpo' },
                [URLS[2]!]: { host: 'api.emabler.net', basePath: '/api/v2/cpo' },
            },
            environment: "[variables('environments')[parameters('environmentBaseUrl')]]",
        });
        expect(t.outputs).toEqual({ customApiId: { type: 'string', value: "[resourceId('Microsoft.Web/customApis', parameters('customApiName'))]" } });
    });

    test('one customApis resource (2016-06-01) with the connector properties', () => {
        expect(t.resources.length).toBe(1);
        expect({ ...resource, properties: undefined }).toEqual({
            type: 'Microsoft.Web/customApis',
            apiVersion: '2016-06-01',
            name: "[parameters('customApiName')]",
            location: "[parameters('location')]",
            properties: undefined,
        });
        const p = resource.properties;
        expect(Object.keys(p)).toEqual([
            'displayName', 'description', 'iconUri', 'brandColor', 'capabilities', 'apiType', 'backendService', 'swagger', 'connectionParameters',
        ]);
        expect(p.displayName).toBe('eMabler');
        expect(p.description).toBe(connector.description);
        expect(p.brandColor).toBe('#0a5c4e');
        expect(p.capabilities).toEqual(['actions']);
        expect(p.apiType).toBe('Rest');
        expect(p.backendService).toEqual({ serviceUrl: "[parameters('environmentBaseUrl')]" });
        expect(p.iconUri).toBe(`data:image/png;base64,${icon.toString('base64')}`);
    });

    test('only the API key is a connection parameter (no environment: customApis have no policies)', () => {
        expect(resource.properties.connectionParameters).toEqual({
            api_key: { type: 'securestring', uiDefinition: apiProperties.properties.connectionParameters.api_key!.uiDefinition },
        });
    });

    test('the swagger is the generated one, without the operations custom code serves, with host and basePath taken from the environment parameter', () => {
        const s = resource.properties.swagger as Record<string, unknown>;
        expect(s.host).toBe("[variables('environment').host]");
        expect(s.basePath).toBe("[variables('environment').basePath]");
        const served = new Set(apiProperties.properties.scriptOperations);
        const paths = Object.fromEntries(Object.entries(swagger.paths).filter(([, item]) => !Object.values(item).some((op) => served.has(op.operationId))));
        expect({ ...s, host: swagger.host, basePath: swagger.basePath }).toEqual({ ...swagger, paths });
        expect(Object.keys(s)).toEqual(Object.keys(swagger));
    });

    test('Logic Apps custom APIs run no custom code: the triggers are left out, and so is the triggers capability', () => {
        const s = resource.properties.swagger as { paths: Record<string, Record<string, { operationId: string }>> };
        const ids = Object.values(s.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
        const all = Object.values(swagger.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
        expect(apiProperties.properties.scriptOperations).toEqual(['OnChargingSessionEnded', 'OnChargingSessionStarted']);
        expect(ids).toEqual(all.filter((id) => !apiProperties.properties.scriptOperations!.includes(id)));
        expect(ids).toContain('QueryChargingSessions');
        expect(apiProperties.properties.capabilities).toEqual(['actions', 'triggers']);
        expect(resource.properties.capabilities).toEqual(['actions']);
    });

    test('an operation the custom code serves is dropped with its path item; other methods of the path stay', () => {
        const doc = structuredClone(swagger);
        const op = doc.paths['/v2/transactions']!.post!;
        doc.paths['/v2/transactions']!.get = { ...op, operationId: 'Other' };
        const kept = withoutCustomCodeOperations(doc, ['QueryChargingSessions', 'OnChargingSessionEnded']);
        expect(Object.keys(kept.paths)).toEqual(Object.keys(doc.paths).filter((p) => p !== '/triggers/charging-sessions/ended'));
        expect(Object.keys(kept.paths['/v2/transactions']!)).toEqual(['get']);
        expect(swagger.paths['/v2/transactions']!.get).toBeUndefined();
    });

    test('without an icon there is no iconUri', () => {
        expect('iconUri' in logicAppsTemplate({ model: connector, swagger, apiProperties }).resources[0]!.properties).toBe(false);
    });

    test('refuses a model without environments and a key parameter that is missing or not secure', () => {
        expect(() => logicAppsTemplate({ model: { ...connector, environments: [] }, swagger, apiProperties })).toThrow('the model declares no environment.');
        const props = structuredClone(apiProperties);
        props.properties.connectionParameters.api_key!.type = 'string';
        expect(() => logicAppsTemplate({ model: connector, swagger, apiProperties: props })).toThrow('connection parameter "api_key" must be a securestring.');
        delete props.properties.connectionParameters.api_key;
        expect(() => logicAppsTemplate({ model: connector, swagger, apiProperties: props })).toThrow('apiProperties.json has no connection parameter "api_key".');
    });
});

describe('escapeArmLiterals', () => {
    test.each([
        ['a string that starts with [ and ends with ] is escaped', '[1, 2]', '[[1, 2]'],
        ['a string that only starts with [ is already literal', '[1, 2] pairs', '[1, 2] pairs'],
        ['other strings stay', 'a [b]', 'a [b]'],
        ['nested values, keys untouched', { '[k]': ['[x', { y: '[z]' }], n: 1, b: true, z: null }, { '[k]': ['[x', { y: '[[z]' }], n: 1, b: true, z: null }],
    ])('%s', (_name, input, expected) => {
        expect(escapeArmLiterals(input)).toEqual(expected);
    });

    test('swagger strings reach ARM as literals: [Beta] … stays, [x] is escaped', () => {
        const doc = structuredClone(swagger);
        doc.info.description = '[Beta] ' + doc.info.description;
        doc.info.title = '[eMabler]';
        const s = logicAppsTemplate({ model: connector, swagger: doc, apiProperties }).resources[0]!.properties.swagger as SwaggerDocument;
        expect(s.info.description).toBe('[Beta] ' + swagger.info.description);
        expect(s.info.title).toBe('[[eMabler]');
    });
});
