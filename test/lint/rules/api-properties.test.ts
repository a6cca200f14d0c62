/** apiProperties rules and cross-file checks between swagger and apiProperties (layer 5). */
import { at } from '../../helpers/connector-fixture.ts';
import { testRule } from '../../helpers/test-rule.ts';

const A = 'apiProperties.json';
const POLICIES = ['properties', 'policyTemplateInstances'];

testRule('brand-color', [
    { name: 'brand colour', expected: [] },
    { name: 'default blue (any case)', mutate: (_s, a) => { at(a, 'properties').iconBrandColor = '#007EE5'; }, expected: [{ file: A, path: ['properties', 'iconBrandColor'], message: "iconBrandColor #007EE5 is white or the default blue; use the brand's own colour." }] },
    { name: 'white', mutate: (_s, a) => { at(a, 'properties').iconBrandColor = '#ffffff'; }, expected: [{ file: A, path: ['properties', 'iconBrandColor'], message: "iconBrandColor #ffffff is white or the default blue; use the brand's own colour." }] },
    { name: 'not a colour', mutate: (_s, a) => { at(a, 'properties').iconBrandColor = 'teal'; }, expected: [{ file: A, path: ['properties', 'iconBrandColor'], message: 'iconBrandColor "teal" must be a #rrggbb colour.' }] },
    { name: 'missing', mutate: (_s, a) => { delete at(a, 'properties').iconBrandColor; }, expected: [{ file: A, path: ['properties'], message: 'iconBrandColor is missing.' }] },
]);

testRule('paconn-stackowner', [
    { name: 'no stackOwner', expected: [] },
    { name: 'no apiProperties', noApiProperties: true, expected: [] },
    {
        name: 'stackOwner present',
        mutate: (_s, a) => { at(a, 'properties').stackOwner = 'Contoso'; },
        expected: [{ file: A, path: ['properties', 'stackOwner'], message: 'stackOwner makes "paconn update" fail (and some regions rejected it on create); leave it out of the apiProperties.json you deploy, and add it only to a certification submission.' }],
    },
]);

testRule('policy-operation-exists', [
    { name: 'policy names an existing operation', expected: [] },
    { name: 'no apiProperties', noApiProperties: true, expected: [] },
    {
        name: 'policy names an unknown operation',
        mutate: (_s, a) => { at(a, ...POLICIES, 1, 'parameters')['x-ms-apimTemplate-operationName'] = ['SearchRecords', 'DeleteRecord']; },
        expected: [{ file: A, path: [...POLICIES, 1, 'parameters', 'x-ms-apimTemplate-operationName', 1], message: 'Policy "setheader" names operation "DeleteRecord", which is not in the swagger.' }],
    },
]);

testRule('connection-parameter-defined', [
    { name: 'references a defined parameter', expected: [] },
    {
        name: 'token: sub-parameter resolves to its parent',
        mutate: (_s, a) => { at(a, 'properties', 'connectionParameters').token = { type: 'oauthSetting' }; at(a, ...POLICIES, 1, 'parameters')['x-ms-apimTemplateParameter.value'] = "@connectionParameters('token:TenantId')"; },
        expected: [],
    },
    {
        name: 'unknown parameter',
        mutate: (_s, a) => { at(a, ...POLICIES, 0, 'parameters')['x-ms-apimTemplateParameter.urlTemplate'] = "@connectionParameters('region')"; },
        expected: [{ file: A, path: [...POLICIES, 0, 'parameters', 'x-ms-apimTemplateParameter.urlTemplate'], message: "@connectionParameters('region') does not name a connection parameter." }],
    },
]);

