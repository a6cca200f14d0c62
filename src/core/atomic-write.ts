/** Atomic writes: write to a temporary sibling, then rename, so no reader ever sees half a file. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
