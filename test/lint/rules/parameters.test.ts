/** Rules on parameters, visibility and extension keys. */
import { at } from '../../helpers/connector-fixture.ts';
import { testRule } from '../../helpers/test-rule.ts';

const GET = ['paths', '/records/{recordId}', 'get'];
const SEARCH = ['paths', '/records/search', 'post'];

testRule('parameter-summary-required', [
    { name: 'all parameters described', expected: [] },
    {
        name: 'missing x-ms-summary, and both on another',
        mutate: (s) => {
            delete at(s, ...GET, 'parameters', 0)['x-ms-summary'];
            delete at(s, ...GET, 'parameters', 1)['x-ms-summary'];
            delete at(s, ...GET, 'parameters', 1).description;
        },
        expected: [
            { path: [...GET, 'parameters', 0], message: 'Parameter "recordId" of GetRecord is missing x-ms-summary.' },
            { path: [...GET, 'parameters', 1], message: 'Parameter "fields" of GetRecord is missing x-ms-summary and description.' },
        ],
    },
    {
        name: 'shared #/parameters entry is reported once, where it is defined',
        mutate: (s) => {
            s.parameters = { Fields: { name: 'fields', in: 'query', type: 'string', required: false } };
            at(s, ...GET).parameters = [at(s, ...GET, 'parameters', 0), { $ref: '#/parameters/Fields' }];
            at(s, ...SEARCH).parameters = [at(s, ...SEARCH, 'parameters', 0), { $ref: '#/parameters/Fields' }];
        },
        expected: [{ path: ['parameters', 'Fields'], message: 'Parameter "fields" of SearchRecords is missing x-ms-summary and description.' }],
    },
    {
        name: 'a header parameter is an input field of its own too',
        mutate: (s) => { (at(s, ...GET).parameters as unknown[]).push({ name: 'x-trace', in: 'header', type: 'string', description: 'Trace id.' }); },
        expected: [{ path: [...GET, 'parameters', 2], message: 'Parameter "x-trace" of GetRecord is missing x-ms-summary.' }],
    },
    {
        name: 'body parameters (body-property-strings), internal parameters and parameters of internal operations are not shown alone',
        mutate: (s) => {
            delete at(s, ...SEARCH, 'parameters', 0)['x-ms-summary'];
            Object.assign(at(s, ...GET, 'parameters', 1), { 'x-ms-visibility': 'internal', 'x-ms-summary': '' });
            at(s, 'paths')['/records/{recordId}/raw'] = { get: { operationId: 'GetRaw', 'x-ms-visibility': 'internal', parameters: [{ name: 'recordId', in: 'path', required: true, type: 'string', 'x-ms-url-encoding': 'single' }], responses: { '200': { description: 'OK' } } } };
        },
        expected: [],
    },
]);

testRule('no-body-on-get', [
    { name: 'GET without body', expected: [] },
    {
        name: 'GET with a body parameter',
        mutate: (s) => { (at(s, ...GET).parameters as unknown[]).push({ name: 'body', in: 'body', schema: { type: 'object' } }); },
        expected: [{ path: [...GET, 'parameters', 2], message: 'GetRecord is a GET and cannot have a body parameter.' }],
    },
]);

testRule('no-connectionid-param', [
    { name: 'ordinary names', expected: [] },
    { name: 'connectionId parameter', mutate: (s) => { at(s, ...GET, 'parameters', 1).name = 'connectionId'; }, expected: [{ path: [...GET, 'parameters', 1], message: 'GetRecord: the parameter name "connectionId" is reserved by the platform.' }] },
]);

testRule('internal-default-required', [
    { name: 'internal with default and required', mutate: (s) => { Object.assign(at(s, ...GET, 'parameters', 1), { 'x-ms-visibility': 'internal', default: 'id', required: true }); }, expected: [] },
    { name: 'internal parameter with default, optional', mutate: (s) => { Object.assign(at(s, ...GET, 'parameters', 1), { 'x-ms-visibility': 'internal', default: 'id' }); }, expected: [{ path: [...GET, 'parameters', 1], message: 'Parameter "fields" of GetRecord is internal with a default, so it must be required.' }] },
    {
        name: 'internal schema property with default, not in required',
        mutate: (s) => { at(s, 'definitions', 'SearchRequest', 'properties', 'limit')['x-ms-visibility'] = 'internal'; },
        expected: [{ path: ['definitions', 'SearchRequest', 'properties', 'limit'], message: 'Property "limit" is internal with a default, so it must be listed in "required".' }],
    },
]);

