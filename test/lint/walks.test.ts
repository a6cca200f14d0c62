/**
 * DocumentWalks (src/lint/run.ts): each member answers what its reader walk answers on the run's swagger,
 * and is computed once per run: every rule of the run gets the same array.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { JsonObject } from '../../src/core/json.ts';
import type { DocumentWalks, Rule } from '../../src/lint/rule.ts';
import { runRules } from '../../src/lint/run.ts';
import {
    bodyParameters,
    bodyProperties,
    dynamicExtensions,
    findOperation,
    operations,
    schemaObjects,
    successResponseProperties,
    uniqueParameters,
} from '../../src/swagger/reader.ts';
import { parseJsonText } from '../../src/validate/json-source.ts';
import { validSwagger } from '../helpers/connector-fixture.ts';
import { committedSwagger } from '../helpers/project.ts';
import { describeShared, sharedPath } from '../helpers/shared.ts';

type Walk = Exclude<keyof DocumentWalks, 'operation'>;

/** Every member but `operation`, with the reader walk it stands for (the type checker keeps this list complete). */
const READER: Record<Walk, (doc: JsonObject) => readonly unknown[]> = {
    operations: (doc) => operations(doc),
    uniqueParameters: (doc) => uniqueParameters(doc),
    bodyParameters: (doc) => bodyParameters(doc),
    bodyProperties: (doc) => bodyProperties(doc),
    successResponseProperties: (doc) => successResponseProperties(doc),
    schemaObjects: (doc) => schemaObjects(doc),
    dynamicExtensions: (doc) => dynamicExtensions(doc),
};
const MEMBERS = Object.keys(READER) as Walk[];

/** The walks two rules of one run get. */
function walksOfOneRun(swagger: JsonObject): DocumentWalks[] {
    const seen: DocumentWalks[] = [];
    const probe = (id: string): Rule => ({ id, defaultSeverity: 'info', description: '.', source: '.', mirrors: 'none', severityReason: '.', check: ({ walks }) => void seen.push(walks) });
    expect(runRules({ swagger, apiProperties: undefined }, [probe('first'), probe('second')])).toEqual([]);
    return seen;
}

function sameAsReader(swagger: JsonObject): void {
    const [first, second] = walksOfOneRun(swagger);
    for (const name of MEMBERS) {
        const walk = first![name]();
        expect(walk, name).toEqual(READER[name](swagger));
        expect(first![name](), name).toBe(walk);
        expect(second![name](), name).toBe(walk);
    }
    for (const op of operations(swagger)) if (op.operationId !== undefined) expect(first!.operation(op.operationId)).toEqual(findOperation(swagger, op.operationId));
    expect(first!.operation('NoSuchOperation')).toBeUndefined();
}

describe('DocumentWalks', () => {
    test('the fixture connector: each walk as the reader gives it, once per run', () => sameAsReader(validSwagger()));

    test('our connector: each walk as the reader gives it, once per run', () => sameAsReader(committedSwagger() as unknown as JsonObject));

    test.each([
        ['paths is an array', { swagger: '2.0', paths: [] }],
        ['a path item is a string', { swagger: '2.0', paths: { '/a': 'x' } }],
        ['parameters and responses of the wrong type', { swagger: '2.0', paths: { '/a': { get: { parameters: 'x', responses: [] }, post: { parameters: [{ $ref: '#/nowhere' }, { in: 'body', name: 'b', schema: { $ref: '#/definitions/Missing' } }], responses: { '200': { $ref: '#/responses/Missing' } } } } } }],
    ] as [string, JsonObject][])('a malformed document (%s): as the reader gives it', (_name, swagger) => sameAsReader(swagger));

    test('each run walks its own document', () => {
        const a = validSwagger();
        const b = validSwagger();
        delete (b['paths'] as JsonObject)['/records/search'];
        const [first] = walksOfOneRun(a);
        const [other] = walksOfOneRun(b);
        expect(other!.operations()).not.toBe(first!.operations());
        expect(other!.operations().length).toBe(first!.operations().length - 1);
    });
});

describeShared('DocumentWalks on ../shared/corpus/connectors', () => {
    const dirs = readdirSync(sharedPath('corpus', 'connectors'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    // As validate reads them: AccuWeather's swagger has a syntax error the JSON layer recovers from.
    test.each(dirs)('%s: each walk as the reader gives it, once per run', (name) => {
        sameAsReader(parseJsonText(readFileSync(sharedPath('corpus', 'connectors', name, 'apiDefinition.swagger.json'), 'utf8'), 'apiDefinition.swagger.json').value);
    });
});
