/** Rules on values against their declared types: defaults, enums, examples, x-nullable, and required names. */
import { at } from '../../helpers/connector-fixture.ts';
import { testRule } from '../../helpers/test-rule.ts';

const GET = ['paths', '/records/{recordId}', 'get'];
const REQ = ['definitions', 'SearchRequest', 'properties'];

testRule('default-matches-type', [
    { name: 'an integer default on an int32 property', expected: [] },
    { name: 'the lowest int32, -2147483648, on an int32 property', mutate: (s) => { at(s, ...REQ, 'limit').default = -2147483648; }, expected: [] },
    { name: 'one below the lowest int32', mutate: (s) => { at(s, ...REQ, 'limit').default = -2147483649; }, expected: [{ path: [...REQ, 'limit', 'default'], message: 'default -2147483649 does not fit int32.' }] },
    { name: 'a null default on an x-nullable property', mutate: (s) => { Object.assign(at(s, ...REQ, 'limit'), { default: null, 'x-nullable': true }); }, expected: [] },
    { name: 'an integer default on a number', mutate: (s) => { Object.assign(at(s, ...REQ, 'limit'), { type: 'number', default: 5 }); }, expected: [] },
    {
        name: 'a string default on a boolean parameter and an int32 default out of range (DefaultValueMustMatchType)',
        mutate: (s) => {
            (at(s, ...GET).parameters as unknown[]).push({ name: 'deep', in: 'query', type: 'boolean', default: 'false', 'x-ms-summary': 'Deep', description: 'Include children.' });
            at(s, ...REQ, 'limit').default = 3000000000;
        },
        expected: [
            { path: [...GET, 'parameters', 2, 'default'], message: 'default "false" is of type string, but the type is boolean.' },
            { path: [...REQ, 'limit', 'default'], message: 'default 3000000000 does not fit int32.' },
        ],
    },
    { name: 'a null default without x-nullable', mutate: (s) => { at(s, ...REQ, 'limit').default = null; }, expected: [{ path: [...REQ, 'limit', 'default'], message: 'default null is of type null, but the type is integer.' }] },
    { name: 'a property named "default" is a name, not the keyword', mutate: (s) => { at(s, ...REQ).default = { type: 'string', 'x-ms-summary': 'Default', description: 'Default value.' }; }, expected: [] },
]);

testRule('enum-matches-type', [
    { name: 'string enum on a string', mutate: (s) => { at(s, 'definitions', 'Record', 'properties', 'name').enum = ['a', 'b']; }, expected: [] },
    {
        name: 'string values on a boolean and an integer (InvalidEnumValue)',
        mutate: (s) => {
            at(s, 'definitions', 'Record', 'properties').active = { type: 'boolean', enum: [true, 'false'] };
            at(s, ...REQ, 'limit').enum = [10, '20'];
        },
        expected: [
            { path: ['definitions', 'Record', 'properties', 'active', 'enum', 1], message: 'enum value "false" is of type string, but the type is boolean.' },
            { path: [...REQ, 'limit', 'enum', 1], message: 'enum value "20" is of type string, but the type is integer.' },
        ],
    },
    { name: 'null among the values of an x-nullable schema', mutate: (s) => { Object.assign(at(s, 'definitions', 'Record', 'properties', 'name'), { enum: ['a', null], 'x-nullable': true }); }, expected: [] },
]);

testRule('example-matches-type', [
    { name: 'matching example and x-ms-test-value', mutate: (s) => { Object.assign(at(s, ...REQ, 'page'), { example: 2, 'x-ms-test-value': 1 }); }, expected: [] },
    { name: 'examples of objects and arrays are not checked here', mutate: (s) => { at(s, 'definitions', 'Record').example = ['not', 'an', 'object']; }, expected: [] },
    {
        name: 'a string example for a number and a number test value for a string',
        mutate: (s) => {
            Object.assign(at(s, ...REQ, 'page'), { example: '2' });
            at(s, ...GET, 'parameters', 0)['x-ms-test-value'] = 42;
        },
        expected: [
            { path: [...REQ, 'page', 'example'], message: 'example "2" is of type string, but the type is integer.' },
            { path: [...GET, 'parameters', 0, 'x-ms-test-value'], message: 'x-ms-test-value 42 is of type integer, but the type is string.' },
        ],
    },
]);

testRule('x-nullable-boolean', [
    { name: 'a boolean x-nullable', mutate: (s) => { at(s, ...REQ, 'limit')['x-nullable'] = true; }, expected: [] },
    { name: 'a property named x-nullable', mutate: (s) => { at(s, ...REQ)['x-nullable'] = { type: 'string', 'x-ms-summary': 'X', description: 'X.' }; }, expected: [] },
    { name: 'the string "true" (JsonTypeIncorrect)', mutate: (s) => { at(s, ...REQ, 'limit')['x-nullable'] = 'true'; }, expected: [{ path: [...REQ, 'limit', 'x-nullable'], message: 'x-nullable "true" must be true or false; another value may be ignored.' }] },
]);

testRule('required-properties-defined', [
    { name: 'required names are properties', expected: [] },
    {
        name: 'names from allOf parts and from the target of a $ref beside "required" count',
        mutate: (s) => {
            at(s, 'definitions').Extended = { allOf: [{ $ref: '#/definitions/Record' }, { type: 'object', properties: { extra: { type: 'string' } } }], required: ['id', 'extra'] };
            at(s, ...GET, 'responses', '200').schema = { $ref: '#/definitions/Record', required: ['name'] };
        },
        expected: [],
    },
    {
        name: 'a missing name in a definition and beside a $ref (RequiredPropertyDefinitionMissing)',
        mutate: (s) => {
            at(s, 'definitions', 'SearchRequest').required = ['page', 'size'];
            at(s, ...GET, 'responses', '200').schema = { $ref: '#/definitions/Record', required: ['branchId'] };
        },
        expected: [
            { path: [...REQ.slice(0, 2), 'required', 1], message: '"size" is listed as required but is not one of the properties.' },
            { path: [...GET, 'responses', '200', 'schema', 'required', 0], message: '"branchId" is listed as required but is not one of the properties.' },
        ],
    },
    { name: 'a schema that declares no properties is not checked', mutate: (s) => { at(s, 'definitions').Free = { type: 'object', required: ['anything'] }; }, expected: [] },
]);
