/** Rules on responses, response schemas and paging. */
import { at } from '../../helpers/connector-fixture.ts';
import { testRule } from '../../helpers/test-rule.ts';

const GET = ['paths', '/records/{recordId}', 'get'];
const SEARCH = ['paths', '/records/search', 'post'];

testRule('response-success-required', [
    { name: '200 present', expected: [] },
    { name: 'only default', mutate: (s) => { at(s, ...GET).responses = { default: { description: 'Failed.' } }; }, expected: [{ path: [...GET, 'responses'], message: 'GetRecord has only a default response; declare a 2xx success response.' }] },
    { name: 'only errors', mutate: (s) => { at(s, ...GET).responses = { '404': { description: 'Not found' } }; }, expected: [{ path: [...GET, 'responses'], message: 'GetRecord has no 2xx success response.' }] },
]);

testRule('response-default-no-schema', [
    { name: 'default without schema', expected: [] },
    { name: 'default with schema', mutate: (s) => { at(s, ...SEARCH, 'responses', 'default').schema = { $ref: '#/definitions/Problem' }; }, expected: [{ path: [...SEARCH, 'responses', 'default', 'schema'], message: 'SearchRecords: the default response must not have a schema.' }] },
    { name: 'default with an empty schema', mutate: (s) => { at(s, ...SEARCH, 'responses', 'default').schema = {}; }, expected: [{ path: [...SEARCH, 'responses', 'default', 'schema'], message: 'SearchRecords: the default response must not have a schema (this one is empty).' }] },
    {
        name: 'a default that stands in for the success response is response-success-required\'s finding',
        mutate: (s) => { at(s, ...GET).responses = { default: { description: 'OK', schema: { $ref: '#/definitions/Record' } } }; },
        expected: [],
    },
]);

testRule('response-single-schema', [
    { name: '200 and 400 both with schemas pass', expected: [] },
    {
        name: '200 and 201 both with schemas',
        mutate: (s) => { at(s, ...SEARCH, 'responses')['201'] = { description: 'Created', schema: { $ref: '#/definitions/Record' } }; },
        expected: [{ path: [...SEARCH, 'responses', '201', 'schema'], message: 'SearchRecords: responses 200 and 201 both have a schema; the designer uses only one success schema.' }],
    },
]);

testRule('response-no-empty-schema', [
    { name: 'described schemas', expected: [] },
    { name: 'empty schema', mutate: (s) => { at(s, ...GET, 'responses', '200').schema = {}; }, expected: [{ path: [...GET, 'responses', '200', 'schema'], message: 'GetRecord: response 200 has an empty schema; describe the output or drop the schema.' }] },
    { name: 'an empty default schema is response-default-no-schema\'s finding', mutate: (s) => { at(s, ...SEARCH, 'responses', 'default').schema = {}; }, expected: [] },
]);

testRule('response-property-strings', [
    { name: 'all properties described', expected: [] },
    { name: 'error response schemas are not checked', mutate: (s) => { delete at(s, 'definitions', 'Problem', 'properties', 'title')['x-ms-summary']; }, expected: [] },
    {
        name: 'property of a referenced definition, reported once where defined',
        mutate: (s) => { delete at(s, 'definitions', 'Record', 'properties', 'id')['x-ms-summary']; },
        expected: [{ path: ['definitions', 'Record', 'properties', 'id'], message: 'Response property "id" (SearchRecords) is missing x-ms-summary.' }],
    },
    {
        name: 'inline response schema',
        mutate: (s) => { at(s, ...GET, 'responses', '200').schema = { type: 'object', properties: { count: { type: 'integer' } } }; },
        expected: [{ path: [...GET, 'responses', '200', 'schema', 'properties', 'count'], message: 'Response property "count" (GetRecord) is missing x-ms-summary and description.' }],
    },
    {
        name: 'a definition shared with a request body is body-property-strings\' finding',
        mutate: (s) => { at(s, ...GET, 'responses', '200').schema = { $ref: '#/definitions/SearchRequest' }; delete at(s, 'definitions', 'SearchRequest', 'properties', 'limit')['x-ms-summary']; },
        expected: [],
    },
    { name: 'recursive definitions terminate', mutate: (s) => { at(s, 'definitions', 'Record', 'properties').parent = { $ref: '#/definitions/Record' }; }, expected: [] },
]);

testRule('pageable-nextlink-name', [
    { name: 'nextLink', mutate: (s) => { at(s, ...SEARCH)['x-ms-pageable'] = { nextLinkName: 'nextLink' }; }, expected: [] },
    { name: 'custom name', mutate: (s) => { at(s, ...SEARCH)['x-ms-pageable'] = { nextLinkName: 'next' }; }, expected: [{ path: [...SEARCH, 'x-ms-pageable', 'nextLinkName'], message: 'SearchRecords: nextLinkName "next" must be "nextLink" or "@odata.nextLink".' }] },
    { name: 'missing name', mutate: (s) => { at(s, ...SEARCH)['x-ms-pageable'] = {}; }, expected: [{ path: [...SEARCH, 'x-ms-pageable', 'nextLinkName'], message: 'SearchRecords: nextLinkName null must be "nextLink" or "@odata.nextLink".' }] },
]);

testRule('pageable-nextlink-in-schema', [
    { name: 'no x-ms-pageable', expected: [] },
    {
        name: 'nextLink exists in the referenced schema',
        mutate: (s) => { at(s, ...SEARCH)['x-ms-pageable'] = { nextLinkName: 'nextLink' }; at(s, 'definitions', 'SearchPage', 'properties').nextLink = { type: 'string' }; },
        expected: [],
    },
    {
        name: 'nextLink missing from the response',
        mutate: (s) => { at(s, ...SEARCH)['x-ms-pageable'] = { nextLinkName: 'nextLink' }; },
        expected: [{ path: [...SEARCH, 'x-ms-pageable', 'nextLinkName'], message: 'SearchRecords: the success response schema has no "nextLink" property for x-ms-pageable.' }],
    },
]);
