import { afterEach, describe, expect, test } from 'vitest';
import { checkEmbeddedExamples, checkExampleCoverage, checkExamplePayloads, checkExamples } from '../../src/contract/examples.ts';
import { ToolError } from '../../src/core/errors.ts';
import { parseExampleName, readExamples, requireExamples, type ExampleScan } from '../../src/model/examples.ts';
import type { SwaggerDocument } from '../../src/swagger/types.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { committedSwagger, EXAMPLES, EXAMPLES_DIR } from '../helpers/project.ts';
import { thrown } from '../helpers/thrown.ts';
import { makeDoc, makeOperation, makeProject } from './helpers.ts';

/** Where the test projects keep their examples. */
const EX = 'examples';
const DIR = `${EX}/MakeThing`;

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
/** The examples of a throw-away project. */
const scan = (files: Record<string, string>): ExampleScan => readExamples(project(files), EX);
const examplesOf = (files: Record<string, string>) => scan(files).examples;
afterEach(() => {
    for (const c of cleanups) c();
    cleanups = [];
});

const fileProblem = (file: string, message: string): Diagnostic => ({ ruleId: 'example-file', severity: 'error', message, path: [], file });

describe('parseExampleName', () => {
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
        expect(parseExampleName(name)).toEqual(want);
    });
});

