import { afterEach, describe, expect, test } from 'vitest';
import {
    checkEmbeddedExamples,
    checkExampleCoverage,
    checkExamples,
    checkPayloadFixtures,
    loadPayloadFixtures,
    PayloadFixtureError,
} from '../../src/contract/index.ts';
import { parseFixtureName } from '../../src/contract/fixture-files.ts';
import type { SwaggerDocument } from '../../src/swagger/types.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { ROOT_DIR } from '../helpers/shared.ts';
import { makeDoc, makeOperation, makeProject, readEmittedDocument } from './helpers.ts';

const DIR = 'test/fixtures/payloads/MakeThing';

const thingDoc = (withExamples = false): SwaggerDocument =>
    makeDoc(
        {
            '/things': {
                post: makeOperation('MakeThing', { $ref: '#/definitions/Query' }, {
                    '200': {
                        description: 'Thing.',
                        schema: { $ref: '#/definitions/Thing' },
                        ...(withExamples ? { examples: { 'application/json': { id: 1, name: 'Kamppi' } } } : {}),
                    },
                    '400': { description: 'Problem.', schema: { $ref: '#/definitions/Problem' } },
                    '401': { description: 'Unauthorised.' },
                }),
            },
        },
        {
            Query: { type: 'object', properties: { name: { type: 'string' } } },
            Thing: { type: 'object', properties: { id: { type: 'integer', format: 'int32' }, name: { type: 'string' } } },
            Problem: { type: 'object', properties: { title: { type: 'string' } } },
        },
    );

const validFiles: Record<string, string> = {
    [`${DIR}/request.by-name.json`]: '{ "name": "Kamppi" }\n',
    [`${DIR}/response-200.one.json`]: '{ "id": 1, "name": "Kamppi" }\n',
    [`${DIR}/response-400.problem.json`]: '{ "title": "Bad" }\n',
};

let cleanups: (() => void)[] = [];
const project = (files: Record<string, string>): string => {
    const p = makeProject(files);
    cleanups.push(p.remove);
    return p.dir;
};
afterEach(() => {
    for (const c of cleanups) c();
    cleanups = [];
});

const fixtureProblem = (file: string, message: string): Diagnostic => ({ ruleId: 'payload-fixture', severity: 'error', message, path: [], file });

describe('parseFixtureName', () => {
    test.each([
        ['request.empty.json', { kind: 'request', case: 'empty' }],
        ['request.every-filter.json', { kind: 'request', case: 'every-filter' }],
        ['response-200.realistic.json', { kind: 'response', status: '200', case: 'realistic' }],
        ['response-400.problem-details.json', { kind: 'response', status: '400', case: 'problem-details' }],
        ['response-default.any.json', { kind: 'response', status: 'default', case: 'any' }],
        ['response-200.json', undefined],
        ['response-600.x.json', undefined],
        ['response-20.x.json', undefined],
        ['Request.empty.json', undefined],
        ['request.Empty.json', undefined],
        ['request.two--dashes.json', undefined],
        ['request.empty.jsonc', undefined],
        ['notes.md', undefined],
    ])('%s', (name, want) => {
        expect(parseFixtureName(name)).toEqual(want);
    });
});

