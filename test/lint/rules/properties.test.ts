/** Rules on the properties makers fill in (body schemas) and read (responses), and on their strings. */
import { at } from '../../helpers/connector-fixture.ts';
import { testRule } from '../../helpers/test-rule.ts';

const GET = ['paths', '/records/{recordId}', 'get'];
const SEARCH = ['paths', '/records/search', 'post'];
const REQ = ['definitions', 'SearchRequest', 'properties'];

testRule('body-property-strings', [
    { name: 'all body properties described', expected: [] },
    {
        name: 'body and formData parameters of visible operations',
        mutate: (s) => {
            delete at(s, ...SEARCH, 'parameters', 0)['x-ms-summary'];
            at(s, 'paths')['/records/upload'] = { post: { operationId: 'UploadRecord', consumes: ['multipart/form-data'], parameters: [{ name: 'file', in: 'formData', type: 'file', description: 'The file.' }], responses: { '200': { description: 'OK' } } } };
        },
        expected: [
            { path: ['paths', '/records/upload', 'post', 'parameters', 0], message: 'Parameter "file" (formData) of UploadRecord is missing x-ms-summary.' },
            { path: [...SEARCH, 'parameters', 0], message: 'Parameter "body" (body) of SearchRecords is missing x-ms-summary.' },
        ],
    },
    {
        name: 'an internal body parameter or an internal operation is not shown',
        mutate: (s) => {
            Object.assign(at(s, ...SEARCH, 'parameters', 0), { 'x-ms-visibility': 'internal', 'x-ms-summary': '' });
            at(s, 'paths')['/records/upload'] = { post: { operationId: 'UploadRecord', 'x-ms-visibility': 'internal', parameters: [{ name: 'file', in: 'formData', type: 'file' }], responses: { '200': { description: 'OK' } } } };
        },
        expected: [],
    },
    {
        name: 'missing strings on a $ref-ed definition are reported where they are defined',
        mutate: (s) => { delete at(s, ...REQ, 'page')['x-ms-summary']; delete at(s, ...REQ, 'limit')['x-ms-summary']; at(s, ...REQ, 'limit').description = '  '; },
        expected: [
            { path: [...REQ, 'limit'], message: 'Body property "limit" (SearchRecords) is missing x-ms-summary and description.' },
            { path: [...REQ, 'page'], message: 'Body property "page" (SearchRecords) is missing x-ms-summary.' },
        ],
    },
    {
        name: 'nested objects, array items and further $refs are followed',
        mutate: (s) => {
            at(s, ...REQ).filter = { type: 'object', 'x-ms-summary': 'Filter', description: 'Conditions to match.', properties: { field: { type: 'string', description: 'Field to compare.' } } };
            at(s, ...REQ).sorts = { type: 'array', 'x-ms-summary': 'Sorts', description: 'Sort order.', items: { $ref: '#/definitions/Sort' } };
            at(s, 'definitions').Sort = { type: 'object', properties: { key: { type: 'string', 'x-ms-summary': 'Sort Key' } } };
        },
        expected: [
            { path: ['definitions', 'Sort', 'properties', 'key'], message: 'Body property "key" (SearchRecords) is missing description.' },
            { path: [...REQ, 'filter', 'properties', 'field'], message: 'Body property "field" (SearchRecords) is missing x-ms-summary.' },
        ],
    },
    {
        name: 'internal properties (and what is below them) are skipped',
        mutate: (s) => {
            at(s, ...REQ).hidden = { type: 'object', 'x-ms-visibility': 'internal', properties: { deep: { type: 'string' } } };
            at(s, ...REQ).flag = { type: 'boolean', 'x-ms-visibility': 'internal', default: true };
        },
        expected: [],
    },
    {
        name: 'a definition used by two bodies is reported once, with the first operation',
        mutate: (s) => {
            delete at(s, ...REQ, 'page').description;
            at(s, 'paths')['/records/export'] = { post: { ...structuredClone(at(s, ...SEARCH)), operationId: 'ExportRecords' } };
        },
        expected: [{ path: [...REQ, 'page'], message: 'Body property "page" (SearchRecords) is missing description.' }],
    },
    {
        name: 'an inline body schema is checked at the parameter',
        mutate: (s) => { at(s, ...SEARCH, 'parameters', 0).schema = { type: 'object', properties: { q: { type: 'string' } } }; },
        expected: [{ path: [...SEARCH, 'parameters', 0, 'schema', 'properties', 'q'], message: 'Body property "q" (SearchRecords) is missing x-ms-summary and description.' }],
    },
    { name: 'response-only definitions are not body properties', mutate: (s) => { delete at(s, 'definitions', 'Record', 'properties', 'id')['x-ms-summary']; }, expected: [] },
]);