testRule('visibility-values', [
    { name: 'allowed values', expected: [] },
    {
        name: 'unknown and empty values',
        mutate: (s) => { at(s, ...GET, 'parameters', 1)['x-ms-visibility'] = 'loud'; at(s, 'definitions', 'Record', 'properties', 'name')['x-ms-visibility'] = ''; },
        expected: [
            { path: ['definitions', 'Record', 'properties', 'name', 'x-ms-visibility'], message: 'x-ms-visibility "" is not allowed; use important, advanced, internal; omit the key for normal visibility.' },
            { path: [...GET, 'parameters', 1, 'x-ms-visibility'], message: 'x-ms-visibility "loud" is not allowed; use important, advanced, internal.' },
        ],
    },
    { name: 'a schema property named x-ms-visibility is not the extension', mutate: (s) => { at(s, 'definitions', 'Record', 'properties')['x-ms-visibility'] = { type: 'string', 'x-ms-summary': 'Visibility', description: 'Visibility of the record.' }; }, expected: [] },
    { name: 'example payloads are not checked', mutate: (s) => { at(s, ...GET, 'responses', '200').examples = { 'application/json': { 'x-ms-visibility': 'loud' } }; }, expected: [] },
]);

testRule('extension-misspelled', [
    { name: 'known extensions only', expected: [] },
    { name: 'a property named like an extension is a name, not a key', mutate: (s) => { at(s, 'definitions', 'Record', 'properties')['x-ms-visibilty'] = { type: 'string' }; }, expected: [] },
    { name: 'a vendor extension of its own is fine', mutate: (s) => { at(s, ...GET)['x-contoso-team'] = 'records'; }, expected: [] },
    {
        name: 'misspelled visibility and wrong case summary',
        mutate: (s) => { const p = at(s, ...GET, 'parameters', 1); p['x-ms-visibilty'] = p['x-ms-visibility']; delete p['x-ms-visibility']; p['X-MS-Summary'] = 'Fields'; },
        expected: [
            { path: [...GET, 'parameters', 1, 'X-MS-Summary'], message: 'Unknown extension "X-MS-Summary"; did you mean "x-ms-summary"?' },
            { path: [...GET, 'parameters', 1, 'x-ms-visibilty'], message: 'Unknown extension "x-ms-visibilty"; did you mean "x-ms-visibility"?' },
        ],
    },
]);

testRule('path-param-encoding', [
    { name: 'path parameter with x-ms-url-encoding', expected: [] },
    { name: '"double" encoding is fine too', mutate: (s) => { at(s, ...GET, 'parameters', 0)['x-ms-url-encoding'] = 'double'; }, expected: [] },
    {
        name: 'path parameter without x-ms-url-encoding (PathParameterMissingEncoding)',
        mutate: (s) => { delete at(s, ...GET, 'parameters', 0)['x-ms-url-encoding']; },
        expected: [{ path: [...GET, 'parameters', 0], message: 'Path parameter "recordId" of GetRecord has no x-ms-url-encoding; it is single-encoded by default.' }],
    },
]);

testRule('path-param-required', [
    { name: 'plain path templates', expected: [] },
    { name: 'a missing x-ms-url-encoding is path-param-encoding\'s finding', mutate: (s) => { delete at(s, ...GET, 'parameters', 0)['x-ms-url-encoding']; }, expected: [] },
    {
        name: 'query string, fragment and "*" in path templates',
        mutate: (s) => {
            const paths = at(s, 'paths');
            paths['/records/search?mode=fast'] = paths['/records/search'];
            delete paths['/records/search'];
            paths['/records#top'] = { get: { operationId: 'ListRecords', responses: { '200': { description: 'OK' } } } };
            paths['/files/*'] = { get: { operationId: 'ListFiles', responses: { '200': { description: 'OK' } } } };
        },
        expected: [
            { path: ['paths', '/files/*'], message: 'Path "/files/*" must not contain "*".' },
            { path: ['paths', '/records#top'], message: 'Path "/records#top" must not contain a query string or fragment ("?" or "#"); declare query parameters instead.' },
            { path: ['paths', '/records/search?mode=fast'], message: 'Path "/records/search?mode=fast" must not contain a query string or fragment ("?" or "#"); declare query parameters instead.' },
        ],
    },
]);

testRule('query-param-no-encoding', [
    { name: 'query parameter without x-ms-url-encoding', expected: [] },
    {
        name: 'query parameter with x-ms-url-encoding (QueryParameterEncodingNotSupported)',
        mutate: (s) => { at(s, ...GET, 'parameters', 1)['x-ms-url-encoding'] = 'single'; },
        expected: [{ path: [...GET, 'parameters', 1, 'x-ms-url-encoding'], message: 'Query parameter "fields" of GetRecord must not have x-ms-url-encoding; it applies to path parameters only.' }],
    },
]);
