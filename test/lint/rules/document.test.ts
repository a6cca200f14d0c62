/** Rules on info, metadata and root fields (facts §3.2). */
import { at } from '../../helpers/connector-fixture.ts';
import { testRule } from '../../helpers/test-rule.ts';

testRule('swagger-version-2', [
    { name: 'Swagger 2.0 passes', expected: [] },
    { name: 'OpenAPI 3 is rejected', mutate: (s) => { delete s.swagger; s.openapi = '3.0.1'; }, expected: [{ path: ['openapi'], message: 'OpenAPI "3.0.1" is not supported; custom connectors must be Swagger 2.0.' }] },
    { name: 'wrong version string', mutate: (s) => { s.swagger = '2'; }, expected: [{ path: ['swagger'], message: '"swagger" must be "2.0" (found "2").' }] },
    { name: 'missing version', mutate: (s) => { delete s.swagger; }, expected: [{ path: [], message: '"swagger" must be "2.0" (found null).' }] },
]);

testRule('title-max-30', [
    { name: '30 characters pass', mutate: (s) => { at(s, 'info').title = 'A'.repeat(30); }, expected: [] },
    { name: '31 characters fail', mutate: (s) => { at(s, 'info').title = 'A'.repeat(31); }, expected: [{ path: ['info', 'title'], message: 'Title has 31 characters; the limit is 30.' }] },
    { name: 'missing info does not crash', mutate: (s) => { delete s.info; }, expected: [] },
]);

testRule('title-no-reserved-words', [
    { name: 'plain title passes', expected: [] },
    { name: 'a word containing "api" passes', mutate: (s) => { at(s, 'info').title = 'Rapid Records'; }, expected: [] },
    { name: 'flags API', mutate: (s) => { at(s, 'info').title = 'Contoso api'; }, expected: [{ path: ['info', 'title'], message: 'Title contains the reserved word "API".' }] },
    {
        name: 'flags Connector and a product name',
        mutate: (s) => { at(s, 'info').title = 'Power Automate Connector'; },
        expected: [
            { path: ['info', 'title'], message: 'Title contains the reserved word "Connector".' },
            { path: ['info', 'title'], message: 'Title contains the reserved word "Power Automate".' },
        ],
    },
]);

testRule('title-ends-alnum', [
    { name: 'ends with a letter', expected: [] },
    { name: 'ends with ")" (independent publisher titles end with "(Independent Publisher)")', mutate: (s) => { at(s, 'info').title = 'Contoso (Independent Publisher)'; }, expected: [] },
    { name: 'ends with a space', mutate: (s) => { at(s, 'info').title = 'Contoso '; }, expected: [{ path: ['info', 'title'], message: 'Title must end with a letter, a digit or ")" (ends with " ").' }] },
    { name: 'ends with a period', mutate: (s) => { at(s, 'info').title = 'Contoso.'; }, expected: [{ path: ['info', 'title'], message: 'Title must end with a letter, a digit or ")" (ends with ".").' }] },
]);

testRule('info-description-length', [
    { name: 'normal description passes', expected: [] },
    { name: 'missing description (paconn crash)', mutate: (s) => { delete at(s, 'info').description; }, expected: [{ path: ['info'], message: 'info.description is missing; certification needs 30 to 500 characters and paconn create/update fail without it.' }] },
    { name: 'too short', mutate: (s) => { at(s, 'info').description = 'Too short.'; }, expected: [{ path: ['info', 'description'], message: 'info.description has 10 characters; it must have 30 to 500.' }] },
    { name: 'too long', mutate: (s) => { at(s, 'info').description = 'x'.repeat(501); }, expected: [{ path: ['info', 'description'], message: 'info.description has 501 characters; it must have 30 to 500.' }] },
]);

testRule('info-description-no-products', [
    { name: 'no product names', expected: [] },
    {
        name: 'mentions Power Automate',
        mutate: (s) => { at(s, 'info').description = 'Use Contoso records in Power Automate flows and apps.'; },
        expected: [{ path: ['info', 'description'], message: 'info.description mentions "Power Automate"; product names are restricted words.' }],
    },
]);

testRule('info-description-differs', [
    { name: 'description differs', expected: [] },
    { name: 'description equals title', mutate: (s) => { at(s, 'info').description = 'contoso records.'; }, expected: [{ path: ['info', 'description'], message: 'info.description repeats the title; describe what the connector does.' }] },
]);

