// @ts-check
/**
 * Compiles the commands (scripts/*.ts) to JavaScript with esbuild, so they start without tsx:
 * `node tools/compile.mjs` (npm `prepare` runs it, so `npm ci` leaves the commands ready).
 *
 * Output: .build/<id>/scripts/<command>.js and .build/<id>/chunks/*.js (ESM; one bundle per command,
 * code shared between commands split into chunks, every dynamic import() a chunk of its own;
 * node_modules stay external, so they load at run time exactly as under tsx and nothing new is needed
 * at run time), and .build/current.json naming the build and each of its inputs with size and mtime.
 * bin/emabler-connector.mjs compares those with the files on disk before every command and compiles
 * again when anything differs, so an edited source file is never run stale. Tests keep running the
 * TypeScript sources (vitest, tsx).
 *
 * A build is written to a temporary folder and renamed into place, and current.json is replaced
 * atomically: a command running meanwhile sees the old build or the new one, never half of one.
 * No package.json may ever be written under .build/: the commands find the project folder by walking
 * up to the nearest package.json (src/cli/io.ts findProjectRoot).
 * Plain JavaScript, type-checked through JSDoc: the launcher imports it without tsx.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the esbuild options below change. */
const COMPILE_VERSION = 1;
export const BUILD_DIR = '.build';
/** Folders whose .ts and .json files may be inputs (only those esbuild actually read are recorded). */
const SOURCE_DIRS = ['src', 'scripts'];
/** Inputs besides the sources: what changes the output for the same sources. */
const CONFIG_FILES = ['tools/compile.mjs', 'tsconfig.json', 'package.json'];
/** A replaced build is removed this long after it stopped being current (a command may still be loading its chunks). */
const KEEP_OLD_BUILDS_MS = 10 * 60 * 1000;

const PROJECT_DIR = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * @typedef {[path: string, size: number, mtimeMs: number]} InputStamp
 * @typedef {{ version: number, id: string, commands: Record<string, string>, inputs: InputStamp[] }} BuildManifest
 */

/** @param {string} projectDir @returns {string[]} command names: the scripts/*.ts files */
export function commandNames(projectDir) {
    return readdirSync(join(projectDir, 'scripts'))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => f.slice(0, -3))
        .sort();
}

/** `check:upstream` (the npm script name) → `check-upstream` (the file under scripts/). */
export const commandFile = (/** @type {string} */ name) => name.replaceAll(':', '-');

/** @param {string} projectDir @param {string} rel @returns {InputStamp} */
function stamp(projectDir, rel) {
    const st = statSync(join(projectDir, rel));
    return [rel, st.size, st.mtimeMs];
}

/** @param {string} projectDir @returns {Map<string, InputStamp>} every candidate input, stamped */
function stampCandidates(projectDir) {
    /** @type {Map<string, InputStamp>} */
    const out = new Map();
    const walk = (/** @type {string} */ dir) => {
        for (const e of readdirSync(join(projectDir, dir), { withFileTypes: true })) {
            const rel = `${dir}/${e.name}`;
            if (e.isDirectory()) walk(rel);
            else if (e.name.endsWith('.ts') || e.name.endsWith('.json')) out.set(rel, stamp(projectDir, rel));
        }
    };
    for (const d of SOURCE_DIRS) walk(d);
    for (const f of CONFIG_FILES) out.set(f, stamp(projectDir, f));
    return out;
}

/** @param {string} projectDir @returns {BuildManifest | undefined} */
function readManifest(projectDir) {
    try {
        return JSON.parse(readFileSync(join(projectDir, BUILD_DIR, 'current.json'), 'utf8'));
    } catch {
        return undefined;
    }
}

/**
 * The build to run, or undefined when there is none or any of its inputs changed on disk (size or
 * mtime; a deleted input counts as changed). A new source file matters only once an input imports it,
 * which changes that input; a new command (scripts/<name>.ts) is caught by the launcher.
 * @param {string} projectDir
 * @returns {BuildManifest | undefined}
 */
