/**
 * The packaging output folder (dist/ by default): packaging only ever replaces what packaging made.
 *
 * Safety, checked before anything is written (a refusal is exit 2 and touches nothing):
 * - the folder must not be, or contain, the project root (`--out .`, `--out ..`, `--out /`);
 * - an existing folder must be empty, or carry the marker file this module writes into every package
 *   (PACKAGE_MARKER), or be a package written before the marker existed (only entries of the package
 *   layout, with connector/apiDefinition.swagger.json) — anything else is somebody else's folder.
 *
 * Crash safety of the swap. Node has no atomic directory exchange, so the swap is two renames:
 * `out` → `.<out>.previous-*`, then `.<out>.staging-*` → `out`. Both sit beside `out` (same file system;
 * the project's .gitignore covers them) and exist only for the duration of a run:
 * - a failure removes the staging folder and puts the previous package back, and the first error is
 *   the one reported (a failed restore is added to its message, never replaces it);
 * - a kill between the two renames leaves no `out`: the next run, holding the lock, puts the previous
 *   package back before doing anything else, and removes every leftover staging/previous folder;
 * - a lock file (`.<out>.lock`, holding the owner's pid) keeps two runs from swapping the same folder;
 *   a lock whose process is gone is taken over.
 * The swap itself is synchronous, so SIGINT/SIGTERM (handled on the event loop) cannot land between
 * the renames; only SIGKILL or a power cut can, and the next run recovers from that.
 */
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, parse, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ToolError } from '../core/errors.ts';
import { toJsonText } from '../emit/write-json.ts';

/** Written into the root of every package; its presence marks a folder the packager may replace. */
export const PACKAGE_MARKER = '.connector-package.json';
export const PACKAGED_BY = 'npm run package';

export interface PackageMarker {
    packagedBy: typeof PACKAGED_BY;
    /** Every file of the package, POSIX paths relative to the folder. */
    files: string[];
}

/** Top-level entries of a package written before the marker existed. */
const LEGACY_ENTRIES: readonly RegExp[] = [/^connector$/, /^logic-apps$/, /^samples$/, /^solution$/, /^[a-z0-9-]+-connector-[0-9][0-9A-Za-z.-]*\.zip$/];

/** The real path of `p`, or of its nearest existing ancestor joined with the rest. */
function realish(p: string): string {
    const abs = resolve(p);
    const rest: string[] = [];
    let cur = abs;
    for (;;) {
        try {
            return join(realpathSync(cur), ...rest.reverse());
        } catch {
            const up = dirname(cur);
            if (up === cur) return abs;
            rest.push(basename(cur));
            cur = up;
        }
    }
}

const isWithin = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);

function readMarker(dir: string): PackageMarker | undefined {
    try {
        const value = JSON.parse(readFileSync(join(dir, PACKAGE_MARKER), 'utf8')) as Partial<PackageMarker>;
        return value.packagedBy === PACKAGED_BY && Array.isArray(value.files) ? (value as PackageMarker) : undefined;
    } catch {
        return undefined;
    }
}

/** How an existing folder may be treated: 'empty', 'package' (marked or legacy layout), or 'foreign'. */
export function classifyExisting(dir: string): 'empty' | 'package' | 'foreign' {
    const entries = readdirSync(dir);
    if (entries.length === 0) return 'empty';
    if (readMarker(dir)) return 'package';
    const legacy = entries.every((e) => LEGACY_ENTRIES.some((re) => re.test(e))) && existsSync(join(dir, 'connector', 'apiDefinition.swagger.json'));
    return legacy ? 'package' : 'foreign';
}

/** Throws a ToolError when `outDir` may not receive a package; never writes anything. */
export function checkOutputDir(outDir: string, projectRoot: string): void {
    const out = realish(outDir);
    const root = realish(projectRoot);
    if (out === root) throw new ToolError(outDir, undefined, 'is the project folder itself; choose an empty or new folder for the package (default: dist/).');
    if (isWithin(root, out)) throw new ToolError(outDir, undefined, `contains the project folder ${projectRoot}; choose an empty or new folder for the package (default: dist/).`);
    if (out === parse(out).root) throw new ToolError(outDir, undefined, 'is the root of the file system.');
    let st;
    try {
        st = lstatSync(outDir);
    } catch {
        return; // does not exist yet: it will be created
    }
    if (!st.isDirectory() && !statSync(outDir).isDirectory()) throw new ToolError(outDir, undefined, 'is a file, not a folder.');
    if (classifyExisting(outDir) === 'foreign') {
        throw new ToolError(
            outDir,
            undefined,
            `is not empty and was not written by "${PACKAGED_BY}" (no ${PACKAGE_MARKER}); packaging replaces the whole folder, so it refuses to touch it. Choose an empty or new folder.`,
        );
    }
}

