/** Rules on operations: ids, summaries, descriptions (facts §3.2). */
import { at } from '../../helpers/connector-fixture.ts';
import { testRule } from '../../helpers/test-rule.ts';

const SEARCH = ['paths', '/records/search', 'post'];
const GET = ['paths', '/records/{recordId}', 'get'];
const search = (s: Record<string, unknown>) => at(s, ...SEARCH);
const get = (s: Record<string, unknown>) => at(s, ...GET);

testRule('operation-id-required-unique', [
    { name: 'unique ids', expected: [] },
    { name: 'revision suffix is fine', mutate: (s) => { get(s).operationId = 'GetRecord_V2'; }, expected: [] },
    { name: 'duplicate id (case-insensitive)', mutate: (s) => { get(s).operationId = 'searchRecords'; }, expected: [{ path: [...GET, 'operationId'], message: 'operationId "searchRecords" is also used by POST /records/search.' }] },
    { name: 'missing id', mutate: (s) => { delete get(s).operationId; }, expected: [{ path: GET, message: 'GET /records/{recordId} has no operationId.' }] },
    { name: 'characters are operation-id-pascal-case\'s finding', mutate: (s) => { get(s).operationId = 'get-record'; }, expected: [] },
]);

testRule('operation-id-pascal-case', [
    { name: 'PascalCase ids', expected: [] },
    { name: 'camelCase id', mutate: (s) => { get(s).operationId = 'getRecord'; }, expected: [{ path: [...GET, 'operationId'], message: 'operationId "getRecord" is not PascalCase.' }] },
    { name: 'underscore inside', mutate: (s) => { get(s).operationId = 'Get_Record'; }, expected: [{ path: [...GET, 'operationId'], message: 'operationId "Get_Record" is not PascalCase.' }] },
    { name: 'hyphens (OperationIdSanitized)', mutate: (s) => { get(s).operationId = 'Get-Record'; }, expected: [{ path: [...GET, 'operationId'], message: 'operationId "Get-Record" is not PascalCase.' }] },
]);

testRule('operation-summary-required', [
    { name: 'summary and description present', expected: [] },
    {
        name: 'both missing',
        mutate: (s) => { delete get(s).summary; get(s).description = ' '; },
        expected: [
            { path: GET, message: 'GetRecord has no summary.' },
            { path: GET, message: 'GetRecord has no description.' },
        ],
    },
    { name: 'an internal operation is never shown', mutate: (s) => { delete get(s).summary; delete get(s).description; get(s)['x-ms-visibility'] = 'internal'; }, expected: [] },
]);

testRule('operation-responses-required', [
    { name: 'responses declared', expected: [] },
    { name: 'no responses key is the Swagger 2.0 layer\'s finding', mutate: (s) => { delete get(s).responses; }, expected: [] },
    { name: 'empty responses', mutate: (s) => { get(s).responses = {}; }, expected: [{ path: [...GET, 'responses'], message: 'GetRecord declares no response; add at least the success response.' }] },
]);

testRule('operation-summary-length', [
    { name: '80 characters pass', mutate: (s) => { get(s).summary = 'x'.repeat(80); }, expected: [] },
    { name: '81 characters fail', mutate: (s) => { get(s).summary = 'x'.repeat(81); }, expected: [{ path: [...GET, 'summary'], message: 'GetRecord: summary has 81 characters; keep it to 80.' }] },
]);

testRule('operation-summary-chars', [
    { name: 'plain summary', expected: [] },
    { name: 'slash and question mark', mutate: (s) => { get(s).summary = 'Get record/file?'; }, expected: [{ path: [...GET, 'summary'], message: 'GetRecord: summary contains restricted character(s) / ?.' }] },
]);

testRule('operation-summary-no-trailing-period', [
    { name: 'no period', expected: [] },
    { name: 'trailing period', mutate: (s) => { get(s).summary = 'Get a record.'; }, expected: [{ path: [...GET, 'summary'], message: 'GetRecord: summary must not end with a period or whitespace.' }] },
    { name: 'trailing space', mutate: (s) => { get(s).summary = 'Get a record '; }, expected: [{ path: [...GET, 'summary'], message: 'GetRecord: summary must not end with a period or whitespace.' }] },
]);

testRule('operation-description-sentence', [
    { name: 'full sentence', expected: [] },
    { name: 'no final period', mutate: (s) => { search(s).description = 'Returns one page of records'; }, expected: [{ path: [...SEARCH, 'description'], message: 'SearchRecords: description must end with a period.' }] },
    { name: 'a single word needs no period', mutate: (s) => { search(s).description = 'Search'; }, expected: [] },
    { name: 'same as summary', mutate: (s) => { search(s).description = 'Search records.'; }, expected: [{ path: [...SEARCH, 'description'], message: 'SearchRecords: description repeats the summary; explain what the operation does.' }] },
]);
