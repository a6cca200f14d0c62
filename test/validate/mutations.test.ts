/**
 * Mutation test: take our generated connector (the committed root JSON files), apply one breakage at
 * a time and check that the intended rule reports it at the intended place, with the exact message.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { exitCodeFor, type Diagnostic } from '../../src/core/diagnostic.ts';
import { validateConnectorDir, validateConnectorDocuments } from '../../src/validate/index.ts';
import type { JsonObject } from '../../src/core/json.ts';
import { at } from '../helpers/connector-fixture.ts';
import { describeShared, ROOT_DIR, sharedPath } from '../helpers/shared.ts';

const SWAGGER = JSON.parse(readFileSync(join(ROOT_DIR, 'apiDefinition.swagger.json'), 'utf8')) as JsonObject;
const API_PROPERTIES = JSON.parse(readFileSync(join(ROOT_DIR, 'apiProperties.json'), 'utf8')) as JsonObject;
const OP = ['paths', '/v2/transactions', 'post'];
const S = 'apiDefinition.swagger.json';
const A = 'apiProperties.json';

interface Mutation {
    name: string;
    mutate: (s: JsonObject, a: JsonObject) => void;
    ruleId: string;
    path: (string | number)[];
    message: string;
    file?: string;
    severity?: 'error' | 'warn' | 'info';
    /** For an error: what stops a connector with this breakage (Microsoft's validator code, paconn, a reviewer, the run time). */
    rejectedBy?: string;
    /** Byte size of the swagger file to report (as validateConnectorDir does). */
    swaggerByteSize?: number;
}

const op = (s: JsonObject) => at(s, ...OP);
const params = (a: JsonObject) => at(a, 'properties', 'connectionParameters');
const policy0 = (a: JsonObject) => at(a, 'properties', 'policyTemplateInstances', 0, 'parameters');
const SITE_ITEMS = ['definitions', 'QueryChargingSessionsRequest', 'properties', 'siteIDs', 'items'];
const siteItems = (s: JsonObject) => at(s, ...SITE_ITEMS);
/** Replaces the Site IDs picker by `values` alone (the connector's x-ms-dynamic-list goes, so only the mutation speaks). */
const setSitePicker = (s: JsonObject, values: unknown) => {
    const items = siteItems(s);
    items['x-ms-dynamic-values'] = values;
    delete items['x-ms-dynamic-list'];
};
/** A picker over the sessions list itself: items, chargerId, chargerName. */
const picker = (operationId: string) => ({ operationId, parameters: {}, 'value-collection': 'items', 'value-path': 'chargerId', 'value-title': 'chargerName' });