testRule('info-contact-required', [
    { name: 'complete contact passes', expected: [] },
    { name: 'an incomplete contact is info-contact-fields\' finding', mutate: (s) => { at(s, 'info').contact = {}; }, expected: [] },
    { name: 'missing contact', mutate: (s) => { delete at(s, 'info').contact; }, expected: [{ path: ['info'], message: 'info.contact is missing; it needs name, url and email.' }] },
    { name: 'missing info does not crash', mutate: (s) => { delete s.info; }, expected: [] },
]);

testRule('info-contact-fields', [
    { name: 'complete contact passes', expected: [] },
    { name: 'a missing contact is info-contact-required\'s finding', mutate: (s) => { delete at(s, 'info').contact; }, expected: [] },
    {
        name: 'missing email and bad url',
        mutate: (s) => { delete at(s, 'info', 'contact').email; at(s, 'info', 'contact').url = 'contoso.example'; },
        expected: [
            { path: ['info', 'contact'], message: 'info.contact.email is missing.' },
            { path: ['info', 'contact', 'url'], message: 'info.contact.url "contoso.example" is not an http(s) URL.' },
        ],
    },
    { name: 'non-ASCII email', mutate: (s) => { at(s, 'info', 'contact').email = 'tuki@contosö.example'; }, expected: [{ path: ['info', 'contact', 'email'], message: 'info.contact.email "tuki@contosö.example" is not a valid ASCII email address.' }] },
]);

testRule('metadata-required', [
    { name: 'present', expected: [] },
    { name: 'missing', mutate: (s) => { delete s['x-ms-connector-metadata']; }, expected: [{ path: [], message: 'x-ms-connector-metadata is missing; add Website, Privacy policy and Categories.' }] },
    { name: 'not an array', mutate: (s) => { s['x-ms-connector-metadata'] = {}; }, expected: [{ path: ['x-ms-connector-metadata'], message: 'x-ms-connector-metadata must be an array of {propertyName, propertyValue}.' }] },
]);

testRule('metadata-keys', [
    { name: 'all three keys', expected: [] },
    {
        name: 'names and keys in another letter case count (metadata-key-casing warns about them)',
        mutate: (s) => {
            s['x-ms-connector-metadata'] = [
                { propertyName: 'website', propertyValue: 'https://contoso.example' },
                { PropertyName: 'Privacy Policy', PropertyValue: 'https://contoso.example/privacy' },
                { propertyName: 'Categories', propertyValue: 'Data' },
            ];
        },
        expected: [],
    },
    {
        name: 'empty and missing entries',
        mutate: (s) => {
            s['x-ms-connector-metadata'] = [
                { propertyName: 'website', propertyValue: 'https://contoso.example' },
                { propertyName: 'Privacy policy', propertyValue: ' ' },
            ];
        },
        expected: [
            { path: ['x-ms-connector-metadata', 1, 'propertyValue'], message: '"Privacy policy" has an empty propertyValue.' },
            { path: ['x-ms-connector-metadata'], message: 'x-ms-connector-metadata has no "Categories" entry.' },
        ],
    },
]);

testRule('metadata-key-casing', [
    { name: 'exact spelling', expected: [] },
    { name: 'no metadata does not crash', mutate: (s) => { delete s['x-ms-connector-metadata']; }, expected: [] },
    {
        name: 'a name and keys in another letter case',
        mutate: (s) => {
            s['x-ms-connector-metadata'] = [
                { propertyName: 'website', propertyValue: 'https://contoso.example' },
                { PropertyName: 'Privacy Policy', propertyvalue: 'https://contoso.example/privacy' },
                { propertyName: 'Categories', propertyValue: 'Data' },
            ];
        },
        expected: [
            { path: ['x-ms-connector-metadata', 0, 'propertyName'], message: '"website" should be spelled "Website".' },
            { path: ['x-ms-connector-metadata', 1], message: 'Key "PropertyName" should be spelled "propertyName".' },
            { path: ['x-ms-connector-metadata', 1], message: 'Key "propertyvalue" should be spelled "propertyValue".' },
            { path: ['x-ms-connector-metadata', 1, 'PropertyName'], message: '"Privacy Policy" should be spelled "Privacy policy".' },
        ],
    },
]);

