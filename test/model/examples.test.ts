/**
 * src/model/examples.ts: the model's named example files (checkNamedExamples), and the corners of
 * readExamples that test/contract/examples.test.ts does not reach (hidden entries, empty folders,
 * unreadable files, entries that cannot be stat'ed or listed, default statuses, a folder that is a file).
 */
import { chmodSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { ToolError } from '../../src/core/errors.ts';
import { checkNamedExamples, EXAMPLE_FILE_RULE, readExamples, requireExamples, type Example, type ExampleScan } from '../../src/model/examples.ts';
import { makeProject } from '../contract/helpers.ts';
import { EXAMPLES, EXAMPLES_DIR, MODEL } from '../helpers/project.ts';
import { thrown } from '../helpers/thrown.ts';

const EX = 'examples';

const example = (operationId: string, name: string): Example => ({
    operationId,
    kind: 'response',
    status: name.split('.')[0]!.slice('response-'.length),
    case: name.split('.')[1]!,
    name,
    file: `${EX}/${operationId}/${name}`,
    body: {},
});
const missing = (operationId: string, name: string): Diagnostic => ({
    ruleId: 'example-file',
    severity: 'error',
    message: `the model embeds ${name} for ${operationId}, but there is no such example file.`,
    path: [],
    file: `${EX}/${operationId}/${name}`,
});

describe('checkNamedExamples', () => {
    const model = (...operations: { operationId: string; responses: { exampleFile?: string }[] }[]) => ({ operations });
    const examples = [example('MakeThing', 'response-200.one.json'), example('MakeThing', 'response-400.problem.json'), example('GetThing', 'response-200.found.json')];

    test('the project\'s model names only existing example files', () => {
        expect(checkNamedExamples(MODEL, EXAMPLES, EXAMPLES_DIR)).toEqual([]);
    });

    test.each<[string, ReturnType<typeof model>, Diagnostic[]]>([
        ['every named file exists', model({ operationId: 'MakeThing', responses: [{ exampleFile: 'response-200.one.json' }, { exampleFile: 'response-400.problem.json' }] }), []],
        ['responses without exampleFile are not checked', model({ operationId: 'MakeThing', responses: [{}, {}] }, { operationId: 'NoExamples', responses: [{}] }), []],
        ['no operations', model(), []],
        ['a named file that does not exist', model({ operationId: 'MakeThing', responses: [{ exampleFile: 'response-200.one.json' }, { exampleFile: 'response-500.gone.json' }] }),
            [missing('MakeThing', 'response-500.gone.json')]],
        ['a file of another operation does not count', model({ operationId: 'MakeThing', responses: [{ exampleFile: 'response-200.found.json' }] }),
            [missing('MakeThing', 'response-200.found.json')]],
        ['an operation with no examples at all', model({ operationId: 'Ghost', responses: [{ exampleFile: 'response-200.one.json' }] }), [missing('Ghost', 'response-200.one.json')]],
        ['names are matched exactly (no case folding, no path)', model({ operationId: 'MakeThing', responses: [{ exampleFile: 'Response-200.one.json' }, { exampleFile: 'MakeThing/response-200.one.json' }] }),
            [missing('MakeThing', 'Response-200.one.json'), missing('MakeThing', 'MakeThing/response-200.one.json')]],
        ['every missing file, in model order', model(
            { operationId: 'GetThing', responses: [{ exampleFile: 'response-404.none.json' }] },
            { operationId: 'MakeThing', responses: [{ exampleFile: 'response-201.made.json' }, { exampleFile: 'response-400.problem.json' }, { exampleFile: 'response-409.clash.json' }] },
        ), [missing('GetThing', 'response-404.none.json'), missing('MakeThing', 'response-201.made.json'), missing('MakeThing', 'response-409.clash.json')]],
    ])('%s', (_name, m, want) => {
        expect(checkNamedExamples(m, examples, EX)).toEqual(want);
    });

    test('no examples at all', () => {
        expect(checkNamedExamples(model({ operationId: 'MakeThing', responses: [{ exampleFile: 'response-200.one.json' }] }), [], 'src/x/examples')).toEqual([
            { ...missing('MakeThing', 'response-200.one.json'), file: 'src/x/examples/MakeThing/response-200.one.json' },
        ]);
    });
});

describe('readExamples: corners', () => {
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
    const problem = (file: string, message: string): Diagnostic => ({ ruleId: EXAMPLE_FILE_RULE.id, severity: 'error', message, path: [], file });

    test('hidden entries are skipped at both levels; an empty operation folder gives nothing', () => {
        const dir = project({
            [`${EX}/.DS_Store`]: 'x',
            [`${EX}/.hidden/request.a.json`]: '{}',
            [`${EX}/Op/.response-200.a.json.swp`]: 'x',
            [`${EX}/Op/request.a.json`]: '[1, "two", null]',
        });
        mkdirSync(join(dir, EX, 'Empty'));
        expect(readExamples(dir, EX)).toEqual<ExampleScan>({
            examples: [{ operationId: 'Op', kind: 'request', case: 'a', name: 'request.a.json', file: `${EX}/Op/request.a.json`, body: [1, 'two', null] }],
            diagnostics: [],
        });
    });

    test('an empty examples folder: no examples, no findings', () => {
        const dir = project({ 'README.md': 'x' });
        mkdirSync(join(dir, EX));
        expect(readExamples(dir, EX)).toEqual({ examples: [], diagnostics: [] });
    });

    test('a default response and a nested examples folder', () => {
        const dir = project({ 'src/x/examples/Op/response-default.any.json': '"text"' });
        expect(readExamples(dir, 'src/x/examples')).toEqual<ExampleScan>({
            examples: [{ operationId: 'Op', kind: 'response', status: 'default', case: 'any', name: 'response-default.any.json', file: 'src/x/examples/Op/response-default.any.json', body: 'text' }],
            diagnostics: [],
        });
    });

    test('the examples "folder" is a file', () => {
        expect(readExamples(project({ [EX]: '{}' }), EX)).toEqual({ examples: [], diagnostics: [problem(EX, 'example folder is missing or unreadable.')] });
    });

    test('an example name that is a folder, and a link to nothing, are unreadable files', () => {
        const dir = project({ [`${EX}/Op/request.b.json`]: '{}' });
        mkdirSync(join(dir, EX, 'Op', 'request.a.json'));
        symlinkSync(join(dir, 'nowhere.json'), join(dir, EX, 'Op', 'response-200.c.json'));
        expect(readExamples(dir, EX)).toEqual<ExampleScan>({
            examples: [{ operationId: 'Op', kind: 'request', case: 'b', name: 'request.b.json', file: `${EX}/Op/request.b.json`, body: {} }],
            diagnostics: [problem(`${EX}/Op/request.a.json`, 'file is unreadable.'), problem(`${EX}/Op/response-200.c.json`, 'file is unreadable.')],
        });
    });

    test('a link to nothing in place of an operation folder counts as a file', () => {
        const dir = project({ 'README.md': 'x' });
        mkdirSync(join(dir, EX));
        symlinkSync(join(dir, 'nowhere'), join(dir, EX, 'Op'));
        expect(readExamples(dir, EX)).toEqual({ examples: [], diagnostics: [problem(`${EX}/Op`, 'expected a folder named after an operationId, found a file.')] });
    });

    // Regression: an entry that could not be stat'ed (ELOOP, EACCES) escaped statSync's
    // throwIfNoEntry and readExamples threw a raw Node error.
    test('an entry that cannot be stat\'ed (a link to itself) becomes a finding, not a throw', () => {
        const dir = project({ [`${EX}/Op/request.a.json`]: '{}' });
        symlinkSync('Loop', join(dir, EX, 'Loop'));
        expect(readExamples(dir, EX)).toEqual<ExampleScan>({
            examples: [{ operationId: 'Op', kind: 'request', case: 'a', name: 'request.a.json', file: `${EX}/Op/request.a.json`, body: {} }],
            diagnostics: [problem(`${EX}/Loop`, 'entry is unreadable (ELOOP).')],
        });
    });

    // Root reads any folder whatever its mode, so this runs only as an ordinary user.
    test.skipIf(process.getuid?.() === 0)('an operation folder that cannot be listed (no permission) becomes a finding, not a throw', () => {
        const dir = project({ [`${EX}/Locked/request.a.json`]: '{}', [`${EX}/Op/request.a.json`]: '{}' });
        chmodSync(join(dir, EX, 'Locked'), 0o000);
        cleanups.unshift(() => chmodSync(join(dir, EX, 'Locked'), 0o755));
        expect(readExamples(dir, EX)).toEqual<ExampleScan>({
            examples: [{ operationId: 'Op', kind: 'request', case: 'a', name: 'request.a.json', file: `${EX}/Op/request.a.json`, body: {} }],
            diagnostics: [problem(`${EX}/Locked`, 'folder is unreadable (EACCES).')],
        });
    });

    // Root reads any folder whatever its mode, so this runs only as an ordinary user.
    test.skipIf(process.getuid?.() === 0)('an entry in a folder that cannot be searched (no permission) becomes a finding, not a throw', () => {
        const dir = project({ [`${EX}/Op/request.a.json`]: '{}' });
        chmodSync(join(dir, EX), 0o444);
        cleanups.unshift(() => chmodSync(join(dir, EX), 0o755));
        expect(readExamples(dir, EX)).toEqual<ExampleScan>({ examples: [], diagnostics: [problem(`${EX}/Op`, 'entry is unreadable (EACCES).')] });
    });

    test('requireExamples: the examples when nothing is wrong, else a ToolError naming the first bad file', () => {
        const ok = project({ [`${EX}/Op/request.a.json`]: '{}' });
        expect(requireExamples(readExamples(ok, EX)).map((e) => e.file)).toEqual([`${EX}/Op/request.a.json`]);
        const e = thrown(() => requireExamples(readExamples(project({ 'README.md': 'x' }), EX)));
        expect([e instanceof ToolError, (e as ToolError).file, (e as ToolError).path, e.message]).toEqual([true, EX, undefined, 'examples: example folder is missing or unreadable.']);
    });
});