describe('checkExamplePayloads', () => {
    test('valid examples give no findings', () => {
        expect(checkExamplePayloads(examplesOf(validFiles), thingDoc())).toEqual([]);
    });

    test('a mismatch names the fixture file and the pointer inside it', () => {
        expect(checkExamplePayloads(examplesOf({ ...validFiles, [`${DIR}/response-200.one.json`]: '{ "id": 2147483648, "name": null }' }), thingDoc())).toEqual([
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
        expect(checkExamplePayloads(examplesOf({ ...validFiles, [`${DIR}/request.by-name.json`]: '{ "name": "Kamppi", "nam": "x" }' }), thingDoc())).toEqual([
            {
                ruleId: 'contract',
                severity: 'error',
                message: 'is not a declared property, and this schema accepts no others',
                path: ['nam'],
                file: `${DIR}/request.by-name.json`,
            },
        ]);
    });

    test('bad files become example-file findings naming them, never a throw; good ones are still checked', () => {
        const bad = scan({
            ...validFiles,
            [`${DIR}/response-200.trailing-comma.json`]: '{\n    "id": 1,\n}\n',
            [`${DIR}/response-200.truncated.json`]: '{ "id": 1, "name": "Kam',
            [`${DIR}/response-200.empty-file.json`]: '',
            [`${DIR}/response-200.comment.json`]: '// note\n{}',
            [`${DIR}/response-200.json`]: '{}',
            [`${DIR}/README.md`]: '# notes',
            [`${DIR}/.response-200.one.json.tmp-1-2-3`]: 'half a fil',
            [`${DIR}/response-404.not-found.json`]: '{}',
            [`${EX}/GhostOperation/request.x.json`]: '{}',
            [`${EX}/stray.json`]: '{}',
        });
        expect(bad.diagnostics).toEqual([
            fileProblem(`${DIR}/README.md`, 'file name must be request.<case>.json or response-<status>.<case>.json (case in kebab-case).'),
            fileProblem(`${DIR}/response-200.comment.json`, 'is not valid JSON: comments are not allowed in JSON at line 1, column 1.'),
            fileProblem(`${DIR}/response-200.empty-file.json`, 'is not valid JSON: value expected at line 1, column 1.'),
            fileProblem(`${DIR}/response-200.json`, 'file name must be request.<case>.json or response-<status>.<case>.json (case in kebab-case).'),
            fileProblem(`${DIR}/response-200.trailing-comma.json`, 'is not valid JSON: property name expected at line 3, column 1.'),
            fileProblem(`${DIR}/response-200.truncated.json`, 'is not valid JSON: unterminated string at line 1, column 20.'),
            fileProblem(`${EX}/stray.json`, 'expected a folder named after an operationId, found a file.'),
        ]);
        expect(checkExamplePayloads(bad.examples, thingDoc())).toEqual([
            {
                ruleId: 'contract',
                severity: 'error',
                message: 'unknown operation "GhostOperation": the document declares MakeThing.',
                path: [],
                file: `${EX}/GhostOperation/request.x.json`,
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

    test('a missing example folder is one finding', () => {
        expect(scan({ 'README.md': 'x' })).toEqual({ examples: [], diagnostics: [fileProblem(EX, 'example folder is missing or unreadable.')] });
    });
});

describe('readExamples / requireExamples', () => {
    test('every example, parsed, in folder and name order', () => {
        expect(requireExamples(scan(validFiles))).toEqual([
            { operationId: 'MakeThing', kind: 'request', case: 'by-name', name: 'request.by-name.json', file: `${DIR}/request.by-name.json`, body: { name: 'Kamppi' } },
            { operationId: 'MakeThing', kind: 'response', status: '200', case: 'one', name: 'response-200.one.json', file: `${DIR}/response-200.one.json`, body: { id: 1, name: 'Kamppi' } },
            { operationId: 'MakeThing', kind: 'response', status: '400', case: 'problem', name: 'response-400.problem.json', file: `${DIR}/response-400.problem.json`, body: { title: 'Bad' } },
        ]);
    });

    test('requireExamples: a ToolError naming the first broken file', () => {
        const e = thrown(() => requireExamples(scan({ ...validFiles, [`${DIR}/response-200.bad.json`]: '{ "id": }' })));
        expect([e.constructor, (e as ToolError).file, e.message]).toEqual([ToolError, `${DIR}/response-200.bad.json`, `${DIR}/response-200.bad.json: is not valid JSON: value expected at line 1, column 9.`]);
    });
});

describe('checkExampleCoverage', () => {
    const coverage = (path: Diagnostic['path'], message: string): Diagnostic => ({ ruleId: 'example-coverage', severity: 'error', message, path });

    test('the project itself is covered', () => {
        expect(checkExampleCoverage(EXAMPLES, EXAMPLES_DIR, committedSwagger())).toEqual([]);
    });

    test('request and every status with a body schema covered; 401 has no body to show', () => {
        expect(checkExampleCoverage(examplesOf(validFiles), EX, thingDoc())).toEqual([]);
    });

    test('a declared error status without an example', () => {
        const { [`${DIR}/response-400.problem.json`]: _dropped, ...rest } = validFiles;
        expect(checkExampleCoverage(examplesOf(rest), EX, thingDoc())).toEqual([
            coverage(
                ['paths', '/things', 'post', 'responses', '400'],
                'MakeThing declares a 400 body but has no example for it (examples/MakeThing/response-400.<case>.json).',
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
        expect(checkExampleCoverage(examplesOf(validFiles), EX, doc)).toEqual([
            coverage(
                ['paths', '/things/{id}', 'put', 'parameters', 0],
                'UpdateThing has a body parameter but no request example (examples/UpdateThing/request.<case>.json).',
            ),
            coverage(
                ['paths', '/things/{id}', 'put', 'responses', '200'],
                'UpdateThing declares a 200 body but has no example for it (examples/UpdateThing/response-200.<case>.json).',
            ),
            coverage(
                ['paths', '/things/{id}', 'get', 'responses', '200'],
                'GetThing declares a 200 body but has no example for it (examples/GetThing/response-200.<case>.json).',
            ),
        ]);
    });

    test('a broken file does not count as an example', () => {
        expect(checkExampleCoverage(examplesOf({ ...validFiles, [`${DIR}/request.by-name.json`]: '{ "name": ' }), EX, thingDoc())).toEqual([
            coverage(
                ['paths', '/things', 'post', 'parameters', 0],
                'MakeThing has a body parameter but no request example (examples/MakeThing/request.<case>.json).',
            ),
        ]);
    });
});

describe('checkEmbeddedExamples', () => {
    test('the committed swagger embeds only fixture files', () => {
        expect(checkEmbeddedExamples(EXAMPLES, EXAMPLES_DIR, committedSwagger())).toEqual([]);
    });

    test('an embedded example equal to a fixture passes; statuses with a body but no example are a warning', () => {
        expect(checkEmbeddedExamples(examplesOf(validFiles), EX, thingDoc(true))).toEqual([
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
        expect(checkEmbeddedExamples(examplesOf(validFiles), EX, doc)[0]).toEqual({
            ruleId: 'example-embedded',
            severity: 'error',
            message: 'MakeThing 200: the embedded example equals none of examples/MakeThing/response-200.*.json; run npm run build.',
            path: ['paths', '/things', 'post', 'responses', '200', 'examples', 'application/json'],
        });
    });
});

describe('checkExamples', () => {
    test('runs the reader\'s findings, payload, coverage and embedded checks in that order', () => {
        const { [`${DIR}/response-400.problem.json`]: _dropped, ...rest } = validFiles;
        const s = scan({ ...rest, [`${DIR}/response-200.one.json`]: '{ "id": "1" }', [`${DIR}/notes.txt`]: 'x' });
        expect(checkExamples(s, EX, thingDoc(true)).map((d) => [d.ruleId, d.severity, d.file ?? '', d.path.join('/')])).toEqual([
            ['example-file', 'error', `${DIR}/notes.txt`, ''],
            ['contract', 'error', `${DIR}/response-200.one.json`, 'id'],
            ['example-coverage', 'error', '', 'paths//things/post/responses/400'],
            ['example-embedded', 'error', '', 'paths//things/post/responses/200/examples/application/json'],
            ['example-embedded', 'warn', '', 'paths//things/post/responses/400'],
        ]);
    });
});
