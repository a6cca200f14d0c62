/** Atomic writes: write to a temporary sibling, then rename, so no reader ever sees half a file. */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';

let counter = 0;
const tempName = (target: string) =>
    join(dirname(target), `.${basename(target)}.tmp-${process.pid}-${Date.now()}-${counter++}`);

export function writeFileAtomic(target: string, data: string | Uint8Array): void {
    mkdirSync(dirname(target), { recursive: true });
    const tmp = tempName(target);
    try {
        writeFileSync(tmp, data);
        renameSync(tmp, target);
    } catch (e) {
        rmSync(tmp, { force: true });
        throw e;
    }
}

/**
 * Replace a whole directory: `fill` writes into a fresh temporary directory; only when it returns
 * is the old directory swapped out for the new one. On failure the old directory is untouched.
 */
export async function replaceDirAtomic(target: string, fill: (tmpDir: string) => Promise<void> | void): Promise<void> {
    const parent = dirname(target);
    mkdirSync(parent, { recursive: true });
    const tmp = tempName(target);
    const old = `${tmp}.old`;
    mkdirSync(tmp);
    try {
        await fill(tmp);
    } catch (e) {
        rmSync(tmp, { recursive: true, force: true });
        throw e;
    }
    const hadOld = existsSync(target);
    if (hadOld) renameSync(target, old);
    try {
        renameSync(tmp, target);
    } catch (e) {
        if (hadOld) renameSync(old, target);
        rmSync(tmp, { recursive: true, force: true });
        throw e;
    }
    rmSync(old, { recursive: true, force: true });
}
