/** scripts/check-breaking.ts: exit codes (0 compatible, 1 breaking, 2 cannot run), folders and git refs. */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT_DIR } from '../helpers/shared.ts';

const TSX = pathToFileURL(join(ROOT_DIR, 'node_modules/tsx/dist/loader.mjs')).href;
const SCRIPT = join(ROOT_DIR, 'scripts', 'check-breaking.ts');
const V1_DIR = join(ROOT_DIR, 'test/fixtures/breaking/v1');
const run = (cwd: string, ...args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', TSX, SCRIPT, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('check:breaking CLI', () => {
    let repo: string;
    beforeAll(() => {
        repo = mkdtempSync(join(tmpdir(), 'f6-breaking-cli-'));
        const git = (...args: string[]) =>
            execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], { cwd: repo });
        git('init', '-q');
        copyFileSync(join(V1_DIR, 'apiDefinition.swagger.json'), join(repo, 'apiDefinition.swagger.json'));
        git('add', '.');
        git('commit', '-q', '-m', 'v1');
        git('tag', 'v1.0.0');
        // The working tree moves on: CreateWidget is dropped.
        const doc = JSON.parse(readFileSync(join(repo, 'apiDefinition.swagger.json'), 'utf8'));
        delete doc.paths['/widgets'].post;
        writeFileSync(join(repo, 'apiDefinition.swagger.json'), JSON.stringify(doc, null, 4) + '\n');
    });
    afterAll(() => rmSync(repo, { recursive: true, force: true }));

    test('same connector (folder) → exit 0, nothing reported', () => {
        expect(run(ROOT_DIR, 'test/fixtures/breaking/v1', '--connector', 'test/fixtures/breaking/v1')).toEqual({ status: 0, stdout: '0 errors, 0 warnings, 0 infos\n', stderr: '' });
    });

    test('git tag vs a working tree that dropped an operation → exit 1', () => {
        expect(run(repo, 'v1.0.0', '--connector', '.')).toEqual({
            status: 1,
            stdout:
                'apiDefinition.swagger.json#/paths/~1widgets  error  breaking-operation-removed  CreateWidget operation: POST /api/widgets removed (was v1.0.0:apiDefinition.swagger.json#/paths/~1widgets/post); flows that use it stop working.\n' +
                '1 error, 0 warnings, 0 infos\n',
            stderr: '',
        });
    });

    test('--format json lists the same finding', () => {
        const r = run(repo, 'v1.0.0', '--connector', '.', '--format', 'json');
        expect(r.status).toBe(1);
        expect(JSON.parse(r.stdout)).toEqual([
            {
                file: 'apiDefinition.swagger.json',
                pointer: '#/paths/~1widgets',
                ruleId: 'breaking-operation-removed',
                severity: 'error',
                message: 'CreateWidget operation: POST /api/widgets removed (was v1.0.0:apiDefinition.swagger.json#/paths/~1widgets/post); flows that use it stop working.',
            },
        ]);
    });

    test.each([
        ['no argument', [], 'check:breaking: missing the previous connector (folder, swagger file or git ref)'],
        ['an unknown ref', ['v9.9.9', '--connector', '.'], 'check:breaking: v9.9.9: is neither a folder, a file nor a git ref in REPO.'],
        ['an unknown option', ['v1.0.0', '--since'], 'check:breaking: unknown option --since'],
    ])('%s → exit 2', (_name, args, firstLine) => {
        const r = run(repo, ...args);
        expect(r.status).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr.split('\n')[0]).toBe(firstLine.replace('REPO', repo));
    });

    test('an old connector that is not JSON → exit 2 naming the file', () => {
        const r = run(ROOT_DIR, 'test/fixtures/breaking/not-json');
        expect(r.status).toBe(2);
        expect(r.stderr.startsWith('check:breaking: test/fixtures/breaking/not-json/apiDefinition.swagger.json: is not valid JSON (')).toBe(true);
    });
});