testRule('property-description-sentence', [
    { name: 'every description is a sentence that says more than the summary', expected: [] },
    {
        name: 'no final period on a parameter, a body property and a response property',
        mutate: (s) => {
            at(s, ...GET, 'parameters', 0).description = 'Identifier of the record';
            at(s, ...REQ, 'page').description = 'Page number, starting at 1';
            at(s, 'definitions', 'Record', 'properties', 'name').description = 'Display name of the record ';
        },
        expected: [
            { path: ['definitions', 'Record', 'properties', 'name', 'description'], message: 'Property "name" (SearchRecords): description must end with a period.' },
            { path: [...REQ, 'page', 'description'], message: 'Property "page" (SearchRecords): description must end with a period.' },
            { path: [...GET, 'parameters', 0, 'description'], message: 'Parameter "recordId" of GetRecord: description must end with a period.' },
        ],
    },
    {
        name: 'description equal to the x-ms-summary (case-insensitive, with or without the period)',
        mutate: (s) => {
            at(s, ...GET, 'parameters', 1).description = 'fields.';
            at(s, 'definitions', 'SearchPage', 'properties', 'items').description = 'RECORDS';
        },
        expected: [
            { path: ['definitions', 'SearchPage', 'properties', 'items', 'description'], message: 'Property "items" (SearchRecords): description must end with a period.' },
            { path: ['definitions', 'SearchPage', 'properties', 'items', 'description'], message: 'Property "items" (SearchRecords): description repeats the x-ms-summary; say what the value means.' },
            { path: [...GET, 'parameters', 1, 'description'], message: 'Parameter "fields" of GetRecord: description repeats the x-ms-summary; say what the value means.' },
        ],
    },
    {
        name: 'a one-word description needs no period on a parameter or a body property, but does on a response property',
        mutate: (s) => {
            at(s, ...GET, 'parameters', 1).description = 'Comma-separated';
            at(s, ...REQ, 'page').description = 'One-based';
            at(s, 'definitions', 'Record', 'properties', 'name').description = 'Label';
        },
        expected: [{ path: ['definitions', 'Record', 'properties', 'name', 'description'], message: 'Property "name" (SearchRecords): description must end with a period.' }],
    },
    { name: '"?" and "!" end a sentence too', mutate: (s) => { at(s, ...GET, 'parameters', 1).description = 'Which fields to return?'; at(s, ...REQ, 'page').description = 'Page number, starting at 1!'; }, expected: [] },
    { name: 'missing descriptions are left to the *-summary-required and *-strings rules', mutate: (s) => { delete at(s, ...GET, 'parameters', 1).description; delete at(s, ...REQ, 'page').description; }, expected: [] },
    {
        name: 'a definition reached from a body and a response is reported once',
        mutate: (s) => {
            at(s, ...GET, 'responses', '200').schema = { $ref: '#/definitions/SearchRequest' };
            at(s, ...REQ, 'limit').description = 'Page Size';
        },
        expected: [
            { path: [...REQ, 'limit', 'description'], message: 'Property "limit" (SearchRecords): description must end with a period.' },
            { path: [...REQ, 'limit', 'description'], message: 'Property "limit" (SearchRecords): description repeats the x-ms-summary; say what the value means.' },
        ],
    },
]);
