/**
 * The command kit (src/cli/io.ts): the exit-code convention of every tool (runCommand), how paths are
 * shown, and how a tool finds its project folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { findProjectRoot, runCommand, shownPath, type CommandInfo, type ExitCode } from '../../src/cli/io.ts';
import { ToolError, UsageError } from '../../src/core/errors.ts';
import { recordIo } from '../helpers/io.ts';
import { ROOT_DIR } from '../helpers/shared.ts';
import { thrown } from '../helpers/thrown.ts';

const CMD: CommandInfo = { name: 'check:thing', usage: 'Usage: npm run check:thing -- [--out DIR]' };

/** runCommand with a recording io: exit code and both streams. */
const run = async (body: () => ExitCode | Promise<ExitCode>, mask?: (t: string) => string) => {
    const r = recordIo();
    const status = await runCommand(CMD, r.io, body, mask);
    return { status, stdout: r.stdout(), stderr: r.stderr() };
};

/** An Error with a fixed stack, so the printed text is exact. */
const bug = (message: string): Error => {
    const e = new Error(message);
    e.stack = `Error: ${message}\n    at body (thing.ts:1:1)`;
    return e;
};

describe('runCommand', () => {
    test.each<[string, () => ExitCode | Promise<ExitCode>, number]>([
        ['0 from the body', () => 0, 0],
        ['1 from the body', () => 1, 1],
        ['2 from the body', () => 2, 2],
        ['an async body', async (): Promise<ExitCode> => 1, 1],
    ])('%s is the exit code, nothing printed', async (_name, body, status) => {
        expect(await run(body)).toEqual({ status, stdout: '', stderr: '' });
    });

    test('what the body prints is left alone', async () => {
        const r = recordIo();
        const status = await runCommand(CMD, r.io, () => {
            r.io.stdout('report\n');
            return 1;
        });
        expect([status, r.stdout(), r.stderr()]).toEqual([1, 'report\n', '']);
    });

    test.each<[string, () => never, string]>([
        ['a UsageError: message, then the usage', () => { throw new UsageError('unknown option --zip'); },
            'check:thing: unknown option --zip\nUsage: npm run check:thing -- [--out DIR]\n'],
        ['a ToolError with file and pointer', () => { throw new ToolError('up.json', ['paths', '/a'], 'reference "#/x" does not resolve to anything in this document.'); },
            'check:thing: cannot run: up.json#/paths/~1a: reference "#/x" does not resolve to anything in this document.\n'],
        ['a ToolError with a detail only', () => { throw new ToolError(undefined, undefined, 'no connector folder given.'); },
            'check:thing: cannot run: no connector folder given.\n'],
        ['any other Error: its stack', () => { throw bug('boom'); },
            'check:thing: unexpected error: Error: boom\n    at body (thing.ts:1:1)\n'],
        ['an Error without a stack: String(e)', () => { const e = bug('no stack'); delete e.stack; throw e; },
            'check:thing: unexpected error: Error: no stack\n'],
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- a body that throws a non-Error is the case under test
        ['a thrown string', () => { throw 'plain text'; }, 'check:thing: unexpected error: plain text\n'],
    ])('%s → exit 2, stderr only', async (_name, body, stderr) => {
        expect(await run(body)).toEqual({ status: 2, stdout: '', stderr });
    });

    test('a rejected promise is handled like a throw', async () => {
        expect(await run(() => Promise.reject(new ToolError('a.json', undefined, 'is not JSON.')))).toEqual({ status: 2, stdout: '', stderr: 'check:thing: cannot run: a.json: is not JSON.\n' });
    });

    // Regression: `(e as Error).stack` was read from whatever was thrown, so `throw null` made the
    // handler itself throw a TypeError and runCommand rejected instead of printing and returning 2.
    test.each<[string, () => ExitCode | Promise<ExitCode>, string]>([
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- throwing a non-Error is the case under test
        ['throwing null', () => { throw null; }, 'check:thing: unexpected error: null\n'],
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- throwing a non-Error is the case under test
        ['throwing undefined', () => { throw undefined; }, 'check:thing: unexpected error: undefined\n'],
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- rejecting with nothing is the case under test
        ['a promise rejected with nothing', () => Promise.reject(), 'check:thing: unexpected error: undefined\n'],
        ['a prototype-less object (String() throws on it)', () => { throw Object.create(null); }, 'check:thing: unexpected error: [object Object]\n'],
    ])('%s is an unexpected error, exit 2', async (_name, body, stderr) => {
        expect(await run(body)).toEqual({ status: 2, stdout: '', stderr });
    });

    const mask = (t: string): string => t.replaceAll('sk-secret', '***');

    test.each<[string, () => never, string]>([
        ['UsageError', () => { throw new UsageError('bad key sk-secret'); }, 'check:thing: bad key ***\nUsage: npm run check:thing -- [--out DIR]\n'],
        ['ToolError', () => { throw new ToolError('sk-secret.json', undefined, 'sk-secret rejected.'); }, 'check:thing: cannot run: ***.json: *** rejected.\n'],
        ['unexpected error', () => { throw bug('sent sk-secret'); }, 'check:thing: unexpected error: Error: sent ***\n    at body (thing.ts:1:1)\n'],
    ])('mask scrubs what is printed: %s', async (_name, body, stderr) => {
        expect(await run(body, mask)).toEqual({ status: 2, stdout: '', stderr });
    });

    test('mask gets the whole text once, usage included', async () => {
        const seen: string[] = [];
        await run(() => { throw new UsageError('x'); }, (t) => (seen.push(t), t.toUpperCase()));
        expect(seen).toEqual(['check:thing: x\nUsage: npm run check:thing -- [--out DIR]\n']);
    });

    test('mask is not applied to the body\'s own output', async () => {
        const r = recordIo();
        await runCommand(CMD, r.io, () => (r.io.stdout('sk-secret\n'), 0), mask);
        expect(r.stdout()).toBe('sk-secret\n');
    });
});

