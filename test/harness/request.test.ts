import { ROOT_DIR } from '../helpers/shared.ts';
import { describe, expect, test } from 'vitest';
import { loadConnectorFiles, type ConnectorFiles } from '../../src/harness/connector-files.ts';
import { ToolError } from '../../src/core/errors.ts';
import { createHarness } from '../../src/harness/execute.ts';
import { bindPolicies } from '../../src/harness/policies/index.ts';
import { checkUrl } from '../../src/harness/request.ts';
import { operations } from '../../src/swagger/reader.ts';
import type { JsonObject } from '../../src/core/json.ts';
import type { PolicyTemplateInstance } from '../../src/swagger/api-properties.ts';

const files = loadConnectorFiles({ rootDir: ROOT_DIR });
const KEY = 'fake-test-key-0000';

const withPolicies = (policyTemplateInstances: PolicyTemplateInstance[]): ConnectorFiles => ({
    ...files,
    apiProperties: { properties: { ...files.apiProperties.properties, policyTemplateInstances } },
});

describe('environment dropdown → dynamichosturl', () => {
    test.each([
        ['Production', 'https://api.emabler.io/api/v2/cpo/v2/transactions'],
        ['Staging', 'https://api-staging.emabler.net/api/v2/cpo/v2/transactions'],
        ['Test', 'https://api.emabler.net/api/v2/cpo/v2/transactions'],
    ])('%s resolves to %s', (text, url) => {
        const environment = files.apiProperties.properties.connectionParameters['environment']!.uiDefinition.constraints.allowedValues!.find((a) => a.text === text)!.value;
        const h = createHarness({ files, connection: { environment, api_key: KEY } });
        const { request, diagnostics } = h.prepare('QueryChargingSessions', { limit: 5 });
        expect(diagnostics).toEqual([]);
        expect(request).toEqual({
            operationId: 'QueryChargingSessions',
            method: 'POST',
            url,
            headers: { 'x-api-key': KEY, 'content-type': 'application/json', accept: 'application/json' },
            body: { limit: 5 },
            hasBody: true,
        });
    });

    test('a custom environment points at a local server', () => {
        const h = createHarness({ files, connection: { environment: 'http://127.0.0.1:4010/api/v2/cpo/', api_key: KEY }, allowCustomValues: true });
        expect(h.prepare('QueryChargingSessions', {}).request.url).toBe('http://127.0.0.1:4010/api/v2/cpo/v2/transactions');
    });

    test('without the policy the swagger host and basePath are used', () => {
        const h = createHarness({ files: withPolicies([]), connection: { api_key: KEY } });
        expect(h.prepare('QueryChargingSessions', {}).request.url).toBe('https://api.emabler.io/api/v2/cpo/v2/transactions');
    });
});

