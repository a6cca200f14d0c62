/**
 * The precompiled-validator cache (src/precompile/cache.ts): entries named by their key, a stale or
 * broken entry never used, atomic writes, an unwritable folder only costs time, $EMABLER_CACHE_DIR.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cacheKey, defaultCacheDir, entryFile, loadPrecompiled } from '../../src/precompile/cache.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

/** A module like the ones standalone.ts generates: a function that answers `answer`, carrying `key`. */
const moduleSource = (key: string, answer: boolean) =>
    `"use strict";\nmodule.exports = function validate() { return ${String(answer)}; };\nmodule.exports.cacheKey = ${JSON.stringify(key)};\n`;

let tmp: string;
let cacheDir: string;
beforeEach(() => {
    tmp = mkdtempSync(join(tmpdir(), 'emabler-cache-'));
    cacheDir = join(tmp, 'cache');
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** loadPrecompiled with a generator that counts its calls. */
function loader(key: string, answer = true) {
    const calls = { generated: 0 };
    const load = (dir: string | false = cacheDir) =>
        loadPrecompiled({
            cacheDir: dir,
            name: 'demo',
            key,
            generate: () => {
                calls.generated++;
                return moduleSource(key, answer);
            },
        }) as () => boolean;
    return { load, calls };
}

describe('cacheKey', () => {
    test('covers the metadata and every part, and keeps the parts apart', () => {
        const k = cacheKey({ generator: 1 }, 'ab', 'c');
        expect(k).toMatch(/^[0-9a-f]{64}$/);
        expect(cacheKey({ generator: 1 }, 'ab', 'c')).toBe(k);
        expect(cacheKey({ generator: 2 }, 'ab', 'c')).not.toBe(k);
        expect(cacheKey({ generator: 1 }, 'a', 'bc')).not.toBe(k);
        expect(cacheKey({ generator: 1 }, Buffer.from('ab'), 'c')).toBe(k);
    });
});

describe('loadPrecompiled', () => {
    const key = cacheKey({ demo: true }, 'schema bytes');

    test('a miss generates the module, writes it as <name>-<key>.cjs and loads it; the next load reads the file', () => {
        const { load, calls } = loader(key);
        expect(load()()).toBe(true);
        expect(readdirSync(cacheDir)).toEqual([`demo-${key.slice(0, 32)}.cjs`]);
        expect(readFileSync(entryFile(cacheDir, 'demo', key), 'utf8')).toBe(moduleSource(key, true));
        expect(load()()).toBe(true);
        expect(calls.generated).toBe(1);
    });

    test('the entry is what runs: a planted entry with the right key answers instead of generating', () => {
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(entryFile(cacheDir, 'demo', key), moduleSource(key, false));
        const { load, calls } = loader(key);
        expect(load()()).toBe(false);
        expect(calls.generated).toBe(0);
    });

    test('a stale entry is never used: another key is another file, the old one is not read', () => {
        const old = loader(cacheKey({ demo: true }, 'old schema'), false);
        expect(old.load()()).toBe(false);
        const fresh = loader(key, true);
        expect(fresh.load()()).toBe(true);
        expect(fresh.calls.generated).toBe(1);
        expect(readdirSync(cacheDir).sort()).toEqual([`demo-${key.slice(0, 32)}.cjs`, `demo-${cacheKey({ demo: true }, 'old schema').slice(0, 32)}.cjs`].sort());
    });

    test.each([
        ['a truncated entry', (code: string) => code.slice(0, code.length / 2)],
        ['an entry that carries another key', (code: string) => code.replace(/cacheKey = "[0-9a-f]+"/, `cacheKey = "${'0'.repeat(64)}"`)],
        ['an entry without a key', (code: string) => code.replace(/module\.exports\.cacheKey = .*\n/, '')],
        ['an entry that is not a validator', () => 'module.exports = 42;\n'],
        ['an entry that throws', () => 'throw new Error("boom");\n'],
    ])('%s is refused, generated again and replaced atomically (a new file renamed over it)', (_name, damage) => {
        const { load, calls } = loader(key);
        load();
        const file = entryFile(cacheDir, 'demo', key);
        writeFileSync(file, damage(readFileSync(file, 'utf8')));
        const damagedInode = statSync(file).ino;
        expect(load()()).toBe(true);
        expect(calls.generated).toBe(2);
        expect(readFileSync(file, 'utf8')).toBe(moduleSource(key, true));
        expect(statSync(file).ino).not.toBe(damagedInode);
    });

    test('a generator whose module does not carry the key is an error, not a silent miss', () => {
        expect(() => loadPrecompiled({ cacheDir, name: 'demo', key, generate: () => moduleSource('other', true) })).toThrow(
            'precompiled validator demo: the generated module does not carry its key',
        );
    });

    test('a folder that cannot be written (here a file stands in its place) or no folder at all only costs time', () => {
        writeFileSync(join(tmp, 'a-file'), '');
        const { load, calls } = loader(key);
        expect(load(join(tmp, 'a-file'))()).toBe(true);
        expect(load(false)()).toBe(true);
        expect(calls.generated).toBe(2);
        expect(existsSync(cacheDir)).toBe(false);
    });

    test('writes leave no temporary files behind', () => {
        loader(key).load();
        loader(cacheKey({ demo: true }, 'other')).load();
        expect(readdirSync(cacheDir).filter((f) => !f.endsWith('.cjs'))).toEqual([]);
    });

    test('with keep, the oldest entries of that name beyond the newest `keep` are removed after a write', () => {
        const keys = ['a', 'b', 'c'].map((s) => cacheKey({ demo: true }, s));
        keys.forEach((k, i) => {
            loadPrecompiled({ cacheDir, name: 'demo', key: k, generate: () => moduleSource(k, true), keep: 2 });
            const t = new Date(Date.UTC(2026, 0, 1 + i));
            utimesSync(entryFile(cacheDir, 'demo', k), t, t);
        });
        loadPrecompiled({ cacheDir, name: 'other', key: keys[0]!, generate: () => moduleSource(keys[0]!, true), keep: 2 });
        expect(readdirSync(cacheDir).sort()).toEqual([entryFile(cacheDir, 'demo', keys[1]!), entryFile(cacheDir, 'demo', keys[2]!), entryFile(cacheDir, 'other', keys[0]!)].map((f) => f.slice(cacheDir.length + 1)).sort());
    });

    test('concurrent processes generating the same entry each load a whole module, and one whole file remains', async () => {
        const script = join(tmp, 'load.ts');
        const cacheModule = resolve(ROOT_DIR, 'src', 'precompile', 'cache.ts');
        writeFileSync(
            script,
            `import { loadPrecompiled } from ${JSON.stringify(cacheModule)};\n` +
                `const key = ${JSON.stringify(key)};\n` +
                `const big = '/*' + 'x'.repeat(2_000_000) + '*/';\n` +
                `const v = loadPrecompiled({ cacheDir: ${JSON.stringify(cacheDir)}, name: 'demo', key, generate: () => big + ${JSON.stringify(moduleSource(key, true))} });\n` +
                `process.stdout.write(String(v()));\n`,
        );
        const runs = await Promise.all(
            [1, 2, 3, 4].map(
                () =>
                    new Promise<string>((done, fail) => {
                        const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT_DIR });
                        let out = '';
                        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
                        child.on('error', fail);
                        child.on('close', () => done(out));
                    }),
            ),
        );
        expect(runs).toEqual(['true', 'true', 'true', 'true']);
        expect(readdirSync(cacheDir)).toEqual([`demo-${key.slice(0, 32)}.cjs`]);
        expect(readFileSync(entryFile(cacheDir, 'demo', key), 'utf8').endsWith(moduleSource(key, true))).toBe(true);
    });
});