const MUTATIONS: Mutation[] = [
    { name: 'drop the body x-ms-summary', mutate: (s) => { delete at(s, ...OP, 'parameters', 0)['x-ms-summary']; }, ruleId: 'body-property-strings', severity: 'warn', path: [...OP, 'parameters', 0], message: 'Parameter "body" (body) of QueryChargingSessions is missing x-ms-summary.' },
    { name: 'wrong visibility value', rejectedBy: 'JsonValueNotInEnum (Microsoft\'s schema)', mutate: (s) => { op(s)['x-ms-visibility'] = 'loud'; }, ruleId: 'visibility-values', path: [...OP, 'x-ms-visibility'], message: 'x-ms-visibility "loud" is not allowed; use important, advanced, internal.' },
    { name: 'duplicate operationId', rejectedBy: 'OperationIdNotUnique', mutate: (s) => { at(s, 'paths')['/v2/transactions/copy'] = { post: structuredClone(op(s)) }; }, ruleId: 'operation-id-required-unique', path: ['paths', '/v2/transactions/copy', 'post', 'operationId'], message: 'operationId "QueryChargingSessions" is also used by POST /v2/transactions.' },
    { name: 'policy names an unknown operation', rejectedBy: 'the apiProperties validator; the policy never runs', mutate: (_s, a) => { policy0(a)['x-ms-apimTemplate-operationName'] = ['QueryChargingSession']; }, ruleId: 'policy-operation-exists', file: A, path: ['properties', 'policyTemplateInstances', 0, 'parameters', 'x-ms-apimTemplate-operationName', 0], message: 'Policy "dynamichosturl" names operation "QueryChargingSession", which is not in the swagger.' },
    { name: 'http scheme', rejectedBy: 'certification review: the production TLS endpoint', mutate: (s) => { s.schemes = ['http']; }, ruleId: 'schemes-https', path: ['schemes'], message: 'schemes must include "https"; certification needs the production TLS endpoint.' },
    { name: 'title over 30 characters', rejectedBy: 'FieldLengthExceeded', mutate: (s) => { at(s, 'info').title = 'eMabler EV Charging Sessions Hub'; }, ruleId: 'title-max-30', path: ['info', 'title'], message: 'Title has 32 characters; the limit is 30.' },
    { name: 'reserved word in title', rejectedBy: 'ValueContainsRestrictedWords', mutate: (s) => { at(s, 'info').title = 'eMabler API'; }, ruleId: 'title-no-reserved-words', path: ['info', 'title'], message: 'Title contains the reserved word "API".' },
    { name: 'title ends with punctuation', rejectedBy: 'ValueMustEndWithAlphanumeric', mutate: (s) => { at(s, 'info').title = 'eMabler!'; }, ruleId: 'title-ends-alnum', path: ['info', 'title'], message: 'Title must end with a letter, a digit or ")" (ends with "!").' },
    { name: 'missing info.description (paconn)', rejectedBy: 'FieldLengthNotInRange; paconn create/update crash', mutate: (s) => { delete at(s, 'info').description; }, ruleId: 'info-description-length', path: ['info'], message: 'info.description is missing; certification needs 30 to 500 characters and paconn create/update fail without it.' },
    { name: 'product name in description', rejectedBy: 'ValueContainsRestrictedWords', mutate: (s) => { at(s, 'info').description = 'Query eMabler charging sessions from Power Automate for billing and reporting.'; }, ruleId: 'info-description-no-products', path: ['info', 'description'], message: 'info.description mentions "Power Automate"; product names are restricted words.' },
    { name: 'contact without email', mutate: (s) => { delete at(s, 'info', 'contact').email; }, ruleId: 'info-contact-fields', severity: 'warn', path: ['info', 'contact'], message: 'info.contact.email is missing.' },
    { name: 'no connector metadata', rejectedBy: 'RequiredPropertyMissing', mutate: (s) => { delete s['x-ms-connector-metadata']; }, ruleId: 'metadata-required', path: [], message: 'x-ms-connector-metadata is missing; add Website, Privacy policy and Categories.' },
    { name: 'misspelled metadata key', mutate: (s) => { at(s, 'x-ms-connector-metadata', 1).propertyName = 'Privacy Policy'; }, ruleId: 'metadata-key-casing', severity: 'warn', path: ['x-ms-connector-metadata', 1, 'propertyName'], message: '"Privacy Policy" should be spelled "Privacy policy".' },
    { name: 'unknown category', rejectedBy: 'InvalidConnectorCategory', mutate: (s) => { at(s, 'x-ms-connector-metadata', 2).propertyValue = 'Energy'; }, ruleId: 'metadata-categories-enum', path: ['x-ms-connector-metadata', 2, 'propertyValue'], message: 'Unknown category "Energy"; allowed: AI, Business Management, Business Intelligence, Collaboration, Commerce, Communication, Content and Files, Data, Finance, Human Resources, Internet of Things, IT Operations, Lifestyle and Entertainment, Marketing, Productivity, Sales and CRM, Security, Social Media, Website.' },
    { name: 'host with scheme', rejectedBy: 'HostNameNotValid', mutate: (s) => { s.host = 'https://api.emabler.io'; }, ruleId: 'host-valid', path: ['host'], message: 'host "https://api.emabler.io" must be a bare host name such as "api.example.com" (no scheme or path).' },
    { name: 'basePath without slash', rejectedBy: 'BasePathNotValid', mutate: (s) => { s.basePath = 'api/v2/cpo'; }, ruleId: 'basepath-slash', path: ['basePath'], message: 'basePath "api/v2/cpo" must start with "/".' },
    { name: 'summary with a slash', rejectedBy: 'RestrictedCharactersInSummary', mutate: (s) => { op(s).summary = 'Query charging sessions/transactions'; }, ruleId: 'operation-summary-chars', path: [...OP, 'summary'], message: 'QueryChargingSessions: summary contains restricted character(s) /.' },
    { name: 'summary with a trailing period', mutate: (s) => { op(s).summary = 'Query charging sessions.'; }, ruleId: 'operation-summary-no-trailing-period', severity: 'warn', path: [...OP, 'summary'], message: 'QueryChargingSessions: summary must not end with a period or whitespace.' },
    { name: 'camelCase operationId', mutate: (s) => { op(s).operationId = 'queryChargingSessions'; }, ruleId: 'operation-id-pascal-case', severity: 'warn', path: [...OP, 'operationId'], message: 'operationId "queryChargingSessions" is not PascalCase.' },
    { name: 'operation without description', rejectedBy: 'RequiredPropertyMissing', mutate: (s) => { delete op(s).description; }, ruleId: 'operation-summary-required', path: OP, message: 'QueryChargingSessions has no description.' },
    { name: 'only a default response', mutate: (s) => { op(s).responses = { default: { description: 'Failed.' } }; }, ruleId: 'response-success-required', severity: 'warn', path: [...OP, 'responses'], message: 'QueryChargingSessions has only a default response; declare a 2xx success response.' },
    { name: 'default response with a schema', mutate: (s) => { at(s, ...OP, 'responses').default = { description: 'Failed.', schema: { $ref: '#/definitions/ExceptionDetails' } }; }, ruleId: 'response-default-no-schema', severity: 'warn', path: [...OP, 'responses', 'default', 'schema'], message: 'QueryChargingSessions: the default response must not have a schema.' },
    { name: 'two success schemas', mutate: (s) => { at(s, ...OP, 'responses')['202'] = { description: 'Accepted', schema: { $ref: '#/definitions/ExceptionDetails' } }; }, ruleId: 'response-single-schema', severity: 'warn', path: [...OP, 'responses', '202', 'schema'], message: 'QueryChargingSessions: responses 200 and 202 both have a schema; the designer uses only one success schema.' },
    { name: 'empty response schema', mutate: (s) => { at(s, ...OP, 'responses', '401').schema = {}; }, ruleId: 'response-no-empty-schema', severity: 'warn', path: [...OP, 'responses', '401', 'schema'], message: 'QueryChargingSessions: response 401 has an empty schema; describe the output or drop the schema.' },
    { name: 'response property without x-ms-summary', mutate: (s) => { delete at(s, 'definitions', 'ChargingSession', 'properties', 'id')['x-ms-summary']; }, ruleId: 'response-property-strings', severity: 'warn', path: ['definitions', 'ChargingSession', 'properties', 'id'], message: 'Response property "id" (OnChargingSessionEnded) is missing x-ms-summary.' },
    {
        name: 'misspelled x-ms-visibility',
        rejectedBy: 'AdditionalPropertyNotAllowed (Microsoft\'s schema); the extension does nothing',
        mutate: (s) => { const p = at(s, 'definitions', 'ChargingSessionPage', 'properties', 'hasPreviousPage'); p['x-ms-visibilty'] = p['x-ms-visibility']; delete p['x-ms-visibility']; },
        ruleId: 'extension-misspelled',
        path: ['definitions', 'ChargingSessionPage', 'properties', 'hasPreviousPage', 'x-ms-visibilty'],
        message: 'Unknown extension "x-ms-visibilty"; did you mean "x-ms-visibility"?',
    },
    {
        name: 'internal input with a default that is not required',
        mutate: (s) => { Object.assign(at(s, 'definitions', 'QueryChargingSessionsRequest', 'properties', 'limit'), { 'x-ms-visibility': 'internal', default: 100 }); },
        ruleId: 'internal-default-required',
        severity: 'warn',
        path: ['definitions', 'QueryChargingSessionsRequest', 'properties', 'limit'],
        message: 'Property "limit" is internal with a default, so it must be listed in "required".',
    },
    { name: 'apiKey scheme without a header name', rejectedBy: 'SecuritySchemePropertyRequired', mutate: (s) => { delete at(s, 'securityDefinitions', 'api_key').name; }, ruleId: 'security-apikey', path: ['securityDefinitions', 'api_key'], message: 'apiKey scheme "api_key" needs "name" (the header or query parameter that carries the key).' },
    { name: 'API key parameter not secret', rejectedBy: 'certification review: the key would show in clear text', mutate: (_s, a) => { at(params(a), 'api_key').type = 'string'; }, ruleId: 'apikey-securestring', file: A, path: ['properties', 'connectionParameters', 'api_key', 'type'], message: 'Connection parameter "api_key" must be a securestring (found "string").' },
    { name: 'API key parameter renamed', mutate: (_s, a) => { params(a).apiKey = params(a).api_key; delete params(a).api_key; }, ruleId: 'apikey-connection-parameter', severity: 'warn', file: A, path: ['properties', 'connectionParameters'], message: 'securityDefinitions.api_key is an apiKey scheme, but there is no "api_key" connection parameter.' },
    { name: 'policy reads an unknown connection parameter', rejectedBy: 'every call fails at run time', mutate: (_s, a) => { policy0(a)['x-ms-apimTemplateParameter.urlTemplate'] = "@connectionParameters('env')"; }, ruleId: 'connection-parameter-defined', file: A, path: ['properties', 'policyTemplateInstances', 0, 'parameters', 'x-ms-apimTemplateParameter.urlTemplate'], message: "@connectionParameters('env') does not name a connection parameter." },
    {
        name: 'http environment URL',
        rejectedBy: 'certification review: the production TLS endpoint',
        mutate: (_s, a) => { at(params(a), 'environment', 'uiDefinition', 'constraints', 'allowedValues', 1).value = 'http://api-staging.emabler.net/api/v2/cpo'; },
        ruleId: 'dynamichosturl-https',
        file: A,
        path: ['properties', 'connectionParameters', 'environment', 'uiDefinition', 'constraints', 'allowedValues', 1, 'value'],
        message: 'Connection parameter "environment" feeds the host URL, but "http://api-staging.emabler.net/api/v2/cpo" is not an https URL.',
    },
    { name: 'x-ms-pageable without a nextLink in the response', mutate: (s) => { op(s)['x-ms-pageable'] = { nextLinkName: 'nextLink' }; }, ruleId: 'pageable-nextlink-in-schema', severity: 'warn', path: [...OP, 'x-ms-pageable', 'nextLinkName'], message: 'QueryChargingSessions: the success response schema has no "nextLink" property for x-ms-pageable.' },
    { name: 'x-ms-pageable with a custom link name', rejectedBy: 'InvalidNextLinkNameValue', mutate: (s) => { op(s)['x-ms-pageable'] = { nextLinkName: 'hasNextPage' }; }, ruleId: 'pageable-nextlink-name', path: [...OP, 'x-ms-pageable', 'nextLinkName'], message: 'QueryChargingSessions: nextLinkName "hasNextPage" must be "nextLink" or "@odata.nextLink".' },
    { name: 'white brand colour', mutate: (_s, a) => { at(a, 'properties').iconBrandColor = '#FFFFFF'; }, ruleId: 'brand-color', severity: 'warn', file: A, path: ['properties', 'iconBrandColor'], message: "iconBrandColor #FFFFFF is white or the default blue; use the brand's own colour." },
    { name: 'XML media type', mutate: (s) => { s.produces = ['application/xml']; }, ruleId: 'mime-types', severity: 'warn', path: ['produces', 0], message: 'MIME type "application/xml" is not supported; use application/json, text/plain, multipart/form-data, application/x-www-form-urlencoded.' },
    { name: 'dangling $ref', rejectedBy: 'SchemaReferenceNotFound', mutate: (s) => { at(s, ...OP, 'responses', '200', 'schema').$ref = '#/definitions/ChargingSessionList'; }, ruleId: 'swagger-structure', path: [...OP, 'responses', '200', 'schema', '$ref'], message: 'Unresolved $ref "#/definitions/ChargingSessionList": the target does not exist.' },
    { name: 'OpenAPI 3 version', rejectedBy: 'SpecificationVersionIncorrect', mutate: (s) => { s.swagger = '3.0'; }, ruleId: 'swagger-version-2', path: ['swagger'], message: '"swagger" must be "2.0" (found "3.0").' },
    { name: 'reserved parameter name', rejectedBy: 'ConnectionIdParameterNotAllowed', mutate: (s) => { at(s, ...OP, 'parameters', 0).name = 'connectionId'; }, ruleId: 'no-connectionid-param', path: [...OP, 'parameters', 0], message: 'QueryChargingSessions: the parameter name "connectionId" is reserved by the platform.' },
    {
        name: 'polling trigger configured with a body field',
        rejectedBy: 'the trigger state goes nowhere at run time',
        mutate: (_s, a) => {
            (at(a, 'properties').policyTemplateInstances as unknown[]).push({ templateId: 'pollingtrigger', type: 'PollingTrigger', title: 'New sessions', parameters: { 'x-ms-apimTemplate-operationName': ['QueryChargingSessions'], 'x-ms-apimTemplateParameter.triggerConfig': { startTime: '@{triggerBody().items[0].timestampEnd}' }, 'x-ms-apimTemplateParameter.triggerDataPath': '@triggerBody().items' } });
        },
        ruleId: 'pollingtrigger-query-params',
        file: A,
        path: ['properties', 'policyTemplateInstances', 1, 'parameters', 'x-ms-apimTemplateParameter.triggerConfig', 'startTime'],
        message: 'triggerConfig key "startTime" is not a query parameter of QueryChargingSessions.',
    },
    { name: 'body field without x-ms-summary', mutate: (s) => { delete at(s, 'definitions', 'QueryChargingSessionsRequest', 'properties', 'startTime')['x-ms-summary']; }, ruleId: 'body-property-strings', severity: 'warn', path: ['definitions', 'QueryChargingSessionsRequest', 'properties', 'startTime'], message: 'Body property "startTime" (QueryChargingSessions) is missing x-ms-summary.' },
    { name: 'body field description without a period', mutate: (s) => { at(s, 'definitions', 'QueryChargingSessionsRequest', 'properties', 'siteIDs').description = 'Sites whose sessions to include'; }, ruleId: 'property-description-sentence', severity: 'warn', path: ['definitions', 'QueryChargingSessionsRequest', 'properties', 'siteIDs', 'description'], message: 'Property "siteIDs" (QueryChargingSessions): description must end with a period.' },
    { name: 'response field description repeats its summary', mutate: (s) => { at(s, 'definitions', 'ChargingSession', 'properties', 'currency').description = 'Currency.'; }, ruleId: 'property-description-sentence', severity: 'warn', path: ['definitions', 'ChargingSession', 'properties', 'currency', 'description'], message: 'Property "currency" (OnChargingSessionEnded): description repeats the x-ms-summary; say what the value means.' },
    { name: 'query string in the path template', rejectedBy: 'OperationPathMayNotContainQueryOrFragment', mutate: (s) => { const paths = at(s, 'paths'); paths['/v2/transactions?page=1'] = paths['/v2/transactions']; delete paths['/v2/transactions']; }, ruleId: 'path-param-required', path: ['paths', '/v2/transactions?page=1'], message: 'Path "/v2/transactions?page=1" must not contain a query string or fragment ("?" or "#"); declare query parameters instead.' },
    {
        name: 'path parameter without x-ms-url-encoding',
        mutate: (s) => {
            const paths = at(s, 'paths');
            paths['/v2/transactions/{siteId}'] = paths['/v2/transactions'];
            delete paths['/v2/transactions'];
            (at(s, 'paths', '/v2/transactions/{siteId}', 'post').parameters as unknown[]).push({ name: 'siteId', in: 'path', required: true, type: 'string', 'x-ms-summary': 'Site ID', description: 'Site whose sessions to query.' });
        },
        ruleId: 'path-param-encoding',
        severity: 'warn',
        path: ['paths', '/v2/transactions/{siteId}', 'post', 'parameters', 1],
        message: 'Path parameter "siteId" of QueryChargingSessions has no x-ms-url-encoding; it is single-encoded by default.',
    },
    {
        name: 'query parameter with x-ms-url-encoding',
        mutate: (s) => { (op(s).parameters as unknown[]).push({ name: 'tenant', in: 'query', type: 'string', 'x-ms-summary': 'Tenant', description: 'Tenant to query.', 'x-ms-url-encoding': 'single' }); },
        ruleId: 'query-param-no-encoding',
        severity: 'warn',
        path: [...OP, 'parameters', 1, 'x-ms-url-encoding'],
        message: 'Query parameter "tenant" of QueryChargingSessions must not have x-ms-url-encoding; it applies to path parameters only.',
    },
    { name: 'swagger file of 1 MB', mutate: () => {}, swaggerByteSize: 1048576, ruleId: 'swagger-file-size', severity: 'warn', path: [], message: 'The swagger file has 1048576 bytes; keep it smaller than 1 MB (1048576 bytes).' },
    {
        name: 'request body with more than 512 schemas',
        rejectedBy: 'BodySchemaCountExceedsMaxAllowed',
        mutate: (s) => { const props = at(s, 'definitions', 'QueryChargingSessionsRequest', 'properties'); for (let i = 0; i < 500; i++) props[`extra${i}`] = { type: 'string', 'x-ms-summary': `Extra ${i}`, description: 'Extra filter.' }; },
        ruleId: 'limits',
        path: [...OP, 'parameters', 0, 'schema'],
        // 22 schemas today: the request object, its 15 properties and the items of its 6 arrays.
        message: 'The body of QueryChargingSessions has 522 schemas; the limit is 512 per body.',
    },
    { name: 'stackOwner in apiProperties', mutate: (_s, a) => { at(a, 'properties').stackOwner = 'eMabler'; }, ruleId: 'paconn-stackowner', severity: 'info', file: A, path: ['properties', 'stackOwner'], message: 'stackOwner makes "paconn update" fail (and some regions rejected it on create); leave it out of the apiProperties.json you deploy, and add it only to a certification submission.' },
    { name: 'too many operations', rejectedBy: 'TotalOperationsCountExceedsMaxAllowed', mutate: (s) => { const existing = Object.values(at(s, 'paths')).flatMap((item) => Object.keys(item as object)).length; for (let i = existing; i < 257; i++) at(s, 'paths')[`/v2/copy${i}`] = { post: { ...structuredClone(op(s)), operationId: `QueryCopy${i}` } }; }, ruleId: 'limits', path: ['paths'], message: 'The connector has 257 operations; the limit is 256.' },
    // G4: rules that split out of others, and the missed checks.
    { name: 'no info.contact', rejectedBy: 'RequiredPropertyMissing ("The \'contact\' property is required")', mutate: (s) => { delete at(s, 'info').contact; }, ruleId: 'info-contact-required', path: ['info'], message: 'info.contact is missing; it needs name, url and email.' },
    { name: 'empty x-ms-visibility', rejectedBy: "JsonValueNotInEnum (Microsoft's schema); the key does nothing", mutate: (s) => { op(s)['x-ms-visibility'] = ''; }, ruleId: 'visibility-values', path: [...OP, 'x-ms-visibility'], message: 'x-ms-visibility "" is not allowed; use important, advanced, internal; omit the key for normal visibility.' },
    { name: 'empty default response schema', mutate: (s) => { at(s, ...OP, 'responses').default = { description: 'Failed.', schema: {} }; }, ruleId: 'response-default-no-schema', severity: 'warn', path: [...OP, 'responses', 'default', 'schema'], message: 'QueryChargingSessions: the default response must not have a schema (this one is empty).' },
    { name: 'http beside https', mutate: (s) => { s.schemes = ['https', 'http']; }, ruleId: 'schemes-no-http', severity: 'warn', path: ['schemes', 1], message: 'Scheme "http" beside "https" invites clear-text calls; list "https" only.' },
    {
        name: 'a body with only application/octet-stream',
        mutate: (s) => { s.consumes = ['application/octet-stream']; },
        ruleId: 'consumes-supported',
        severity: 'warn',
        path: ['consumes'],
        message: 'QueryChargingSessions sends a body, but consumes lists no supported MIME type (application/json, text/plain, multipart/form-data, application/x-www-form-urlencoded).',
    },
    { name: 'security requirement of an undefined scheme', mutate: (s) => { s.security = [{ apiKey: [] }]; }, ruleId: 'security-requirement-defined', severity: 'warn', path: ['security', 0, 'apiKey'], message: 'Security requirement "apiKey" is not defined in securityDefinitions.' },
    { name: 'no responses at all', mutate: (s) => { op(s).responses = {}; }, ruleId: 'operation-responses-required', severity: 'warn', path: [...OP, 'responses'], message: 'QueryChargingSessions declares no response; add at least the success response.' },
    {
        name: 'a string default on a boolean',
        mutate: (s) => { at(s, 'definitions', 'QueryChargingSessionsRequest', 'properties', 'sortDescending').default = 'false'; },
        ruleId: 'default-matches-type',
        severity: 'warn',
        path: ['definitions', 'QueryChargingSessionsRequest', 'properties', 'sortDescending', 'default'],
        message: 'default "false" is of type string, but the type is boolean.',
    },
    {
        name: 'an enum value of another type',
        mutate: (s) => { at(s, 'definitions', 'QueryChargingSessionsRequest', 'properties', 'limit').enum = [10, '100']; },
        ruleId: 'enum-matches-type',
        severity: 'warn',
        path: ['definitions', 'QueryChargingSessionsRequest', 'properties', 'limit', 'enum', 1],
        message: 'enum value "100" is of type string, but the type is integer.',
    },
    {
        name: 'an example of another type',
        mutate: (s) => { at(s, 'definitions', 'ChargingSession', 'properties', 'currency').example = 978; },
        ruleId: 'example-matches-type',
        severity: 'warn',
        path: ['definitions', 'ChargingSession', 'properties', 'currency', 'example'],
        message: 'example 978 is of type integer, but the type is string.',
    },
    {
        name: 'x-nullable as a string',
        mutate: (s) => { at(s, 'definitions', 'QueryChargingSessionsRequest', 'properties', 'page')['x-nullable'] = 'true'; },
        ruleId: 'x-nullable-boolean',
        severity: 'warn',
        path: ['definitions', 'QueryChargingSessionsRequest', 'properties', 'page', 'x-nullable'],
        message: 'x-nullable "true" must be true or false; another value may be ignored.',
    },
    {
        name: 'required names a property that does not exist',
        mutate: (s) => { at(s, 'definitions', 'QueryChargingSessionsRequest').required = ['siteIds']; },
        ruleId: 'required-properties-defined',
        severity: 'warn',
        path: ['definitions', 'QueryChargingSessionsRequest', 'required', 0],
        message: '"siteIds" is listed as required but is not one of the properties.',
    },
    {
        name: 'path parameter not marked required',
        rejectedBy: 'PathParameterMustBeRequired',
        mutate: (s) => {
            const paths = at(s, 'paths');
            paths['/v2/sites/{siteId}/transactions'] = paths['/v2/transactions'];
            delete paths['/v2/transactions'];
            (at(s, 'paths', '/v2/sites/{siteId}/transactions', 'post').parameters as unknown[]).push({ name: 'siteId', in: 'path', type: 'string', 'x-ms-summary': 'Site ID', description: 'Site whose sessions to query.', 'x-ms-url-encoding': 'single' });
        },
        ruleId: 'swagger-structure',
        path: ['paths', '/v2/sites/{siteId}/transactions', 'post', 'parameters', 1],
        message: 'Swagger 2.0 schema: missing required property "required".',
    },
    // G2: pickers on the siteIDs filter.
    {
        name: 'a picker that calls a missing operation',
        rejectedBy: 'OperationIdNotFound',
        mutate: (s) => { setSitePicker(s, picker('ListSite')); },
        ruleId: 'dynamic-operation-exists',
        path: [...SITE_ITEMS, 'x-ms-dynamic-values', 'operationId'],
        message: 'definition QueryChargingSessionsRequest siteIDs[]: x-ms-dynamic-values names operation "ListSite", which is not in the swagger. Did you mean "ListSites"?',
    },
    {
        name: 'a picker on the body parameter',
        rejectedBy: 'DynamicExtensionDefinitionNotAllowedInParameter',
        mutate: (s) => { at(s, ...OP, 'parameters', 0)['x-ms-dynamic-values'] = picker('QueryChargingSessions'); },
        ruleId: 'dynamic-on-body-parameter',
        path: [...OP, 'parameters', 0, 'x-ms-dynamic-values'],
        message: 'QueryChargingSessions parameter body: x-ms-dynamic-values must be on the body schema, not on the body parameter.',
    },
    {
        name: 'a picker that passes an unknown parameter',
        rejectedBy: 'OperationParameterNameNotFound',
        mutate: (s) => { setSitePicker(s, { ...picker('QueryChargingSessions'), parameters: { pge: 1 } }); },
        ruleId: 'dynamic-parameters-valid',
        path: [...SITE_ITEMS, 'x-ms-dynamic-values', 'parameters', 'pge'],
        message: 'definition QueryChargingSessionsRequest siteIDs[]: x-ms-dynamic-values passes "pge" to QueryChargingSessions, which has no such parameter (parameters: page, limit, sortKey, sortDescending, startTime, startTimeSearchEnd, stopTimeSearchBegin, stopTime, …).',
    },
    {
        name: 'a picker that refers to a body property without x-ms-dynamic-list',
        rejectedBy: 'DynamicListExtensionRequiredForNonParameterReferences',
        mutate: (s) => { setSitePicker(s, { ...picker('QueryChargingSessions'), parameters: { sortKey: { parameter: 'sortKey' } } }); },
        ruleId: 'dynamic-list-consistent',
        path: [...SITE_ITEMS, 'x-ms-dynamic-values'],
        message: 'definition QueryChargingSessionsRequest siteIDs[]: x-ms-dynamic-values refers to "sortKey" inside a parameter; add x-ms-dynamic-list with parameterReference "body/sortKey".',
    },
    {
        name: 'a picker whose collection is not an array',
        mutate: (s) => { setSitePicker(s, { ...picker('QueryChargingSessions'), 'value-collection': 'page' }); },
        ruleId: 'dynamic-paths-exist',
        severity: 'warn',
        path: [...SITE_ITEMS, 'x-ms-dynamic-values', 'value-collection'],
        message: 'definition QueryChargingSessionsRequest siteIDs[]: value-collection "page" is not an array in the 200 response of QueryChargingSessions.',
    },
    {
        name: 'a picker that fills an int32 from an int64',
        mutate: (s) => { at(s, 'definitions', 'QueryChargingSessionsRequest', 'properties', 'limit')['x-ms-dynamic-values'] = { ...picker('QueryChargingSessions'), 'value-path': 'siteId' }; },
        ruleId: 'dynamic-value-type',
        severity: 'warn',
        path: ['definitions', 'QueryChargingSessionsRequest', 'properties', 'limit', 'x-ms-dynamic-values', 'value-path'],
        message: 'definition QueryChargingSessionsRequest limit: value-path "siteId" of QueryChargingSessions is integer/int64; the integer/int32 input may not accept every value.',
    },
];