testRule('metadata-categories-enum', [
    { name: 'two allowed categories', expected: [] },
    {
        name: 'unknown and too many',
        mutate: (s) => { at(s, 'x-ms-connector-metadata', 2).propertyValue = 'Data;Energy;Productivity'; },
        expected: [
            { path: ['x-ms-connector-metadata', 2, 'propertyValue'], message: 'Unknown category "Energy"; allowed: AI, Business Management, Business Intelligence, Collaboration, Commerce, Communication, Content and Files, Data, Finance, Human Resources, Internet of Things, IT Operations, Lifestyle and Entertainment, Marketing, Productivity, Sales and CRM, Security, Social Media, Website.' },
            { path: ['x-ms-connector-metadata', 2, 'propertyValue'], message: 'Categories lists 3 categories; at most 2 are allowed.' },
        ],
    },
]);

testRule('host-valid', [
    { name: 'bare host', expected: [] },
    { name: 'host with port', mutate: (s) => { s.host = 'api.contoso.example:8443'; }, expected: [] },
    { name: 'host with scheme and path', mutate: (s) => { s.host = 'https://api.contoso.example/v1'; }, expected: [{ path: ['host'], message: 'host "https://api.contoso.example/v1" must be a bare host name such as "api.example.com" (no scheme or path).' }] },
    { name: 'missing host', mutate: (s) => { delete s.host; }, expected: [{ path: [], message: 'host is missing; Power Platform needs the production host name.' }] },
]);

testRule('basepath-slash', [
    { name: 'starts with slash', expected: [] },
    { name: 'absent is fine', mutate: (s) => { delete s.basePath; }, expected: [] },
    { name: 'no leading slash', mutate: (s) => { s.basePath = 'v1'; }, expected: [{ path: ['basePath'], message: 'basePath "v1" must start with "/".' }] },
]);

testRule('schemes-https', [
    { name: 'https only', expected: [] },
    { name: 'http beside https is schemes-no-http\'s finding', mutate: (s) => { s.schemes = ['https', 'http']; }, expected: [] },
    { name: 'http only', mutate: (s) => { s.schemes = ['http']; }, expected: [{ path: ['schemes'], message: 'schemes must include "https"; certification needs the production TLS endpoint.' }] },
    { name: 'a WebSocket scheme', mutate: (s) => { s.schemes = ['https', 'wss']; }, expected: [{ path: ['schemes', 1], message: 'Scheme "wss" is not supported; use "https".' }] },
    { name: 'empty list', mutate: (s) => { s.schemes = []; }, expected: [{ path: ['schemes'], message: 'schemes must list "https".' }] },
    { name: 'missing', mutate: (s) => { delete s.schemes; }, expected: [{ path: [], message: 'schemes must list "https".' }] },
]);

testRule('schemes-no-http', [
    { name: 'https only', expected: [] },
    { name: 'http only is schemes-https\' finding', mutate: (s) => { s.schemes = ['http']; }, expected: [] },
    { name: 'http beside https', mutate: (s) => { s.schemes = ['http', 'https']; }, expected: [{ path: ['schemes', 0], message: 'Scheme "http" beside "https" invites clear-text calls; list "https" only.' }] },
]);

testRule('mime-types', [
    { name: 'json only', expected: [] },
    { name: 'charset parameter is fine', mutate: (s) => { s.produces = ['application/json; charset=utf-8']; }, expected: [] },
    {
        name: 'xml at root and operation level',
        mutate: (s) => { s.produces = ['application/xml']; at(s, 'paths', '/records/search', 'post').consumes = ['text/json']; },
        expected: [
            { path: ['paths', '/records/search', 'post', 'consumes', 0], message: 'MIME type "text/json" is not supported; use application/json, text/plain, multipart/form-data, application/x-www-form-urlencoded.' },
            { path: ['produces', 0], message: 'MIME type "application/xml" is not supported; use application/json, text/plain, multipart/form-data, application/x-www-form-urlencoded.' },
        ],
    },
]);

testRule('consumes-supported', [
    { name: 'a body with application/json', expected: [] },
    { name: 'an operation without a body needs no consumes', mutate: (s) => { s.consumes = ['application/octet-stream']; delete at(s, 'paths', '/records/search').post; }, expected: [] },
    { name: 'one supported type beside others passes', mutate: (s) => { s.consumes = ['application/octet-stream', 'application/json']; }, expected: [] },
    { name: 'root consumes without a supported type', mutate: (s) => { s.consumes = ['application/octet-stream']; }, expected: [{ path: ['consumes'], message: 'SearchRecords sends a body, but consumes lists no supported MIME type (application/json, text/plain, multipart/form-data, application/x-www-form-urlencoded).' }] },
    {
        name: 'the operation\'s own consumes wins over the root',
        mutate: (s) => { at(s, 'paths', '/records/search', 'post').consumes = ['application/xml']; },
        expected: [{ path: ['paths', '/records/search', 'post', 'consumes'], message: 'SearchRecords sends a body, but consumes lists no supported MIME type (application/json, text/plain, multipart/form-data, application/x-www-form-urlencoded).' }],
    },
]);

