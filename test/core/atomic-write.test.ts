import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { writeFileAtomic } from '../../src/core/atomic-write.ts';

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