describe('checkPayloadFixtures', () => {
    test('valid fixtures give no findings', () => {
        expect(checkPayloadFixtures(project(validFiles), thingDoc())).toEqual([]);
    });

    test('a mismatch names the fixture file and the pointer inside it', () => {
        const dir = project({ ...validFiles, [`${DIR}/response-200.one.json`]: '{ "id": 2147483648, "name": null }' });
        expect(checkPayloadFixtures(dir, thingDoc())).toEqual([
            {
                ruleId: 'contract',
                severity: 'error',
                message: 'must be integer (int32): a whole number between -2147483648 and 2147483647',
                path: ['id'],
                file: `${DIR}/response-200.one.json`,
            },
            {
                ruleId: 'contract',
                severity: 'error',
                message: 'must be string, not null (the schema does not set x-nullable: true)',
                path: ['name'],
                file: `${DIR}/response-200.one.json`,
            },
        ]);
    });

    test('a request fixture with an unknown property is rejected', () => {
        const dir = project({ ...validFiles, [`${DIR}/request.by-name.json`]: '{ "name": "Kamppi", "nam": "x" }' });
        expect(checkPayloadFixtures(dir, thingDoc())).toEqual([
            {
                ruleId: 'contract',
                severity: 'error',
                message: 'is not a declared property, and this schema accepts no others',
                path: ['nam'],
                file: `${DIR}/request.by-name.json`,
            },
        ]);
    });

    test('bad files become diagnostics naming them, never a throw', () => {
        const dir = project({
            ...validFiles,
            [`${DIR}/response-200.trailing-comma.json`]: '{\n    "id": 1,\n}\n',
            [`${DIR}/response-200.truncated.json`]: '{ "id": 1, "name": "Kam',
            [`${DIR}/response-200.empty-file.json`]: '',
            [`${DIR}/response-200.comment.json`]: '// note\n{}',
            [`${DIR}/response-200.json`]: '{}',
            [`${DIR}/README.md`]: '# notes',
            [`${DIR}/.response-200.one.json.tmp-1-2-3`]: 'half a fil',
            [`${DIR}/response-404.not-found.json`]: '{}',
            'test/fixtures/payloads/GhostOperation/request.x.json': '{}',
            'test/fixtures/payloads/stray.json': '{}',
        });
        expect(checkPayloadFixtures(dir, thingDoc())).toEqual([
            fixtureProblem(`${DIR}/README.md`, 'file name must be request.<case>.json or response-<status>.<case>.json (case in kebab-case).'),
            fixtureProblem(`${DIR}/response-200.comment.json`, 'not valid JSON: InvalidCommentToken at line 1, column 1.'),
            fixtureProblem(`${DIR}/response-200.empty-file.json`, 'not valid JSON: ValueExpected at line 1, column 1.'),
            fixtureProblem(`${DIR}/response-200.json`, 'file name must be request.<case>.json or response-<status>.<case>.json (case in kebab-case).'),
            fixtureProblem(`${DIR}/response-200.trailing-comma.json`, 'not valid JSON: PropertyNameExpected at line 3, column 1.'),
            fixtureProblem(`${DIR}/response-200.truncated.json`, 'not valid JSON: UnexpectedEndOfString at line 1, column 20.'),
            fixtureProblem('test/fixtures/payloads/stray.json', 'expected a folder named after an operationId, found a file.'),
            {
                ruleId: 'contract',
                severity: 'error',
                message: 'unknown operation "GhostOperation": the document declares MakeThing.',
                path: [],
                file: 'test/fixtures/payloads/GhostOperation/request.x.json',
            },
            {
                ruleId: 'contract',
                severity: 'error',
                message: 'status 404 is not declared by operation MakeThing (declared: 200, 400, 401).',
                path: [],
                file: `${DIR}/response-404.not-found.json`,
            },
        ]);
    });

    test('a missing payload folder is one diagnostic', () => {
        expect(checkPayloadFixtures(project({ 'README.md': 'x' }), thingDoc())).toEqual([
            fixtureProblem('test/fixtures/payloads', 'payload fixture folder is missing or unreadable.'),
        ]);
    });
});

describe('loadPayloadFixtures', () => {
    test('returns every fixture, parsed, in folder and name order', () => {
        expect(loadPayloadFixtures(project(validFiles))).toEqual([
            { operationId: 'MakeThing', kind: 'request', case: 'by-name', file: `${DIR}/request.by-name.json`, body: { name: 'Kamppi' } },
            { operationId: 'MakeThing', kind: 'response', status: '200', case: 'one', file: `${DIR}/response-200.one.json`, body: { id: 1, name: 'Kamppi' } },
            { operationId: 'MakeThing', kind: 'response', status: '400', case: 'problem', file: `${DIR}/response-400.problem.json`, body: { title: 'Bad' } },
        ]);
    });

    test('throws PayloadFixtureError naming a broken file', () => {
        const dir = project({ ...validFiles, [`${DIR}/response-200.bad.json`]: '{ "id": }' });
        let caught: unknown;
        try {
            loadPayloadFixtures(dir);
        } catch (e) {
            caught = e;
        }
        expect(caught).toBeInstanceOf(PayloadFixtureError);
        expect((caught as PayloadFixtureError).file).toBe(`${DIR}/response-200.bad.json`);
        expect((caught as PayloadFixtureError).message).toBe(`${DIR}/response-200.bad.json: not valid JSON: ValueExpected at line 1, column 9.`);
    });
});

