import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ToolError } from '../../src/core/errors.ts';
import { checkOutputDir, classifyExisting, PACKAGE_MARKER, recoverInterrupted, replaceOutputDir } from '../../src/package/output-dir.ts';
import { thrown } from '../helpers/thrown.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = (): string => (dir = mkdtempSync(join(tmpdir(), 'emabler-outdir-')));

/** A folder with files: `{ 'a.txt': 'x', 'sub/b.txt': 'y' }`. */
function folder(path: string, files: Record<string, string>): string {
    mkdirSync(path, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(path, name, '..'), { recursive: true });
        writeFileSync(join(path, name), text);
    }
    return path;
}

const marker = (files: string[]) => JSON.stringify({ packagedBy: 'npm run package', files }) + '\n';
const fill = (files: Record<string, string>) => (staging: string) => void folder(staging, files);

describe('checkOutputDir refuses what packaging did not make', () => {
    test('the project folder itself', () => {
        const root = folder(join(fresh(), 'project'), { 'README.md': 'keep' });
        expect(thrown(() => checkOutputDir(root, root))).toEqual(
            new ToolError(root, undefined, 'is the project folder itself; choose an empty or new folder for the package (default: dist/).'),
        );
    });

    test('a folder that contains the project folder', () => {
        const root = folder(join(fresh(), 'project'), { 'README.md': 'keep' });
        expect(thrown(() => checkOutputDir(dir, root))).toEqual(
            new ToolError(dir, undefined, `contains the project folder ${root}; choose an empty or new folder for the package (default: dist/).`),
        );
    });

    test('a non-empty folder without the marker', () => {
        const root = folder(join(fresh(), 'project'), {});
        const notes = folder(join(dir, 'notes'), { 'todo.txt': 'mine' });
        expect(thrown(() => checkOutputDir(notes, root))).toEqual(
            new ToolError(
                notes,
                undefined,
                'is not empty and was not written by "npm run package" (no .connector-package.json); packaging replaces the whole folder, so it refuses to touch it. Choose an empty or new folder.',
            ),
        );
        expect(readdirSync(notes)).toEqual(['todo.txt']);
    });

    test('a file', () => {
        const root = folder(join(fresh(), 'project'), {});
        writeFileSync(join(dir, 'out'), 'x');
        expect(thrown(() => checkOutputDir(join(dir, 'out'), root))).toEqual(new ToolError(join(dir, 'out'), undefined, 'is a file, not a folder.'));
    });

    test.each([
        ['a missing folder', undefined],
        ['an empty folder', {}],
        ['a marked package', { [PACKAGE_MARKER]: marker(['x.txt']), 'x.txt': '1' }],
        ['a package written before the marker existed', { 'connector/apiDefinition.swagger.json': '{}', 'emabler-connector-1.0.0.zip': 'z', 'solution/s.zip': 'z' }],
    ])('accepts %s', (_name, files) => {
        const root = folder(join(fresh(), 'project'), {});
        const out = join(dir, 'dist');
        if (files) folder(out, files);
        expect(checkOutputDir(out, root)).toBeUndefined();
    });

    test.each([
        ['a marker that is not ours', { [PACKAGE_MARKER]: '{"packagedBy":"someone else","files":[]}' }, 'foreign'],
        ['the package layout with one foreign file', { 'connector/apiDefinition.swagger.json': '{}', 'notes.txt': 'mine' }, 'foreign'],
        ['package-like folders without the connector swagger', { 'connector/other.txt': 'x' }, 'foreign'],
        ['nothing', {}, 'empty'],
    ])('classifies %s', (_name, files, expected) => {
        expect(classifyExisting(folder(join(fresh(), 'out'), files))).toBe(expected);
    });
});