testRule('apikey-connection-parameter', [
    { name: 'apiKey scheme and securestring api_key', expected: [] },
    { name: 'neither side', mutate: (s, a) => { delete s.securityDefinitions; delete s.security; delete at(a, 'properties', 'connectionParameters').api_key; }, expected: [] },
    { name: 'api_key missing', mutate: (_s, a) => { delete at(a, 'properties', 'connectionParameters').api_key; }, expected: [{ file: A, path: ['properties', 'connectionParameters'], message: 'securityDefinitions.api_key is an apiKey scheme, but there is no "api_key" connection parameter.' }] },
    { name: 'its type is apikey-securestring\'s finding', mutate: (_s, a) => { at(a, 'properties', 'connectionParameters', 'api_key').type = 'string'; }, expected: [] },
    {
        name: 'api_key without a security scheme',
        mutate: (s) => { delete s.securityDefinitions; delete s.security; },
        expected: [{ file: A, path: ['properties', 'connectionParameters', 'api_key'], message: 'Connection parameter "api_key" exists, but securityDefinitions has no apiKey scheme to carry it.' }],
    },
]);

testRule('apikey-securestring', [
    { name: 'securestring', expected: [] },
    { name: 'no api_key parameter', mutate: (_s, a) => { delete at(a, 'properties', 'connectionParameters').api_key; }, expected: [] },
    { name: 'api_key as a plain string', mutate: (_s, a) => { at(a, 'properties', 'connectionParameters', 'api_key').type = 'string'; }, expected: [{ file: A, path: ['properties', 'connectionParameters', 'api_key', 'type'], message: 'Connection parameter "api_key" must be a securestring (found "string").' }] },
    { name: 'api_key without a type', mutate: (_s, a) => { delete at(a, 'properties', 'connectionParameters', 'api_key').type; }, expected: [{ file: A, path: ['properties', 'connectionParameters', 'api_key', 'type'], message: 'Connection parameter "api_key" must be a securestring (found null).' }] },
]);

testRule('dynamichosturl-https', [
    { name: 'all dropdown values are https', expected: [] },
    { name: 'https literal template', mutate: (_s, a) => { at(a, ...POLICIES, 0, 'parameters')['x-ms-apimTemplateParameter.urlTemplate'] = "https://@connectionParameters('environment').contoso.example/v1"; }, expected: [] },
    {
        name: 'http dropdown value',
        mutate: (_s, a) => { at(a, 'properties', 'connectionParameters', 'environment', 'uiDefinition', 'constraints', 'allowedValues', 0).value = 'http://test.api.contoso.example/v1'; },
        expected: [{ file: A, path: ['properties', 'connectionParameters', 'environment', 'uiDefinition', 'constraints', 'allowedValues', 0, 'value'], message: 'Connection parameter "environment" feeds the host URL, but "http://test.api.contoso.example/v1" is not an https URL.' }],
    },
    {
        name: 'http literal template',
        mutate: (_s, a) => { at(a, ...POLICIES, 0, 'parameters')['x-ms-apimTemplateParameter.urlTemplate'] = 'http://api.contoso.example/v1'; },
        expected: [{ file: A, path: [...POLICIES, 0, 'parameters', 'x-ms-apimTemplateParameter.urlTemplate'], message: 'URL template "http://api.contoso.example/v1" must start with https://.' }],
    },
]);

const pollingPolicy = (config: Record<string, string>) => ({
    templateId: 'pollingtrigger',
    type: 'PollingTrigger',
    title: 'New records',
    parameters: { 'x-ms-apimTemplate-operationName': ['GetRecord'], 'x-ms-apimTemplateParameter.triggerConfig': config, 'x-ms-apimTemplateParameter.triggerDataPath': '@triggerBody().items' },
});

testRule('pollingtrigger-query-params', [
    { name: 'config key is a query parameter', mutate: (_s, a) => { (at(a, 'properties').policyTemplateInstances as unknown[]).push(pollingPolicy({ fields: 'id', 'x-ms-triggerConfig-nextLink': 'next' })); }, expected: [] },
    {
        name: 'config key is a path parameter, not a query parameter',
        mutate: (_s, a) => { (at(a, 'properties').policyTemplateInstances as unknown[]).push(pollingPolicy({ recordId: '@{triggerBody().items[0].id}' })); },
        expected: [{ file: A, path: [...POLICIES, 2, 'parameters', 'x-ms-apimTemplateParameter.triggerConfig', 'recordId'], message: 'triggerConfig key "recordId" is not a query parameter of GetRecord.' }],
    },
]);
