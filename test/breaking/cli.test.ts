/**
 * check:breaking CLI: runCheckBreaking (src/breaking/cli.ts) in-process for arguments, formats and exit
 * codes (0 compatible, 1 breaking, 2 cannot run); one child-process run of scripts/check-breaking.ts
 * per exit code class proves the script wires argv, output and the exit code.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { run as runBreaking } from '../../src/breaking/cli.ts';
import { runCli } from '../helpers/io.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

const TSX = pathToFileURL(join(ROOT_DIR, 'node_modules/tsx/dist/loader.mjs')).href;
const SCRIPT = join(ROOT_DIR, 'scripts', 'check-breaking.ts');
const V1_DIR = join(ROOT_DIR, 'test/fixtures/breaking/v1');
const USAGE = 'usage: npm run check:breaking -- <old connector folder | swagger file | git ref> [--connector DIR|FILE] [--format stylish|json]';

const spawnRun = (cwd: string, ...args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', TSX, SCRIPT, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const run = (cwd: string, ...args: string[]) => runCli((io) => runBreaking(args, io, { rootDir: ROOT_DIR }), cwd);

const REMOVED_OP =
    'apiDefinition.swagger.json#/paths/~1widgets  error  breaking-operation-removed  CreateWidget operation: POST /api/widgets removed (was v1.0.0:apiDefinition.swagger.json#/paths/~1widgets/post); flows that use it stop working.\n';
const RENAMED_KEY =
    'apiProperties.json#/properties/connectionParameters  error  breaking-connection-parameter-removed  Connection parameter "api_key": removed (renamed to "apiKey"?) (was v1.0.0:apiProperties.json#/properties/connectionParameters/api_key); every existing connection is invalid and must be re-created.\n' +
    'apiProperties.json#/properties/connectionParameters/apiKey  error  breaking-connection-parameter-required  Connection parameter "apiKey": added as required; existing connections have no value for it and fail until edited.\n';

describe('check:breaking CLI', () => {
    let repo: string;
    beforeAll(() => {
        repo = mkdtempSync(join(tmpdir(), 'f6-breaking-cli-'));
        const git = (...args: string[]) =>
            execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], { cwd: repo });
        git('init', '-q');
        copyFileSync(join(V1_DIR, 'apiDefinition.swagger.json'), join(repo, 'apiDefinition.swagger.json'));
        git('add', '.');
        git('commit', '-q', '-m', 'v0.9 (no apiProperties.json yet)');
        git('tag', 'v0.9.0');
        copyFileSync(join(V1_DIR, 'apiProperties.json'), join(repo, 'apiProperties.json'));
        git('add', '.');
        git('commit', '-q', '-m', 'v1');
        git('tag', 'v1.0.0');
        // The working tree moves on: CreateWidget is dropped and the api_key connection parameter renamed.
        const doc = JSON.parse(readFileSync(join(repo, 'apiDefinition.swagger.json'), 'utf8'));
        delete doc.paths['/widgets'].post;
        writeFileSync(join(repo, 'apiDefinition.swagger.json'), JSON.stringify(doc, null, 4) + '\n');
        const props = JSON.parse(readFileSync(join(repo, 'apiProperties.json'), 'utf8'));
        props.properties.connectionParameters.apiKey = props.properties.connectionParameters.api_key;
        delete props.properties.connectionParameters.api_key;
        writeFileSync(join(repo, 'apiProperties.json'), JSON.stringify(props, null, 4) + '\n');
    });
    afterAll(() => rmSync(repo, { recursive: true, force: true }));

    test('same connector (folder, with apiProperties.json) → exit 0, nothing reported', async () => {
        expect(await run(ROOT_DIR, 'test/fixtures/breaking/v1', '--connector', 'test/fixtures/breaking/v1')).toEqual({ status: 0, stdout: '0 errors, 0 warnings, 0 infos\n', stderr: '' });
    });

    test('git tag vs a working tree that dropped an operation and renamed a connection parameter → exit 1', async () => {
        expect(await run(repo, 'v1.0.0', '--connector', '.')).toEqual({ status: 1, stdout: REMOVED_OP + RENAMED_KEY + '3 errors, 0 warnings, 0 infos\n', stderr: '' });
    });

    test('the current connector defaults to this project (cwd = project folder)', async () => {
        expect(await run(ROOT_DIR, '.')).toEqual({ status: 0, stdout: '0 errors, 0 warnings, 0 infos\n', stderr: '' });
    });

    test('an old release without apiProperties.json → the connection part is skipped with one info', async () => {
        expect(await run(repo, 'v0.9.0', '--connector', '.')).toEqual({
            status: 1,
            stdout:
                REMOVED_OP.replace('v1.0.0:', 'v0.9.0:') +
                'apiProperties.json#  info  connection-properties-skipped  Connection: v0.9.0:apiProperties.json not found, so connection parameters and policy templates were not compared; compare them by hand.\n' +
                '1 error, 0 warnings, 1 info\n',
            stderr: '',
        });
    });

    test('--format json lists the same findings', async () => {
        const r = await run(repo, 'v1.0.0', '--connector', '.', '--format', 'json');
        expect(r.status).toBe(1);
        expect(JSON.parse(r.stdout)).toEqual([
            {
                file: 'apiDefinition.swagger.json',
                pointer: '#/paths/~1widgets',
                ruleId: 'breaking-operation-removed',
                severity: 'error',
                message: 'CreateWidget operation: POST /api/widgets removed (was v1.0.0:apiDefinition.swagger.json#/paths/~1widgets/post); flows that use it stop working.',
            },
            {
                file: 'apiProperties.json',
                pointer: '#/properties/connectionParameters',
                ruleId: 'breaking-connection-parameter-removed',
                severity: 'error',
                message:
                    'Connection parameter "api_key": removed (renamed to "apiKey"?) (was v1.0.0:apiProperties.json#/properties/connectionParameters/api_key); every existing connection is invalid and must be re-created.',
            },
            {
                file: 'apiProperties.json',
                pointer: '#/properties/connectionParameters/apiKey',
                ruleId: 'breaking-connection-parameter-required',
                severity: 'error',
                message: 'Connection parameter "apiKey": added as required; existing connections have no value for it and fail until edited.',
            },
        ]);
    });

    test.each([
        ['no argument', [], 'missing the previous connector (folder, swagger file or git ref)'],
        ['an unknown option', ['v1.0.0', '--since'], 'unknown option --since'],
        ['a second positional', ['v1.0.0', 'v2.0.0'], 'unexpected argument v2.0.0'],
        ['--connector without a value', ['v1.0.0', '--connector'], '--connector needs a value'],
        ['a bad --format', ['v1.0.0', '--format', 'xml'], '--format must be one of stylish, json'],
    ])('%s → exit 2 with the usage', async (_name, args, message) => {
        expect(await run(repo, ...args)).toEqual({ status: 2, stdout: '', stderr: `check:breaking: ${message}\n${USAGE}\n` });
    });

    test('an unknown ref → exit 2 naming it', async () => {
        expect(await run(repo, 'v9.9.9', '--connector', '.')).toEqual({ status: 2, stdout: '', stderr: `check:breaking: cannot run: v9.9.9: is neither a folder, a file nor a git ref in ${repo}.\n` });
    });

    test('a current apiProperties.json that is not JSON → exit 2 naming the file', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'f6-breaking-badprops-'));
        try {
            copyFileSync(join(V1_DIR, 'apiDefinition.swagger.json'), join(dir, 'apiDefinition.swagger.json'));
            writeFileSync(join(dir, 'apiProperties.json'), '{ nope');
            const r = await run(dir, V1_DIR, '--connector', '.');
            expect([r.status, r.stdout]).toEqual([2, '']);
            expect(r.stderr).toBe('check:breaking: cannot run: apiProperties.json: is not valid JSON: invalid symbol at line 1, column 3.\n');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    test('--help → exit 0 with the usage and what is compared', async () => {
        const r = await run(repo, '--help');
        expect([r.status, r.stderr]).toEqual([0, '']);
        expect(r.stdout.split('\n').slice(0, 5)).toEqual([
            USAGE,
            '',
            'Compares the current connector with a previous release and classifies every change the way Power',
            'Platform treats it: breaking (error) or compatible (info). Both apiDefinition.swagger.json and',
            'apiProperties.json (connection parameters, policy templates) are compared.',
        ]);
    });

    describe('scripts/check-breaking.ts (child process)', () => {
        test('breaking changes → exit 1 with the findings on stdout', async () => {
            expect(spawnRun(repo, 'v1.0.0', '--connector', '.')).toEqual({ status: 1, stdout: REMOVED_OP + RENAMED_KEY + '3 errors, 0 warnings, 0 infos\n', stderr: '' });
        });

        test('an old connector that is not JSON → exit 2 naming the file', async () => {
            const r = spawnRun(ROOT_DIR, 'test/fixtures/breaking/not-json');
            expect([r.status, r.stdout]).toEqual([2, '']);
            expect(r.stderr).toBe('check:breaking: cannot run: test/fixtures/breaking/not-json/apiDefinition.swagger.json: is not valid JSON: property name expected at line 2, column 1.\n');
        });
    });
});