describe('setheader / setqueryparameter, scoped by operation name', () => {
    test('applied in order with existsAction', () => {
        const h = createHarness({
            files: withPolicies([
                { templateId: 'dynamichosturl', title: 'host', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': "@connectionParameters('environment')" } },
                { templateId: 'setheader', title: 'ua', parameters: { 'x-ms-apimTemplateParameter.name': 'X-Client', 'x-ms-apimTemplateParameter.value': 'powerplatform' } },
                { templateId: 'setHeader', title: 'skip', parameters: { 'x-ms-apimTemplateParameter.name': 'x-client', 'x-ms-apimTemplateParameter.value': 'other', 'x-ms-apimTemplateParameter.existsAction': 'skip' } },
                { templateId: 'setheader', title: 'append', parameters: { 'x-ms-apimTemplateParameter.name': 'x-client', 'x-ms-apimTemplateParameter.value': 'v2', 'x-ms-apimTemplateParameter.existsAction': 'append', 'x-ms-apimTemplate-policySection': 'Request' } },
                { templateId: 'setqueryparameter', title: 'q', parameters: { 'x-ms-apimTemplate-operationName': ['QueryChargingSessions'], 'x-ms-apimTemplateParameter.name': 'src', 'x-ms-apimTemplateParameter.value': 'pp' } },
                { templateId: 'setqueryparameter', title: 'other op', parameters: { 'x-ms-apimTemplate-operationName': ['GetChargers'], 'x-ms-apimTemplateParameter.name': 'never', 'x-ms-apimTemplateParameter.value': '1' } },
                { templateId: 'setheader', title: 'other op', parameters: { 'x-ms-apimTemplate-operationName': ['GetChargers'], 'x-ms-apimTemplateParameter.name': 'x-never', 'x-ms-apimTemplateParameter.value': '1' } },
            ]),
            connection: { environment: 'https://api.emabler.net/api/v2/cpo', api_key: KEY },
        });
        const { request } = h.prepare('QueryChargingSessions', {});
        expect([request.url, request.headers]).toEqual([
            'https://api.emabler.net/api/v2/cpo/v2/transactions?src=pp',
            { 'x-api-key': KEY, 'x-client': 'powerplatform, v2', 'content-type': 'application/json', accept: 'application/json' },
        ]);
    });

    test.each<[string, PolicyTemplateInstance, string]>([
        [
            'unsupported template', { templateId: 'routerequesttoendpoint', title: 'r', parameters: { 'x-ms-apimTemplateParameter.newPath': '/x' } },
            'apiProperties.json#/properties/policyTemplateInstances/0/templateId: policy template "routerequesttoendpoint" is not supported by the harness (supported: dynamichosturl, setheader, setqueryparameter)',
        ],
        [
            'unknown parameter', { templateId: 'setheader', title: 'h', parameters: { 'x-ms-apimTemplateParameter.name': 'a', 'x-ms-apimTemplateParameter.value': 'b', 'x-ms-apimTemplateParameter.bogus': 'c' } },
            'apiProperties.json#/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplateParameter.bogus: parameter "x-ms-apimTemplateParameter.bogus" of policy template "setheader" is not supported by the harness',
        ],
        [
            'missing required parameter', { templateId: 'dynamichosturl', title: 'h', parameters: {} },
            'apiProperties.json#/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplateParameter.urlTemplate: policy template "dynamichosturl" needs the string parameter "x-ms-apimTemplateParameter.urlTemplate"',
        ],
        [
            'an unknown existsAction',
            { templateId: 'setqueryparameter', title: 'q', parameters: { 'x-ms-apimTemplateParameter.name': 'a', 'x-ms-apimTemplateParameter.value': 'b', 'x-ms-apimTemplateParameter.existsAction': 'replace' } },
            'apiProperties.json#/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplateParameter.existsAction: existsAction must be one of override, skip, append, got "replace"',
        ],
        [
            'a Response-section setheader',
            { templateId: 'setheader', title: 'h', parameters: { 'x-ms-apimTemplateParameter.name': 'a', 'x-ms-apimTemplateParameter.value': 'b', 'x-ms-apimTemplate-policySection': 'Response' } },
            'apiProperties.json#/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-policySection: x-ms-apimTemplate-policySection "Response" is not supported by the harness (only Request)',
        ],
        [
            'operationName not an array', { templateId: 'dynamichosturl', title: 'h', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': 'https://x', 'x-ms-apimTemplate-operationName': 'QueryChargingSessions' } },
            'apiProperties.json#/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-operationName: "x-ms-apimTemplate-operationName" must be an array of operationIds',
        ],
    ])('%s is an explicit error', (_name, instance, message) => {
        expect(() => bindPolicies([instance])).toThrow(ToolError);
        expect(() => bindPolicies([instance])).toThrow(message);
        expect(() => createHarness({ files: withPolicies([instance]), connection: { api_key: KEY } })).toThrow(message);
    });

    test('an unsupported expression names the parameter', () => {
        const h = createHarness({
            files: withPolicies([{ templateId: 'setheader', title: 'h', parameters: { 'x-ms-apimTemplateParameter.name': 'auth', 'x-ms-apimTemplateParameter.value': "Key @headers('x-api-key')" } }]),
            connection: { api_key: KEY },
        });
        expect(() => h.prepare('QueryChargingSessions', {})).toThrow(
            'apiProperties.json#/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplateParameter.value: expression function "headers" is not supported by the harness (supported: connectionParameters)',
        );
    });

    test('an unknown operationId lists the known ones', () => {
        const h = createHarness({ files, connection: { api_key: KEY } });
        const known = operations(files.swagger as unknown as JsonObject).map((o) => o.operationId);
        expect(known).toContain('QueryChargingSessions');
        expect(() => h.prepare('GetCharger', {})).toThrow(`unknown operationId "GetCharger" (known: ${known.join(', ')})`);
    });
});

describe('checkUrl', () => {
    test.each([
        ['https://api.emabler.io/api/v2/cpo/v2/transactions', []],
        ['http://127.0.0.1:4010/x', []],
        ['http://localhost:4010/x', []],
        ['http://[::1]:4010/x', []],
        ['http://api.emabler.io/x', [{ ruleId: 'request-https-required', severity: 'error', path: [], message: 'The request URL "http://api.emabler.io" must use https (plain http is allowed only for 127.0.0.1, localhost and [::1]).' }]],
        ['not a url/x', [{ ruleId: 'request-url', severity: 'error', path: [], message: 'The request URL "not a url/x" is not a valid absolute URL.' }]],
    ])('%s', (url, expected) => {
        expect(checkUrl(url)).toEqual(expected);
    });
});

describe('array query parameters by collectionFormat', () => {
    test('csv arrays are joined with commas, not sent as JSON, in parameter order', () => {
        const h = createHarness({ files, connection: { environment: 'http://127.0.0.1:4010/api/v2/cpo', api_key: KEY }, allowCustomValues: true });
        const { request, diagnostics } = h.prepare('ListOngoingChargingSessions', { limit: 5, driverIds: [200185, 201036], chargerIds: ['EMB-OSL-0114', 'EMB-HEL-0042'] });
        expect([diagnostics, request.url, request.hasBody]).toEqual([
            [],
            'http://127.0.0.1:4010/api/v2/cpo/v2/ongoing-transactions?chargerIds=EMB-OSL-0114%2CEMB-HEL-0042&driverIds=200185%2C201036&limit=5',
            false,
        ]);
        expect(new URL(request.url).searchParams.getAll('chargerIds')).toEqual(['EMB-OSL-0114,EMB-HEL-0042']);
    });
});
