/**
 * A small connector that passes every rule: the base of the rule table tests. Each call returns a
 * fresh deep copy, so a test case can mutate it freely.
 */
import type { JsonObject } from '../../src/core/json.ts';

const SWAGGER: JsonObject = {
    swagger: '2.0',
    info: {
        title: 'Contoso Records',
        version: '1.0',
        description: 'Search and read Contoso records so that flows can react to new records.',
        contact: { name: 'Contoso Support', url: 'https://contoso.example/support', email: 'support@contoso.example' },
    },
    host: 'api.contoso.example',
    basePath: '/v1',
    schemes: ['https'],
    consumes: ['application/json'],
    produces: ['application/json'],
    paths: {
        '/records/search': {
            post: {
                operationId: 'SearchRecords',
                summary: 'Search records',
                description: 'Returns one page of records that match the filter.',
                parameters: [
                    { name: 'body', in: 'body', required: true, 'x-ms-summary': 'Filter', description: 'Filter for the search.', schema: { $ref: '#/definitions/SearchRequest' } },
                ],
                responses: {
                    '200': { description: 'OK', schema: { $ref: '#/definitions/SearchPage' } },
                    '400': { description: 'Bad request', schema: { $ref: '#/definitions/Problem' } },
                    default: { description: 'Operation failed.' },
                },
            },
        },
        '/records/{recordId}': {
            get: {
                operationId: 'GetRecord',
                summary: 'Get a record',
                description: 'Returns one record by its identifier.',
                parameters: [
                    { name: 'recordId', in: 'path', required: true, type: 'string', 'x-ms-summary': 'Record ID', description: 'Identifier of the record.', 'x-ms-url-encoding': 'single' },
                    { name: 'fields', in: 'query', required: false, type: 'string', 'x-ms-summary': 'Fields', description: 'Comma-separated fields to return.', 'x-ms-visibility': 'advanced' },
                ],
                responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Record' } } },
            },
        },
    },
    definitions: {
        SearchRequest: {
            type: 'object',
            required: ['page'],
            properties: {
                page: { type: 'integer', format: 'int32', 'x-ms-summary': 'Page', description: 'Page number, starting at 1.' },
                limit: { type: 'integer', format: 'int32', 'x-ms-summary': 'Page Size', description: 'Records per page.', default: 100 },
            },
        },
        SearchPage: {
            type: 'object',
            properties: {
                hasNextPage: { type: 'boolean', 'x-ms-summary': 'Has Next Page', description: 'True when another page exists.' },
                items: { type: 'array', 'x-ms-summary': 'Records', description: 'Records on this page.', items: { $ref: '#/definitions/Record' } },
            },
        },
        Record: {
            type: 'object',
            properties: {
                id: { type: 'string', 'x-ms-summary': 'Record ID', description: 'Identifier of the record.' },
                name: { type: 'string', 'x-ms-summary': 'Name', description: 'Display name of the record.', 'x-ms-visibility': 'important' },
            },
        },
        Problem: {
            type: 'object',
            properties: { title: { type: 'string', 'x-ms-summary': 'Title', description: 'What went wrong.' } },
        },
    },
    securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'x-api-key' } },
    security: [{ api_key: [] }],
    'x-ms-connector-metadata': [
        { propertyName: 'Website', propertyValue: 'https://contoso.example' },
        { propertyName: 'Privacy policy', propertyValue: 'https://contoso.example/privacy' },
        { propertyName: 'Categories', propertyValue: 'Data;Productivity' },
    ],
};

const API_PROPERTIES: JsonObject = {
    properties: {
        iconBrandColor: '#1f6f8b',
        capabilities: ['actions'],
        connectionParameters: {
            api_key: {
                type: 'securestring',
                uiDefinition: { displayName: 'API key', description: 'Key for the selected environment', tooltip: 'Paste your key', constraints: { required: 'true', clearText: false, tabIndex: 2 } },
            },
            environment: {
                type: 'string',
                uiDefinition: {
                    displayName: 'Environment',
                    description: 'Backend to call',
                    tooltip: 'Pick Test or Production',
                    constraints: {
                        required: 'true',
                        tabIndex: 3,
                        allowedValues: [
                            { text: 'Test', value: 'https://test.api.contoso.example/v1' },
                            { text: 'Production', value: 'https://api.contoso.example/v1' },
                        ],
                    },
                },
            },
        },
        policyTemplateInstances: [
            { templateId: 'dynamichosturl', title: 'Environment base URL', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': "@connectionParameters('environment')" } },
            {
                templateId: 'setheader',
                title: 'Client header',
                parameters: {
                    'x-ms-apimTemplate-operationName': ['SearchRecords'],
                    'x-ms-apimTemplateParameter.name': 'x-client',
                    'x-ms-apimTemplateParameter.value': 'powerplatform',
                    'x-ms-apimTemplateParameter.existsAction': 'override',
                    'x-ms-apimTemplate-policySection': 'Request',
                },
            },
        ],
        publisher: 'Contoso',
    },
};

export const validSwagger = (): JsonObject => structuredClone(SWAGGER);
export const validApiProperties = (): JsonObject => structuredClone(API_PROPERTIES);

/** Typed access for mutations in tests: `at(doc, 'paths', '/records/search', 'post')`. */
export function at(doc: unknown, ...path: (string | number)[]): JsonObject {
    let cur: unknown = doc;
    for (const key of path) cur = (cur as Record<string | number, unknown>)[key];
    return cur as JsonObject;
}