describe('defaultCacheDir', () => {
    test('is node_modules/.cache/emabler-connector of the toolkit, or $EMABLER_CACHE_DIR (resolved)', () => {
        expect(defaultCacheDir({})).toBe(join(ROOT_DIR, 'node_modules', '.cache', 'emabler-connector'));
        expect(defaultCacheDir({ EMABLER_CACHE_DIR: '' })).toBe(join(ROOT_DIR, 'node_modules', '.cache', 'emabler-connector'));
        expect(defaultCacheDir({ EMABLER_CACHE_DIR: join(tmp, 'x', '..', 'y') })).toBe(join(tmp, 'y'));
    });

    test('$EMABLER_CACHE_DIR is where loadPrecompiled writes by default', () => {
        const before = process.env.EMABLER_CACHE_DIR;
        process.env.EMABLER_CACHE_DIR = cacheDir;
        try {
            const key = cacheKey({ demo: 'env' });
            loadPrecompiled({ name: 'demo', key, generate: () => moduleSource(key, true) });
            expect(existsSync(entryFile(cacheDir, 'demo', key))).toBe(true);
        } finally {
            if (before === undefined) delete process.env.EMABLER_CACHE_DIR;
            else process.env.EMABLER_CACHE_DIR = before;
        }
    });
});