testRule('limits', [
    { name: '256 operations pass', mutate: (s) => { s.paths = manyPaths(256); }, expected: [] },
    { name: '257 operations fail', mutate: (s) => { s.paths = manyPaths(257); }, expected: [{ path: ['paths'], message: 'The connector has 257 operations; the limit is 256.' }] },
    { name: 'the file size is swagger-file-size\'s finding', swaggerByteSize: 1048576, expected: [] },
    // SearchRequest has 3 schema objects (itself, page, limit); a $ref target is expanded once per body.
    { name: '512 schemas in one body pass', mutate: (s) => { widenBody(s, 509); }, expected: [] },
    { name: 'a $ref used twice in a body counts once', mutate: (s) => { widenBody(s, 509); at(s, 'definitions', 'SearchRequest', 'properties').again = { $ref: '#/definitions/SearchRequest' }; }, expected: [] },
    {
        name: '513 schemas in one body fail, at the body schema',
        mutate: (s) => { widenBody(s, 508); at(s, 'definitions', 'SearchRequest', 'properties').tags = { type: 'array', items: { type: 'string' } }; },
        expected: [{ path: ['paths', '/records/search', 'post', 'parameters', 0, 'schema'], message: 'The body of SearchRecords has 513 schemas; the limit is 512 per body.' }],
    },
]);

/** Add `n` string properties to the body definition SearchRequest. */
function widenBody(s: Record<string, unknown>, n: number): void {
    const props = at(s, 'definitions', 'SearchRequest', 'properties');
    for (let i = 0; i < n; i++) props[`field${i}`] = { type: 'string' };
}

function manyPaths(n: number): Record<string, unknown> {
    const paths: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) paths[`/items${i}`] = { get: { operationId: `GetItems${i}`, responses: { '200': { description: 'OK' } } } };
    return paths;
}

testRule('swagger-file-size', [
    { name: 'size unknown (a document in memory)', expected: [] },
    { name: 'swagger file just under 1 MB passes', swaggerByteSize: 1048575, expected: [] },
    { name: 'swagger file of 1 MB, reported at the file', swaggerByteSize: 1048576, expected: [{ path: [], message: 'The swagger file has 1048576 bytes; keep it smaller than 1 MB (1048576 bytes).' }] },
]);

testRule('security-apikey', [
    { name: 'well-formed apiKey scheme', expected: [] },
    {
        name: 'scheme without name and in',
        mutate: (s) => { at(s, 'securityDefinitions').api_key = { type: 'apiKey' }; },
        expected: [
            { path: ['securityDefinitions', 'api_key'], message: 'apiKey scheme "api_key" needs "name" (the header or query parameter that carries the key).' },
            { path: ['securityDefinitions', 'api_key'], message: 'apiKey scheme "api_key" needs "in": "header" or "query".' },
        ],
    },
    {
        name: 'requirements: non-empty scopes (an undefined scheme is security-requirement-defined\'s finding)',
        mutate: (s) => { s.security = [{ api_key: ['read'] }]; at(s, 'paths', '/records/{recordId}', 'get').security = [{ basic: [] }]; },
        expected: [{ path: ['security', 0, 'api_key'], message: 'Security requirement "api_key" must have an empty list [].' }],
    },
]);

testRule('security-requirement-defined', [
    { name: 'defined schemes', mutate: (s) => { s.security = [{ api_key: [] }]; }, expected: [] },
    {
        name: 'an undefined scheme at the root and on an operation',
        mutate: (s) => { s.security = [{ oauth: [] }]; at(s, 'paths', '/records/{recordId}', 'get').security = [{ api_key: [] }, { basic: [] }]; },
        expected: [
            { path: ['paths', '/records/{recordId}', 'get', 'security', 1, 'basic'], message: 'Security requirement "basic" is not defined in securityDefinitions.' },
            { path: ['security', 0, 'oauth'], message: 'Security requirement "oauth" is not defined in securityDefinitions.' },
        ],
    },
]);
