import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { ErrorObject } from 'ajv';
import type { OpenAPI } from 'openapi-types';
import { describe, expect, test } from 'vitest';
import { parseJsonText } from '../../src/validate/json-source.ts';
import { checkSwaggerStructure, runSwagger20, type Swagger20Outcome } from '../../src/validate/swagger-structure.ts';
import type { JsonObject } from '../../src/core/json.ts';
import { at, validSwagger } from '../helpers/connector-fixture.ts';
import { describeShared, ROOT_DIR, sharedPath } from '../helpers/shared.ts';

const GET = ['paths', '/records/{recordId}', 'get'];
const finding = (message: string, path: (string | number)[]) => ({ ruleId: 'swagger-structure', severity: 'error', message, path, file: 'apiDefinition.swagger.json' });

const cases: [string, (s: JsonObject) => void, ReturnType<typeof finding>[]][] = [
    ['valid document', () => {}, []],
    ['duplicate operationId (at the second use)', (s) => { at(s, ...GET).operationId = 'SearchRecords'; }, [finding("Duplicate operation id 'SearchRecords'.", [...GET, 'operationId'])]],
    ['unresolved $ref', (s) => { at(s, ...GET, 'responses', '200', 'schema').$ref = '#/definitions/Nope'; }, [finding('Unresolved $ref "#/definitions/Nope": the target does not exist.', [...GET, 'responses', '200', 'schema', '$ref'])]],
    ['empty responses are operation-responses-required\'s warning, not a stop', (s) => { at(s, ...GET).responses = {}; }, []],
    [
        'empty responses do not hide what comes after the schema stage',
        (s) => { at(s, ...GET).responses = {}; at(s, ...GET).operationId = 'SearchRecords'; },
        [finding("Duplicate operation id 'SearchRecords'.", [...GET, 'operationId'])],
    ],
    ['path template variable without parameter', (s) => { at(s, ...GET).parameters = []; }, [finding('/paths/records/{recordId}/get is missing path parameter(s) for {recordId}.', GET)]],
    ['a required name that is not a property is required-properties-defined\'s warning, not a stop', (s) => { at(s, 'definitions', 'Record').required = ['nope']; }, []],
    [
        'a required name that is not a property does not hide a missing path parameter',
        (s) => { at(s, 'definitions', 'Record').required = ['nope', 'id']; at(s, ...GET).parameters = []; },
        [finding('/paths/records/{recordId}/get is missing path parameter(s) for {recordId}.', GET)],
    ],
    ['unknown root property', (s) => { s.foo = 1; }, [finding('Swagger 2.0 schema: property "foo" is not allowed here.', ['foo'])]],
    [
        'a bad type in a definition is reported once, where it is defined (not at every $ref use)',
        (s) => { at(s, 'definitions', 'Problem', 'properties', 'title').type = 'text'; },
        [finding('Swagger 2.0 schema: must be one of "array", "boolean", "integer", "null", "number", "object", "string" (found "text").', ['definitions', 'Problem', 'properties', 'title', 'type'])],
    ],
    [
        'path parameter without required: the one missing property, not the other parameter shapes\' complaints',
        (s) => { delete at(s, ...GET, 'parameters', 0).required; },
        [finding('Swagger 2.0 schema: missing required property "required".', [...GET, 'parameters', 0])],
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

/** An outcome as comparable data: AJV errors without the fields `verbose` adds (schema, parentSchema, data). */
const comparable = (o: Swagger20Outcome) => {
    if (o.stage === 'valid') return { stage: 'valid' };
    if (o.stage === 'schema') return { stage: 'schema', errors: o.errors.map(({ instancePath, schemaPath, keyword, params, message }: ErrorObject) => ({ instancePath, schemaPath, keyword, params, message })) };
    return { stage: 'thrown', name: o.error.name, message: o.error.message, targetRef: o.error.targetRef };
};

/** What SwaggerParser.validate() itself concludes, in the same shape. */
async function swaggerParserOutcome(doc: JsonObject): Promise<Swagger20Outcome> {
    try {
        await SwaggerParser.validate(structuredClone(doc) as unknown as OpenAPI.Document);
        return { stage: 'valid' };
    } catch (e) {
        const err = e as Error & { details?: ErrorObject[] };
        return Array.isArray(err.details) ? { stage: 'schema', errors: err.details } : { stage: 'thrown', error: err };
    }
}

const expectSameOutcome = async (doc: JsonObject) => {
    const ours = comparable(await runSwagger20(doc));
    expect(ours).toEqual(comparable(await swaggerParserOutcome(doc)));
    return ours.stage;
};

describe('runSwagger20 (the Swagger 2.0 schema compiled once) concludes what SwaggerParser.validate() concludes', () => {
    test('the stage of each case of the table above', async () => {
        const stages: string[] = [];
        for (const [, mutate] of cases) {
            const doc = validSwagger();
            mutate(doc);
            stages.push(await expectSameOutcome(doc));
        }
        expect(stages).toEqual(['valid', 'thrown', 'thrown', 'schema', 'schema', 'thrown', 'thrown', 'thrown', 'schema', 'schema', 'schema']);
    });
    test('our connector', async () => {
        const doc = JSON.parse(readFileSync(join(ROOT_DIR, 'apiDefinition.swagger.json'), 'utf8')) as JsonObject;
        expect(await expectSameOutcome(doc)).toBe('valid');
    });
    // A document with circular $refs takes validate()'s second dereference; one without takes the spec stage alone.
    const circular = (s: JsonObject) => {
        at(s, 'definitions', 'Record', 'properties').parent = { $ref: '#/definitions/Record' };
    };
    test('circular $refs, valid', async () => {
        const doc = validSwagger();
        circular(doc);
        expect(await expectSameOutcome(doc)).toBe('valid');
        expect(await checkSwaggerStructure(doc)).toEqual([]);
    });
    test('circular $refs and a spec error (a path parameter missing)', async () => {
        const doc = validSwagger();
        circular(doc);
        at(doc, ...GET).parameters = [];
        expect(await expectSameOutcome(doc)).toBe('thrown');
        expect(await checkSwaggerStructure(doc)).toEqual([finding('/paths/records/{recordId}/get is missing path parameter(s) for {recordId}.', GET)]);
    });
    test('a required property that a circular allOf parent defines: found only once the circular $ref is resolved', async () => {
        const doc = validSwagger();
        (doc.definitions as JsonObject).A = { type: 'object', properties: { x: { type: 'string' }, child: { $ref: '#/definitions/B' } } };
        (doc.definitions as JsonObject).B = { type: 'object', required: ['x'], allOf: [{ $ref: '#/definitions/A' }] };
        expect(await expectSameOutcome(doc)).toBe('valid');
    });
    test('no circular $refs and spec errors found by the spec stage alone', async () => {
        for (const mutate of [
            (s: JsonObject) => { at(s, ...GET).parameters = []; },
            (s: JsonObject) => { at(s, ...GET).operationId = 'SearchRecords'; },
        ]) {
            const doc = validSwagger();
            mutate(doc);
            expect(await expectSameOutcome(doc)).toBe('thrown');
        }
    });
});

describeShared('runSwagger20 concludes what SwaggerParser.validate() concludes on ../shared/corpus/connectors', () => {
    const corpus = sharedPath('corpus', 'connectors');
    const names = readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    test('every connector (the two templates fail the schema, the rest pass)', async () => {
        const stages: Record<string, string> = {};
        for (const name of names) {
            const doc = parseJsonText(readFileSync(join(corpus, name, 'apiDefinition.swagger.json'), 'utf8'), name).value;
            stages[name] = await expectSameOutcome(doc);
        }
        expect(Object.entries(stages).filter(([, stage]) => stage !== 'valid')).toEqual([
            ['template-certified', 'schema'],
            ['template-independent-publisher', 'schema'],
        ]);
    });
});
