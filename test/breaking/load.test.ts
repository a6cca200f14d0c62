/** loadOldConnector: a folder, a swagger file or a git ref (read with git show in a throwaway repository). */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadOldConnector } from '../../src/breaking/load.ts';
import { ToolError } from '../../src/core/errors.ts';
import { ROOT_DIR } from '../helpers/shared.ts';
import { thrown } from '../helpers/thrown.ts';

const V1_DIR = join(ROOT_DIR, 'test/fixtures/breaking/v1');
const V1_FILE = join(V1_DIR, 'apiDefinition.swagger.json');
const v1 = JSON.parse(readFileSync(V1_FILE, 'utf8'));
const V1_PROPS = join(V1_DIR, 'apiProperties.json');
const v1Props = JSON.parse(readFileSync(V1_PROPS, 'utf8'));

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
        copyFileSync(V1_PROPS, join(repo, 'apiProperties.json'));
        git('add', 'apiProperties.json');
        git('commit', '-q', '-m', 'v1.1');
        git('tag', 'v1.1.0');
    });
    afterAll(() => rmSync(repo, { recursive: true, force: true }));

    test('a folder → its apiDefinition.swagger.json and apiProperties.json', () => {
        expect(loadOldConnector(V1_DIR, ROOT_DIR)).toStrictEqual({ doc: v1, file: V1_FILE, properties: { doc: v1Props, file: V1_PROPS } });
    });

    test('a swagger file path → the apiProperties.json beside it', () => {
        expect(loadOldConnector(V1_FILE, ROOT_DIR)).toStrictEqual({ doc: v1, file: V1_FILE, properties: { doc: v1Props, file: V1_PROPS } });
    });

    test('a relative folder is resolved against the given folder and labelled relative to it', () => {
        expect(loadOldConnector('test/fixtures/breaking/v1', ROOT_DIR)).toStrictEqual({
            doc: v1,
            file: 'test/fixtures/breaking/v1/apiDefinition.swagger.json',
            properties: { doc: v1Props, file: 'test/fixtures/breaking/v1/apiProperties.json' },
        });
    });

    test('a folder without apiProperties.json → properties.doc undefined (not an error)', () => {
        const dir = mkdtempSync(join(tmpdir(), 'f6-breaking-noprops-'));
        try {
            copyFileSync(V1_FILE, join(dir, 'apiDefinition.swagger.json'));
            expect(loadOldConnector(dir, ROOT_DIR)).toStrictEqual({
                doc: v1,
                file: join(dir, 'apiDefinition.swagger.json'),
                properties: { doc: undefined, file: join(dir, 'apiProperties.json') },
            });
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    test('a git tag → git show <tag>:apiDefinition.swagger.json; no apiProperties.json in that tree', () => {
        expect(loadOldConnector('v1.0.0', repo)).toStrictEqual({ doc: v1, file: 'v1.0.0:apiDefinition.swagger.json', properties: { doc: undefined, file: 'v1.0.0:apiProperties.json' } });
    });

    test('a git tag whose tree has apiProperties.json → read with git show too', () => {
        expect(loadOldConnector('v1.1.0', repo)).toStrictEqual({
            doc: v1,
            file: 'v1.1.0:apiDefinition.swagger.json',
            properties: { doc: v1Props, file: 'v1.1.0:apiProperties.json' },
        });
    });

    test('a ref that is not in the repository', () => {
        const e = thrown(() => loadOldConnector('v7.7.7', repo));
        expect(e).toBeInstanceOf(ToolError);
        expect(e.message).toBe(`v7.7.7: is neither a folder, a file nor a git ref in ${repo}.`);
    });

    test('a ref whose tree has no apiDefinition.swagger.json', () => {
        const e = thrown(() => loadOldConnector('v0.9.0', repo));
        expect(e).toBeInstanceOf(ToolError);
        expect(e.message.startsWith('v0.9.0:apiDefinition.swagger.json: cannot be read from git (fatal: ')).toBe(true);
    });

    test('a folder whose swagger is not JSON', () => {
        const e = thrown(() => loadOldConnector(join(ROOT_DIR, 'test/fixtures/breaking/not-json'), ROOT_DIR));
        expect(e).toBeInstanceOf(ToolError);
        expect(e.message).toBe(`${join(ROOT_DIR, 'test/fixtures/breaking/not-json/apiDefinition.swagger.json')}: is not valid JSON: property name expected at line 2, column 1.`);
    });

    test('an argument that looks like an option is never passed to git', () => {
        const e = thrown(() => loadOldConnector('--output=/tmp/x', repo));
        expect(e.message).toBe('--output=/tmp/x: is neither a folder, a file nor a git ref.');
    });
});