const run = async (m: Mutation, officialSchemasDir?: string) => {
    const swagger = structuredClone(SWAGGER);
    const apiProperties = structuredClone(API_PROPERTIES);
    m.mutate(swagger, apiProperties);
    return validateConnectorDocuments({ swagger, apiProperties, ...(m.swaggerByteSize !== undefined ? { swaggerByteSize: m.swaggerByteSize } : {}) }, officialSchemasDir !== undefined ? { officialSchemasDir } : {});
};

describe('mutations of our generated connector', () => {
    test('baseline: the unmutated connector has no finding except the skipped-schemas note', async () => {
        const found = await validateConnectorDocuments({ swagger: structuredClone(SWAGGER), apiProperties: structuredClone(API_PROPERTIES) });
        expect(found.map((d) => d.ruleId)).toEqual(['official-schemas-skipped']);
    });
    test('at least 25 distinct breakages, covering at least 25 rules', () => {
        expect(new Set(MUTATIONS.map((m) => m.name)).size).toBe(MUTATIONS.length);
        expect(MUTATIONS.length).toBeGreaterThanOrEqual(25);
        expect(new Set(MUTATIONS.map((m) => m.ruleId)).size).toBeGreaterThanOrEqual(25);
    });
    test.each(MUTATIONS.map((m) => [m.name, m] as const))('%s', async (_name, m) => {
        const found = await run(m);
        expect(found).toContainEqual({ ruleId: m.ruleId, severity: m.severity ?? 'error', message: m.message, path: m.path, file: m.file ?? S });
    });
    test('every error says what rejects the breakage, and only errors do', () => {
        expect(MUTATIONS.filter((m) => (m.severity ?? 'error') === 'error' ? m.rejectedBy === undefined : m.rejectedBy !== undefined).map((m) => m.name)).toEqual([]);
    });
    test('every breakage that something rejects exits 1; every other one alone exits 0', async () => {
        const codes: Record<string, number> = {};
        for (const m of MUTATIONS) codes[m.name] = exitCodeFor(await run(m));
        expect(codes).toEqual(Object.fromEntries(MUTATIONS.map((m) => [m.name, m.rejectedBy !== undefined ? 1 : 0])));
    });
});