describe('shownPath', () => {
    const CWD = '/work/project';
    test.each([
        ['a relative path inside', 'dist/connector.zip', 'dist/connector.zip'],
        ['an absolute path inside', '/work/project/dist/a.json', 'dist/a.json'],
        ['a path normalised inside', 'a/../b.json', 'b.json'],
        ['the folder itself: absolute', '.', '/work/project'],
        ['the folder itself, given absolute', '/work/project', '/work/project'],
        ['a relative path outside', '../shared/x.json', '/work/shared/x.json'],
        ['an absolute path outside', '/etc/hosts', '/etc/hosts'],
        ['a sibling folder with the same prefix is outside', '/work/project-2/a', '/work/project-2/a'],
        ['the parent folder itself is outside', '..', '/work'],
        // Regression: "outside" was rel.startsWith('..'), so these were shown absolute.
        ['a name starting with ".." inside the folder stays relative', '..notes.json', '..notes.json'],
        ['a folder starting with ".." inside the folder stays relative', '/work/project/..cache/a.json', '..cache/a.json'],
    ])('%s: %s → %s', (_name, path, want) => {
        expect(shownPath(CWD, path)).toBe(want);
    });
});

describe('findProjectRoot', () => {
    let dirs: string[] = [];
    const tempDir = (): string => {
        const d = mkdtempSync(join(tmpdir(), 'find-root-'));
        dirs.push(d);
        return d;
    };
    afterEach(() => {
        for (const d of dirs) rmSync(d, { recursive: true, force: true });
        dirs = [];
    });

    test('the nearest ancestor with a package.json, from a nested folder', () => {
        const root = tempDir();
        writeFileSync(join(root, 'package.json'), '{}');
        mkdirSync(join(root, 'inner', 'deep', 'er'), { recursive: true });
        writeFileSync(join(root, 'inner', 'package.json'), '{}');
        expect([findProjectRoot(join(root, 'inner', 'deep', 'er')), findProjectRoot(join(root, 'inner')), findProjectRoot(root)]).toEqual([join(root, 'inner'), join(root, 'inner'), root]);
    });

    test('a relative or unnormalised start is resolved first', () => {
        const root = tempDir();
        writeFileSync(join(root, 'package.json'), '{}');
        mkdirSync(join(root, 'a', 'b'), { recursive: true });
        expect(findProjectRoot(`${root}/a/./b/../b`)).toBe(root);
    });

    test('by default, the project this module lives in', () => {
        expect(findProjectRoot()).toBe(ROOT_DIR);
    });

    test('no package.json up to the file-system root: a ToolError naming the start folder', () => {
        const start = join(tempDir(), 'a', 'b');
        mkdirSync(start, { recursive: true });
        const e = thrown(() => findProjectRoot(start));
        expect([e instanceof ToolError, (e as ToolError).file, e.message]).toEqual([true, start, `${start}: is not inside a project folder (no package.json above it).`]);
    });
});
