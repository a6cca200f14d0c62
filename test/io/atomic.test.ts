import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { replaceDirAtomic, writeFileAtomic } from '../../src/io/atomic.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'emabler-atomic-')));

describe('writeFileAtomic', () => {
    test('writes the file (creating folders) and leaves no temporary file', () => {
        fresh();
        writeFileAtomic(join(dir, 'a', 'b.json'), '{}\n');
        expect(readFileSync(join(dir, 'a', 'b.json'), 'utf8')).toBe('{}\n');
        expect(readdirSync(join(dir, 'a'))).toEqual(['b.json']);
    });

    test('a failed rename leaves the existing target as it was and no temporary file', () => {
        fresh();
        mkdirSync(join(dir, 'target'));
        writeFileSync(join(dir, 'target', 'keep.txt'), 'old');
        // Renaming a file over a non-empty directory fails.
        expect(() => writeFileAtomic(join(dir, 'target'), 'new')).toThrow();
        expect(readFileSync(join(dir, 'target', 'keep.txt'), 'utf8')).toBe('old');
        expect(readdirSync(dir)).toEqual(['target']);
    });
});

describe('replaceDirAtomic', () => {
    test('swaps in the new directory and removes the old one', async () => {
        fresh();
        const target = join(dir, 'dist');
        mkdirSync(target);
        writeFileSync(join(target, 'old.txt'), 'old');
        await replaceDirAtomic(target, (tmp) => writeFileSync(join(tmp, 'new.txt'), 'new'));
        expect(readdirSync(target)).toEqual(['new.txt']);
        expect(readdirSync(dir)).toEqual(['dist']);
    });

    test('when filling fails, the old directory is untouched and no temporary directory is left', async () => {
        fresh();
        const target = join(dir, 'dist');
        mkdirSync(target);
        writeFileSync(join(target, 'old.txt'), 'old');
        await expect(
            replaceDirAtomic(target, (tmp) => {
                writeFileSync(join(tmp, 'half.txt'), 'half');
                throw new Error('step failed');
            }),
        ).rejects.toThrow('step failed');
        expect(readdirSync(target)).toEqual(['old.txt']);
        expect(readdirSync(dir)).toEqual(['dist']);
    });
});