/** What a mutation adds to the unmutated connector's own findings (with Microsoft's schemas: the scriptOperations gap, info). */
const added = (found: readonly Diagnostic[], baseline: readonly Diagnostic[]) => found.filter((d) => !baseline.some((b) => isDeepStrictEqual(b, d)));

describeShared("mutations Microsoft's schema catches as well: still one finding each", () => {
    const dir = sharedPath('schemas', 'microsoft');
    test('baseline with Microsoft\'s schemas: only the documented gap of their apiProperties schema (scriptOperations), as info', async () => {
        expect((await run({ name: 'none', mutate: () => {}, ruleId: '', path: [], message: '' }, dir)).map((d) => `${d.severity} ${d.ruleId} ${d.file}#/${d.path.join('/')}`)).toEqual([
            'info ms-schema-outdated apiProperties.json#/properties/scriptOperations',
        ]);
    });
    test.each(['wrong visibility value', 'misspelled x-ms-visibility'])('%s', async (name) => {
        const m = MUTATIONS.find((x) => x.name === name)!;
        const baseline = await run({ name: 'none', mutate: () => {}, ruleId: '', path: [], message: '' }, dir);
        expect(added(await run(m, dir), baseline)).toEqual([{ ruleId: m.ruleId, severity: m.severity ?? 'error', message: m.message, path: m.path, file: m.file ?? S }]);
    });
});