describe('replaceOutputDir', () => {
    test('swaps the new package in, writes the marker and leaves nothing beside it', () => {
        const root = folder(join(fresh(), 'project'), {});
        const out = folder(join(dir, 'dist'), { [PACKAGE_MARKER]: marker(['old.txt']), 'old.txt': 'old' });
        replaceOutputDir(out, root, ['new.txt', 'sub/n.txt'], fill({ 'new.txt': 'new', 'sub/n.txt': 'n' }));
        expect(readdirSync(out).sort()).toEqual([PACKAGE_MARKER, 'new.txt', 'sub']);
        expect(JSON.parse(readFileSync(join(out, PACKAGE_MARKER), 'utf8'))).toEqual({ packagedBy: 'npm run package', files: ['new.txt', 'sub/n.txt'] });
        expect(readdirSync(dir).sort()).toEqual(['dist', 'project']);
    });

    test('a foreign folder is refused under the lock too, untouched', () => {
        const root = folder(join(fresh(), 'project'), {});
        const out = folder(join(dir, 'notes'), { 'todo.txt': 'mine' });
        expect(thrown(() => replaceOutputDir(out, root, [], fill({})))).toBeInstanceOf(ToolError);
        expect(readdirSync(out)).toEqual(['todo.txt']);
        expect(readdirSync(dir).sort()).toEqual(['notes', 'project']);
    });

    test('a failing fill leaves the old package and no staging folder or lock', () => {
        const root = folder(join(fresh(), 'project'), {});
        const out = folder(join(dir, 'dist'), { [PACKAGE_MARKER]: marker(['old.txt']), 'old.txt': 'old' });
        const e = thrown(() =>
            replaceOutputDir(out, root, [], (staging) => {
                writeFileSync(join(staging, 'half.txt'), 'half');
                throw new Error('disk full');
            }),
        );
        expect(e).toEqual(new Error('disk full'));
        expect(readdirSync(out).sort()).toEqual([PACKAGE_MARKER, 'old.txt']);
        expect(readdirSync(dir).sort()).toEqual(['dist', 'project']);
    });

    test('a failing second rename puts the old package back and reports that first error', () => {
        const root = folder(join(fresh(), 'project'), {});
        const out = folder(join(dir, 'dist'), { [PACKAGE_MARKER]: marker(['old.txt']), 'old.txt': 'old' });
        let calls = 0;
        const e = thrown(() =>
            replaceOutputDir(out, root, [], fill({ 'new.txt': 'new' }), {
                rename: (from, to) => {
                    if (++calls === 2) throw new Error('EXDEV: cross-device link');
                    renameSync(from, to);
                },
            }),
        );
        expect(e).toEqual(new Error('EXDEV: cross-device link'));
        expect(readdirSync(out).sort()).toEqual([PACKAGE_MARKER, 'old.txt']);
        expect(readdirSync(dir).sort()).toEqual(['dist', 'project']);
    });

    test('when putting the old package back fails too, the first error still leads and says where the old package is', () => {
        const root = folder(join(fresh(), 'project'), {});
        const out = folder(join(dir, 'dist'), { [PACKAGE_MARKER]: marker(['old.txt']), 'old.txt': 'old' });
        let calls = 0;
        let previous = '';
        const e = thrown(() =>
            replaceOutputDir(out, root, [], fill({ 'new.txt': 'new' }), {
                rename: (from, to) => {
                    calls++;
                    if (calls === 1) previous = to;
                    if (calls === 2) throw new Error('first failure');
                    if (calls === 3) throw new Error('second failure');
                    renameSync(from, to);
                },
            }),
        );
        expect(e.message).toBe(`first failure (and putting the previous package back failed: second failure; it is at ${previous})`);
        expect(readdirSync(previous).sort()).toEqual([PACKAGE_MARKER, 'old.txt']);
    });

    test('a lock held by a live process refuses; a lock left by a dead process is taken over', () => {
        const root = folder(join(fresh(), 'project'), {});
        const out = join(dir, 'dist');
        const sleeper = spawn('sleep', ['30']);
        try {
            writeFileSync(join(dir, '.dist.lock'), String(sleeper.pid));
            expect(thrown(() => replaceOutputDir(out, root, [], fill({})))).toEqual(
                new ToolError(out, undefined, `another packaging run (process ${sleeper.pid}) is writing it; wait for it to finish (lock: ${join(dir, '.dist.lock')}).`),
            );
        } finally {
            sleeper.kill('SIGKILL');
        }
        const dead = spawnSync('true').pid;
        writeFileSync(join(dir, '.dist.lock'), String(dead));
        replaceOutputDir(out, root, ['a.txt'], fill({ 'a.txt': 'a' }));
        expect(readdirSync(dir).sort()).toEqual(['dist', 'project']);
    });
});

describe('a run killed between the two renames', () => {
    test('leaves no dist/ at all; the next run puts the previous package back, then replaces it, and cleans every leftover', () => {
        const root = folder(join(fresh(), 'project'), {});
        const out = folder(join(dir, 'dist'), { [PACKAGE_MARKER]: marker(['old.txt']), 'old.txt': 'old' });
        const script = join(dir, 'kill-mid-swap.ts');
        writeFileSync(
            script,
            [
                `import { renameSync, mkdirSync, writeFileSync } from 'node:fs';`,
                `import { join } from 'node:path';`,
                `import { replaceOutputDir } from ${JSON.stringify(join(ROOT_DIR, 'src', 'package', 'output-dir.ts'))};`,
                `let calls = 0;`,
                `replaceOutputDir(${JSON.stringify(out)}, ${JSON.stringify(root)}, ['new.txt'], (s) => writeFileSync(join(s, 'new.txt'), 'new'), {`,
                `    rename: (from, to) => { if (++calls === 2) process.kill(process.pid, 'SIGKILL'); renameSync(from, to); },`,
                `});`,
            ].join('\n'),
        );
        const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT_DIR, encoding: 'utf8' });
        expect(r.signal).toBe('SIGKILL');
        const names = readdirSync(dir).filter((n) => n !== 'kill-mid-swap.ts').sort();
        expect(names.map((n) => n.replace(/-[0-9]+-[0-9a-f]{8}$/, '-<id>'))).toEqual(['.dist.lock', '.dist.previous-<id>', '.dist.staging-<id>', 'project']);

        replaceOutputDir(out, root, ['newer.txt'], fill({ 'newer.txt': 'newer' }));
        expect(readdirSync(out).sort()).toEqual([PACKAGE_MARKER, 'newer.txt']);
        expect(readdirSync(dir).filter((n) => n !== 'kill-mid-swap.ts').sort()).toEqual(['dist', 'project']);
    });

    test('recoverInterrupted restores the newest previous package when the folder is missing and removes the rest', () => {
        fresh();
        const out = join(dir, 'dist');
        folder(join(dir, '.dist.previous-12-0000000a'), { 'a.txt': 'a' });
        folder(join(dir, '.dist.staging-12-0000000a'), { 'b.txt': 'b' });
        folder(join(dir, '.dist-other'), { 'keep.txt': 'not ours' });
        expect(recoverInterrupted(out)).toEqual(['restored dist from .dist.previous-12-0000000a', 'removed .dist.staging-12-0000000a']);
        expect(readdirSync(dir).sort()).toEqual(['.dist-other', 'dist']);
        expect(readdirSync(out)).toEqual(['a.txt']);
    });
});
