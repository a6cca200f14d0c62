/** loadOldConnector: a folder, a swagger file or a git ref (read with git show in a throwaway repository). */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadOldConnector } from '../../src/breaking/index.ts';
import { InputError } from '../../src/drift/index.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

const V1_DIR = join(ROOT_DIR, 'test/fixtures/breaking/v1');
const V1_FILE = join(V1_DIR, 'apiDefinition.swagger.json');
const v1 = JSON.parse(readFileSync(V1_FILE, 'utf8'));

const thrown = (fn: () => unknown): Error => {
    try {
        fn();
    } catch (e) {
        return e as Error;
    }
    throw new Error('expected an error');
};

describe('loadOldConnector', () => {
    let repo: string;
    const git = (...args: string[]): string =>
        execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
    beforeAll(() => {
        repo = mkdtempSync(join(tmpdir(), 'f6-breaking-'));
        git('init', '-q');
        git('commit', '-q', '--allow-empty', '-m', 'empty');
        git('tag', 'v0.9.0');
        copyFileSync(V1_FILE, join(repo, 'apiDefinition.swagger.json'));
        git('add', 'apiDefinition.swagger.json');
        git('commit', '-q', '-m', 'v1');
        git('tag', 'v1.0.0');
    });
    afterAll(() => rmSync(repo, { recursive: true, force: true }));

    test('a folder → its apiDefinition.swagger.json', () => {
        expect(loadOldConnector(V1_DIR, ROOT_DIR)).toEqual({ doc: v1, file: V1_FILE });
    });

    test('a swagger file path', () => {
        expect(loadOldConnector(V1_FILE, ROOT_DIR)).toEqual({ doc: v1, file: V1_FILE });
    });

    test('a git tag → git show <tag>:apiDefinition.swagger.json', () => {
        expect(loadOldConnector('v1.0.0', repo)).toEqual({ doc: v1, file: 'v1.0.0:apiDefinition.swagger.json' });
    });

    test('a ref that is not in the repository', () => {
        const e = thrown(() => loadOldConnector('v7.7.7', repo));
        expect(e).toBeInstanceOf(InputError);
        expect(e.message).toBe(`v7.7.7: is neither a folder, a file nor a git ref in ${repo}.`);
    });

    test('a ref whose tree has no apiDefinition.swagger.json', () => {
        const e = thrown(() => loadOldConnector('v0.9.0', repo));
        expect(e).toBeInstanceOf(InputError);
        expect(e.message.startsWith('v0.9.0:apiDefinition.swagger.json: cannot be read from git (fatal: ')).toBe(true);
    });

    test('a folder whose swagger is not JSON', () => {
        const e = thrown(() => loadOldConnector(join(ROOT_DIR, 'test/fixtures/breaking/not-json'), ROOT_DIR));
        expect(e).toBeInstanceOf(InputError);
        expect(e.message.startsWith(`${join(ROOT_DIR, 'test/fixtures/breaking/not-json/apiDefinition.swagger.json')}: is not valid JSON (`)).toBe(true);
    });

    test('an argument that looks like an option is never passed to git', () => {
        const e = thrown(() => loadOldConnector('--output=/tmp/x', repo));
        expect(e.message).toBe('--output=/tmp/x: is neither a folder, a file nor a git ref.');
    });
});