/** Breakages of the files themselves (bytes, names, text), validated as a folder. */
interface FileMutation {
    name: string;
    /** Files of the folder by name; the committed swagger and apiProperties text to start from. */
    files: (swaggerText: string, apiPropertiesText: string) => Record<string, string | Uint8Array>;
    ruleId: string;
    path: (string | number)[];
    message: string;
    file?: string;
    severity?: 'error' | 'warn';
    rejectedBy?: string;
}

const SWAGGER_TEXT = readFileSync(join(ROOT_DIR, S), 'utf8');
const API_PROPERTIES_TEXT = readFileSync(join(ROOT_DIR, A), 'utf8');

const FILE_MUTATIONS: FileMutation[] = [
    {
        name: 'a trailing comma',
        rejectedBy: "paconn (Python json rejects it)",
        files: (sw, ap) => ({ [S]: sw.replace(/\n    \]\n\}\n$/, '\n    ],\n}\n'), [A]: ap }),
        ruleId: 'json-syntax',
        path: [],
        message: `JSON syntax error at ${SWAGGER_TEXT.split('\n').length - 1}:1: property name expected; validated the recovered document.`,
    },
    {
        name: 'saved in Latin-1',
        rejectedBy: 'the platform reads UTF-8: the text arrives garbled',
        files: (sw, ap) => ({ [S]: Buffer.from(sw.replace('"title": "eMabler"', '"title": "eMabler Tromsø"'), 'latin1'), [A]: ap }),
        ruleId: 'file-encoding',
        path: [],
        message: 'The file is not valid UTF-8 (first bad byte at 4:32); its text reaches the platform garbled. Save it as UTF-8.',
    },
    { name: 'a byte order mark', files: (sw, ap) => ({ [S]: '\uFEFF' + sw, [A]: ap }), ruleId: 'file-bom', severity: 'warn', path: [], message: "The file starts with a UTF-8 byte order mark, which Python's json (paconn) rejects; save it as UTF-8 without a BOM." },
    {
        name: 'operationId twice in the operation',
        files: (sw, ap) => ({ [S]: sw.replace('"operationId": "QueryChargingSessions",', '"operationId": "QueryChargingSessions",\n                "operationId": "QueryChargingSessions",'), [A]: ap }),
        ruleId: 'json-duplicate-key',
        severity: 'warn',
        path: [...OP, 'operationId'],
        message: `Key "operationId" appears twice in this object (again at line ${SWAGGER_TEXT.split('\n').findIndex((l) => l.includes('"operationId": "QueryChargingSessions",')) + 2}); JSON.parse and Microsoft's service keep only the last value.`,
    },
    {
        name: 'the swagger file in lower case',
        files: (sw, ap) => ({ 'apidefinition.swagger.json': sw, [A]: ap }),
        ruleId: 'file-name-case',
        severity: 'warn',
        path: [],
        message: 'The file is named "apidefinition.swagger.json"; paconn, pac and case-sensitive file systems look for "apiDefinition.swagger.json".',
    },
    {
        name: 'settings.json names an icon that is not there',
        rejectedBy: 'paconn create/update',
        files: (sw, ap) => ({ [S]: sw, [A]: ap, 'settings.json': JSON.stringify({ apiDefinition: S, apiProperties: A, icon: 'icon.png' }) }),
        ruleId: 'settings-files-exist',
        file: 'settings.json',
        path: ['icon'],
        message: 'settings.json names "icon.png" as icon, but there is no such file; paconn create and update would fail.',
    },
];

