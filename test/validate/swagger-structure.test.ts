import { describe, expect, test } from 'vitest';
import { checkSwaggerStructure } from '../../src/validate/swagger-structure.ts';
import type { JsonObject } from '../../src/core/json.ts';
import { at, validSwagger } from '../helpers/connector-fixture.ts';

const GET = ['paths', '/records/{recordId}', 'get'];
const finding = (message: string, path: (string | number)[]) => ({ ruleId: 'swagger-structure', severity: 'error', message, path, file: 'apiDefinition.swagger.json' });

const cases: [string, (s: JsonObject) => void, ReturnType<typeof finding>[]][] = [
    ['valid document', () => {}, []],
    ['duplicate operationId (at the second use)', (s) => { at(s, ...GET).operationId = 'SearchRecords'; }, [finding("Duplicate operation id 'SearchRecords'.", [...GET, 'operationId'])]],
    ['unresolved $ref', (s) => { at(s, ...GET, 'responses', '200', 'schema').$ref = '#/definitions/Nope'; }, [finding('Unresolved $ref "#/definitions/Nope": the target does not exist.', [...GET, 'responses', '200', 'schema', '$ref'])]],
    ['empty responses', (s) => { at(s, ...GET).responses = {}; }, [finding('Swagger 2.0 schema: must NOT have fewer than 1 properties.', [...GET, 'responses'])]],
    ['path template variable without parameter', (s) => { at(s, ...GET).parameters = []; }, [finding('/paths/records/{recordId}/get is missing path parameter(s) for {recordId}.', GET)]],
    ['required property that does not exist', (s) => { at(s, 'definitions', 'Record').required = ['nope']; }, [finding("Property 'nope' listed as required but does not exist in '/definitions/Record'.", ['definitions', 'Record', 'required'])]],
    ['unknown root property', (s) => { s.foo = 1; }, [finding('Swagger 2.0 schema: property "foo" is not allowed here.', ['foo'])]],
    [
        'a bad type in a definition is reported once, where it is defined (not at every $ref use)',
        (s) => { at(s, 'definitions', 'Problem', 'properties', 'title').type = 'text'; },
        [finding('Swagger 2.0 schema: matches none of the allowed shapes; problems: must be one of "array", "boolean", "integer", "null", "number", "object", "string"; must be of type array.', ['definitions', 'Problem', 'properties', 'title', 'type'])],
    ],
    [
        'path parameter without required: one finding on the parameter',
        (s) => { delete at(s, ...GET, 'parameters', 0).required; },
        [finding('Swagger 2.0 schema: matches none of the allowed shapes; problems: missing required property "schema"; missing required property "required"; missing required property "$ref"; and 6 more.', [...GET, 'parameters', 0])],
    ],
];

describe('checkSwaggerStructure (swagger-parser adapter)', () => {
    test.each(cases)('%s', async (_name, mutate, expected) => {
        const doc = validSwagger();
        mutate(doc);
        const before = structuredClone(doc);
        expect(await checkSwaggerStructure(doc)).toEqual(expected);
        expect(doc).toEqual(before); // swagger-parser got a clone; our document is untouched
    });
});
