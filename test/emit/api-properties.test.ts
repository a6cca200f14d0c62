import { describe, expect, test } from 'vitest';
import { emitApiProperties, emitCertificationApiProperties } from '../../src/emit/api-properties.ts';
import { connector } from '../../src/emabler/connector.ts';

describe('apiProperties', () => {
    const props = emitApiProperties(connector).properties;

    test('environment dropdown: Production (default), Staging, Test with full base URLs', () => {
        expect(props.connectionParameters.environment).toEqual({
            type: 'string',
            defaultValue: 'https://api.emabler.io/api/v2/cpo',
            uiDefinition: {
                displayName: 'Environment',
                description: 'The eMabler environment to call: Production, Staging or Test.',
                tooltip: 'Pick the environment your API key belongs to. Create another connection to switch.',
                constraints: {
                    required: 'true',
                    tabIndex: 1,
                    allowedValues: [
                        { text: 'Production', value: 'https://api.emabler.io/api/v2/cpo' },
                        { text: 'Staging', value: 'https://api-staging.emabler.net/api/v2/cpo' },
                        { text: 'Test', value: 'https://api.emabler.net/api/v2/cpo' },
                    ],
                },
            },
        });
    });

    test('api_key: required securestring with display name, description and tooltip', () => {
        expect(props.connectionParameters.api_key).toEqual({
            type: 'securestring',
            uiDefinition: {
                displayName: 'API Key',
                description: 'The eMabler API key, created in eMabler Connect under Settings > Developers.',
                tooltip: 'Paste an API key of the selected environment. It is sent in the x-api-key header.',
                constraints: { required: 'true', clearText: false, tabIndex: 2 },
            },
        });
    });

    test('one dynamichosturl policy replaces scheme, host and base path from the environment', () => {
        expect(props.policyTemplateInstances).toEqual([
            {
                templateId: 'dynamichosturl',
                title: 'Environment base URL',
                parameters: { 'x-ms-apimTemplateParameter.urlTemplate': "@connectionParameters('environment')" },
            },
        ]);
    });

    test('branding, the custom-code operations and capabilities (triggers: the two charging-session triggers)', () => {
        expect([props.iconBrandColor, props.scriptOperations, props.capabilities, props.publisher]).toEqual([
            '#0a5c4e',
            ['OnChargingSessionEnded', 'OnChargingSessionStarted'],
            ['actions', 'triggers'],
            'eMabler',
        ]);
        expect(Object.keys(props)).toEqual(['connectionParameters', 'iconBrandColor', 'scriptOperations', 'capabilities', 'policyTemplateInstances', 'publisher']);
        expect(['#ffffff', '#007ee5']).not.toContain(props.iconBrandColor.toLowerCase());
    });

    test('the certification copy adds the model\'s stackOwner after publisher and changes nothing else', () => {
        const certified = emitCertificationApiProperties(connector).properties;
        expect(Object.keys(certified)).toEqual(['connectionParameters', 'iconBrandColor', 'scriptOperations', 'capabilities', 'policyTemplateInstances', 'publisher', 'stackOwner']);
        expect(certified.stackOwner).toBe('eMabler');
        expect({ ...certified, stackOwner: undefined }).toEqual({ ...props, stackOwner: undefined });
        expect(emitCertificationApiProperties({ ...connector, stackOwner: 'Contoso Energy Ltd' }).properties.stackOwner).toBe('Contoso Energy Ltd');
        expect('stackOwner' in props).toBe(false);
    });
});