export function currentBuild(projectDir) {
    const m = readManifest(projectDir);
    if (m === undefined || m.version !== COMPILE_VERSION) return undefined;
    for (const [f, size, mtimeMs] of m.inputs) {
        const st = statSync(join(projectDir, f), { throwIfNoEntry: false });
        if (!st || st.size !== size || st.mtimeMs !== mtimeMs) return undefined;
    }
    return m;
}

/** @param {string} projectDir @returns {Promise<BuildManifest>} */
export async function compile(projectDir = PROJECT_DIR) {
    /** @type {typeof import('esbuild')} */
    let esbuild;
    try {
        esbuild = await import('esbuild');
    } catch {
        throw new Error('esbuild is not installed (a devDependency): run "npm ci" in the project.');
    }
    // Stamp before esbuild reads: a file edited while it runs then differs from what is recorded, and
    // the next command compiles again.
    const candidates = stampCandidates(projectDir);
    const names = commandNames(projectDir);
    const root = join(projectDir, BUILD_DIR);
    mkdirSync(root, { recursive: true });
    const tmp = join(root, `tmp-${process.pid}-${Date.now()}`);
    /** @type {import('esbuild').Metafile} */
    let metafile;
    try {
        ({ metafile } = await esbuild.build({
            absWorkingDir: projectDir,
            entryPoints: Object.fromEntries(names.map((n) => [`scripts/${n}`, `scripts/${n}.ts`])),
            outdir: tmp,
            bundle: true,
            splitting: true,
            format: 'esm',
            platform: 'node',
            target: 'node20',
            packages: 'external',
            chunkNames: 'chunks/[name]-[hash]',
            metafile: true,
            logLevel: 'warning',
        }));
    } catch (e) {
        rmSync(tmp, { recursive: true, force: true });
        throw e;
    }
    const read = new Set(Object.keys(metafile.inputs));
    const inputs = [...candidates.values()].filter(([f]) => read.has(f) || CONFIG_FILES.includes(f)).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const id = createHash('sha256').update(JSON.stringify([COMPILE_VERSION, esbuild.version, inputs])).digest('hex').slice(0, 12);
    const target = join(root, id);
    try {
        renameSync(tmp, target);
    } catch {
        rmSync(tmp, { recursive: true, force: true }); // the same build is already there (a concurrent compile)
    }
    /** @type {BuildManifest} */
    const manifest = { version: COMPILE_VERSION, id, commands: Object.fromEntries(names.map((n) => [n, `scripts/${n}.js`])), inputs };
    const previous = readManifest(projectDir)?.id;
    const next = join(root, `current.json.tmp-${process.pid}`);
    writeFileSync(next, JSON.stringify(manifest) + '\n');
    renameSync(next, join(root, 'current.json'));
    const now = new Date();
    // The replaced build's mtime says when it was retired; it is removed KEEP_OLD_BUILDS_MS later.
    if (previous !== undefined && previous !== id) {
        try {
            utimesSync(join(root, previous), now, now);
        } catch {
            // already gone
        }
    }
    for (const e of readdirSync(root, { withFileTypes: true })) {
        if (!e.isDirectory() || e.name === id || e.name === previous) continue;
        const dir = join(root, e.name);
        if (now.getTime() - statSync(dir).mtimeMs > KEEP_OLD_BUILDS_MS) rmSync(dir, { recursive: true, force: true });
    }
    return manifest;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
    const t = performance.now();
    try {
        const m = await compile();
        process.stdout.write(`compile: ${Object.keys(m.commands).length} commands → ${relative(process.cwd(), join(PROJECT_DIR, BUILD_DIR, m.id)) || '.'} (${Math.round(performance.now() - t)} ms)\n`);
    } catch (e) {
        process.stderr.write(`compile: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 2;
    }
}
