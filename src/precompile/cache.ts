/**
 * The cache of precompiled validators: AJV standalone code (plain CommonJS modules, see standalone.ts)
 * kept in files named by a content key, so a command loads a validator instead of compiling its schema.
 *
 * - Key: sha256 over everything the generated code depends on (a generator version, the AJV package
 *   versions, the options, the schema bytes), so a changed input has another key and its stale entry is
 *   never even looked up.
 * - An entry that does not evaluate, does not export a function, or does not carry its own key (truncated,
 *   foreign, hand-edited) is refused, generated again and overwritten; it is never used.
 * - Writes are atomic (a temporary sibling renamed into place), so concurrent commands see a whole entry
 *   or none. A folder that cannot be written only costs time: the code generated in memory is used.
 * - Entries whose inputs change often (contract schemas change with every model edit) are capped: after
 *   a write, the oldest beyond `keep` entries of that name go.
 * - Where: $EMABLER_CACHE_DIR, else node_modules/.cache/emabler-connector in the toolkit's folder
 *   (ignored by git, emptied by `npm ci`, filled again by `prepare`).
 * Entries are executed code, trusted like node_modules: they live in the project's own folder, and a
 * file runs only when it sits at the name of the key being looked up.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { compileFunction } from 'node:vm';
import { writeFileAtomic } from '../core/atomic-write.ts';
import { findProjectRoot } from '../cli/io.ts';

export const CACHE_DIR_ENV = 'EMABLER_CACHE_DIR';

/** Where precompiled validators are kept: $EMABLER_CACHE_DIR, else node_modules/.cache/emabler-connector of the toolkit. */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
    const given = env[CACHE_DIR_ENV];
    return given !== undefined && given !== '' ? resolve(given) : join(findProjectRoot(import.meta.dirname), 'node_modules', '.cache', 'emabler-connector');
}

export interface CacheOptions {
    /** The cache folder (default: defaultCacheDir()); false: generate in memory, read and write nothing. */
    cacheDir?: string | false;
}

/** sha256 (hex) of `meta` (as JSON) and each part, separated so that no two inputs run together. */
export function cacheKey(meta: unknown, ...parts: readonly (string | Uint8Array)[]): string {
    const hash = createHash('sha256').update(JSON.stringify(meta));
    for (const p of parts) hash.update('\0').update(p);
    return hash.digest('hex');
}

/** The file an entry is kept in: `<cacheDir>/<name>-<first 32 hex digits of the key>.cjs`. */
export const entryFile = (cacheDir: string, name: string, key: string): string => join(cacheDir, `${name}-${key.slice(0, 32)}.cjs`);

/** Resolves what generated code requires (ajv/dist/runtime/…, ajv-formats/dist/formats) from the toolkit, wherever the cache folder is. */
const toolkitRequire = createRequire(import.meta.url);

/** A module id generated code may require besides real packages, and what it stands for. */
export type VirtualModules = Readonly<Record<string, unknown>>;

/** Runs CommonJS source and returns its module.exports. */
export function evaluateModule(code: string, filename: string, virtual: VirtualModules = {}): unknown {
    const module = { exports: {} as unknown };
    const require = (id: string): unknown => (Object.hasOwn(virtual, id) ? virtual[id] : toolkitRequire(id));
    const run = compileFunction(code, ['module', 'exports', 'require'], { filename }) as (m: typeof module, e: unknown, r: (id: string) => unknown) => void;
    run(module, module.exports, require);
    return module.exports;
}

const carriesKey = (v: unknown, key: string): boolean => typeof v === 'function' && (v as { cacheKey?: unknown }).cacheKey === key;

/** Removes the oldest (by write time) entries of `name` beyond the newest `keep`. */
function pruneEntries(cacheDir: string, name: string, keep: number): void {
    const entries = readdirSync(cacheDir)
        .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.cjs'))
        .map((f) => ({ file: join(cacheDir, f), mtimeMs: statSync(join(cacheDir, f), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
        .sort((a, b) => b.mtimeMs - a.mtimeMs);
    for (const e of entries.slice(keep)) rmSync(e.file, { force: true });
}

/**
 * The cached entry `name` for `key`, or (missing, or refused: see the file comment) the module that
 * `generate` returns, written to the cache and evaluated. `generate` must end the module with
 * `module.exports.cacheKey = "<key>"` (standalone.ts does).
 */
export function loadPrecompiled(options: CacheOptions & { name: string; key: string; generate: () => string; virtual?: VirtualModules; keep?: number }): unknown {
    const cacheDir = options.cacheDir ?? defaultCacheDir();
    const file = cacheDir === false ? undefined : entryFile(cacheDir, options.name, options.key);
    if (file !== undefined) {
        let cached: string | undefined;
        try {
            cached = readFileSync(file, 'utf8');
        } catch {
            cached = undefined; // not generated yet
        }
        if (cached !== undefined) {
            try {
                const loaded = evaluateModule(cached, file, options.virtual);
                if (carriesKey(loaded, options.key)) return loaded;
            } catch {
                // truncated or foreign: refused, generated again below
            }
        }
    }
    const code = options.generate();
    if (file !== undefined && cacheDir !== false) {
        try {
            writeFileAtomic(file, code);
            if (options.keep !== undefined) pruneEntries(cacheDir, options.name, options.keep);
        } catch {
            // a folder that cannot be written: this process uses the code from memory
        }
    }
    const loaded = evaluateModule(code, file ?? `${options.name}.cjs`, options.virtual);
    if (!carriesKey(loaded, options.key)) throw new Error(`precompiled validator ${options.name}: the generated module does not carry its key`);
    return loaded;
}