describe('file breakages of our connector', () => {
    const dirs: string[] = [];
    afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
    const runFiles = async (m: FileMutation) => {
        const dir = mkdtempSync(join(tmpdir(), 'emabler-mutation-'));
        dirs.push(dir);
        for (const [name, content] of Object.entries(m.files(SWAGGER_TEXT, API_PROPERTIES_TEXT))) writeFileSync(join(dir, name), content);
        return validateConnectorDir(dir);
    };
    test.each(FILE_MUTATIONS.map((m) => [m.name, m] as const))('%s: the finding, and exit 1 exactly when something rejects it', async (_name, m) => {
        const found = await runFiles(m);
        expect([found.filter((d) => d.ruleId === m.ruleId), exitCodeFor(found)]).toEqual([
            [{ ruleId: m.ruleId, severity: m.severity ?? 'error', message: m.message, path: m.path, file: m.file ?? S }],
            m.rejectedBy !== undefined ? 1 : 0,
        ]);
    });
    test('every error says what rejects it, and only errors do', () => {
        expect(FILE_MUTATIONS.filter((m) => ((m.severity ?? 'error') === 'error' ? m.rejectedBy === undefined : m.rejectedBy !== undefined)).map((m) => m.name)).toEqual([]);
    });
});

describeShared("Microsoft's schema layer on our connector: stale gaps are infos, tolerated values warnings (exit 0)", () => {
    const dir = sharedPath('schemas', 'microsoft');
    test.each([
        [
            'x-ms-keywords on info',
            (s: JsonObject) => { at(s, 'info')['x-ms-keywords'] = ['charging']; },
            { ruleId: 'ms-schema-outdated', severity: 'info', message: "Microsoft's schema is out of date here: \"x-ms-keywords\" is an extension Microsoft ships in certified connectors.", path: ['info', 'x-ms-keywords'], file: S },
        ],
        [
            'an unknown format',
            (s: JsonObject) => { at(s, 'definitions', 'ChargingSession', 'properties', 'chargerId').format = 'guid'; },
            {
                ruleId: 'ms-schema-tolerated',
                severity: 'warn',
                message: 'Format "guid" is not one Power Platform knows (validator UnrecognizedTypeFormat); it is ignored. 33 certified connectors ship unknown formats such as "guid", "phone" or "".',
                path: ['definitions', 'ChargingSession', 'properties', 'chargerId', 'format'],
                file: S,
            },
        ],
    ] as const)('%s', async (_name, mutate, expected) => {
        const swagger = structuredClone(SWAGGER);
        mutate(swagger);
        const found = await validateConnectorDocuments({ swagger, apiProperties: structuredClone(API_PROPERTIES) }, { officialSchemasDir: dir });
        const baseline = await validateConnectorDocuments({ swagger: structuredClone(SWAGGER), apiProperties: structuredClone(API_PROPERTIES) }, { officialSchemasDir: dir });
        expect([added(found, baseline), exitCodeFor(found)]).toEqual([[expected], 0]);
    });
});