const leftoverPattern = (base: string) => new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(staging|previous)-[0-9]+-[0-9a-f]+$`);

function pidAlive(pid: number): boolean {
    if (!Number.isInteger(pid) || pid <= 0) return false;
    try {
        process.kill(pid, 0);
        return true;
    } catch (e) {
        return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
}

/** Takes `.<base>.lock` beside the folder; a lock left by a dead process is taken over. */
function acquireLock(lock: string, outDir: string): () => void {
    for (let attempt = 0; attempt < 2; attempt++) {
        try {
            const fd = openSync(lock, 'wx');
            writeSync(fd, String(process.pid));
            closeSync(fd);
            return () => rmSync(lock, { force: true });
        } catch (e) {
            if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
            const owner = Number(readFileSync(lock, 'utf8').trim());
            if (pidAlive(owner) && owner !== process.pid) {
                throw new ToolError(outDir, undefined, `another packaging run (process ${owner}) is writing it; wait for it to finish (lock: ${lock}).`);
            }
            rmSync(lock, { force: true });
        }
    }
    throw new ToolError(outDir, undefined, `cannot take the lock ${lock}.`);
}

/**
 * Leftovers of an interrupted run: put a previous package back when the folder itself is missing (a
 * kill between the two renames), then remove every other staging/previous folder. Call with the lock held.
 */
export function recoverInterrupted(outDir: string): string[] {
    const parent = dirname(outDir);
    const pattern = leftoverPattern(basename(outDir));
    const leftovers = existsSync(parent) ? readdirSync(parent).filter((n) => pattern.test(n)).sort() : [];
    const actions: string[] = [];
    if (!existsSync(outDir)) {
        const previous = leftovers.filter((n) => n.includes('.previous-')).map((n) => join(parent, n));
        const newest = previous.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
        if (newest !== undefined) {
            renameSync(newest, outDir);
            actions.push(`restored ${basename(outDir)} from ${basename(newest)}`);
        }
    }
    for (const name of leftovers) {
        const p = join(parent, name);
        if (!existsSync(p)) continue;
        rmSync(p, { recursive: true, force: true });
        actions.push(`removed ${name}`);
    }
    return actions;
}

export interface ReplaceHooks {
    /** Replaces renameSync (tests simulate a crash between the two renames with it). */
    rename?: (from: string, to: string) => void;
}

/**
 * Replace `outDir` with a folder filled by `fill` (plus the marker), all or nothing. The folder is
 * checked with checkOutputDir (under the lock) first.
 */
export function replaceOutputDir(outDir: string, projectRoot: string, files: readonly string[], fill: (dir: string) => void, hooks: ReplaceHooks = {}): { recovered: string[] } {
    const rename = hooks.rename ?? renameSync;
    const parent = dirname(outDir);
    mkdirSync(parent, { recursive: true });
    const base = basename(outDir);
    const release = acquireLock(join(parent, `.${base}.lock`), outDir);
    const id = `${process.pid}-${randomBytes(4).toString('hex')}`;
    const staging = join(parent, `.${base}.staging-${id}`);
    const previous = join(parent, `.${base}.previous-${id}`);
    try {
        const recovered = recoverInterrupted(outDir);
        checkOutputDir(outDir, projectRoot);
        mkdirSync(staging);
        fill(staging);
        const marker: PackageMarker = { packagedBy: PACKAGED_BY, files: [...files] };
        writeFileSyncNoFollow(join(staging, PACKAGE_MARKER), toJsonText(marker));
        const hadOld = existsSync(outDir);
        if (hadOld) rename(outDir, previous);
        try {
            rename(staging, outDir);
        } catch (e) {
            if (hadOld) {
                try {
                    rename(previous, outDir);
                } catch (restore) {
                    (e as Error).message += ` (and putting the previous package back failed: ${(restore as Error).message}; it is at ${previous})`;
                }
            }
            throw e;
        }
        if (hadOld) rmSync(previous, { recursive: true, force: true });
        return { recovered };
    } finally {
        rmSync(staging, { recursive: true, force: true });
        release();
    }
}

function writeFileSyncNoFollow(path: string, text: string): void {
    const fd = openSync(path, 'wx');
    try {
        writeSync(fd, text);
    } finally {
        closeSync(fd);
    }
}