describe('checkExampleCoverage', () => {
    const coverage = (path: Diagnostic['path'], message: string): Diagnostic => ({ ruleId: 'example-coverage', severity: 'error', message, path });

    test('the project itself is covered', () => {
        expect(checkExampleCoverage(ROOT_DIR, readEmittedDocument())).toEqual([]);
    });

    test('request and every status with a body schema covered; 401 has no body to show', () => {
        expect(checkExampleCoverage(project(validFiles), thingDoc())).toEqual([]);
    });

    test('a declared error status without an example', () => {
        const { [`${DIR}/response-400.problem.json`]: _dropped, ...rest } = validFiles;
        expect(checkExampleCoverage(project(rest), thingDoc())).toEqual([
            coverage(
                ['paths', '/things', 'post', 'responses', '400'],
                'MakeThing declares a 400 body but has no example for it (test/fixtures/payloads/MakeThing/response-400.<case>.json).',
            ),
        ]);
    });

    test('an extra operation with no examples at all', () => {
        const doc = thingDoc();
        doc.paths['/things/{id}'] = {
            put: makeOperation('UpdateThing', { $ref: '#/definitions/Query' }, { '200': { description: 'Thing.', schema: { $ref: '#/definitions/Thing' } } }),
            get: makeOperation('GetThing', undefined, { '200': { description: 'Thing.', schema: { $ref: '#/definitions/Thing' } } }),
        };
        // Operations in document order: the path item lists put before get.
        expect(checkExampleCoverage(project(validFiles), doc)).toEqual([
            coverage(
                ['paths', '/things/{id}', 'put', 'parameters', 0],
                'UpdateThing has a body parameter but no request example (test/fixtures/payloads/UpdateThing/request.<case>.json).',
            ),
            coverage(
                ['paths', '/things/{id}', 'put', 'responses', '200'],
                'UpdateThing declares a 200 body but has no example for it (test/fixtures/payloads/UpdateThing/response-200.<case>.json).',
            ),
            coverage(
                ['paths', '/things/{id}', 'get', 'responses', '200'],
                'GetThing declares a 200 body but has no example for it (test/fixtures/payloads/GetThing/response-200.<case>.json).',
            ),
        ]);
    });

    test('a broken file does not count as an example', () => {
        const dir = project({ ...validFiles, [`${DIR}/request.by-name.json`]: '{ "name": ' });
        expect(checkExampleCoverage(dir, thingDoc())).toEqual([
            coverage(
                ['paths', '/things', 'post', 'parameters', 0],
                'MakeThing has a body parameter but no request example (test/fixtures/payloads/MakeThing/request.<case>.json).',
            ),
        ]);
    });
});

describe('checkEmbeddedExamples', () => {
    test('the committed swagger embeds only fixture files', () => {
        expect(checkEmbeddedExamples(ROOT_DIR, readEmittedDocument())).toEqual([]);
    });

    test('an embedded example equal to a fixture passes; statuses with a body but no example are a warning', () => {
        expect(checkEmbeddedExamples(project(validFiles), thingDoc(true))).toEqual([
            {
                ruleId: 'example-embedded',
                severity: 'warn',
                message: 'MakeThing 400 declares a body but embeds no example, so the designer shows none (set exampleFile in the model).',
                path: ['paths', '/things', 'post', 'responses', '400'],
            },
        ]);
    });

    test('an embedded example that is not a fixture file (a stale or hand-edited copy)', () => {
        const doc = thingDoc(true);
        doc.paths['/things']!.post!.responses['200']!.examples = { 'application/json': { id: 1, name: 'Kampi' } };
        expect(checkEmbeddedExamples(project(validFiles), doc)[0]).toEqual({
            ruleId: 'example-embedded',
            severity: 'error',
            message: 'MakeThing 200: the embedded example equals none of test/fixtures/payloads/MakeThing/response-200.*.json; run npm run build.',
            path: ['paths', '/things', 'post', 'responses', '200', 'examples', 'application/json'],
        });
    });
});

describe('checkExamples', () => {
    test('runs fixture, coverage and embedded checks in that order', () => {
        const { [`${DIR}/response-400.problem.json`]: _dropped, ...rest } = validFiles;
        const dir = project({ ...rest, [`${DIR}/response-200.one.json`]: '{ "id": "1" }' });
        expect(checkExamples(dir, thingDoc(true)).map((d) => [d.ruleId, d.severity, d.file ?? '', d.path.join('/')])).toEqual([
            ['contract', 'error', `${DIR}/response-200.one.json`, 'id'],
            ['example-coverage', 'error', '', 'paths//things/post/responses/400'],
            ['example-embedded', 'error', '', 'paths//things/post/responses/200/examples/application/json'],
            ['example-embedded', 'warn', '', 'paths//things/post/responses/400'],
        ]);
    });
});
