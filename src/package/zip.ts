/**
 * Deterministic zip archives (yazl). Same entries → same bytes, whatever the time zone, the wall clock or
 * the input files' mtimes: entries are sorted by name, every entry carries one fixed timestamp built from
 * LOCAL date fields plus `forceDosTimestamp` (yazl converts with local-time getters and would otherwise
 * add a UTC extended-timestamp field; toolchain-probe §7) and one fixed Unix mode.
 */
import { ZipFile } from 'yazl';
import { ToolError } from '../core/errors.ts';

export interface ZipEntry {
    /** Path inside the archive, with forward slashes and no leading slash. */
    name: string;
    data: string | Uint8Array;
}

/** 2020-01-01 00:00 in local fields: yazl writes local fields into the DOS timestamp. */
export const zipTimestamp = (): Date => new Date(2020, 0, 1, 0, 0, 0);
/** Regular file, rw-r--r--. */
export const ZIP_FILE_MODE = 0o100644;

const byteOrder = (a: ZipEntry, b: ZipEntry): number => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name));

function checkNames(entries: readonly ZipEntry[]): void {
    const seen = new Set<string>();
    for (const e of entries) {
        if (e.name === '' || e.name.startsWith('/') || e.name.includes('\\') || e.name.split('/').includes('..')) {
            throw new ToolError(undefined, undefined, `invalid zip entry name "${e.name}".`);
        }
        if (seen.has(e.name)) throw new ToolError(undefined, undefined, `duplicate zip entry "${e.name}".`);
        seen.add(e.name);
    }
}

export async function createZip(entries: readonly ZipEntry[]): Promise<Buffer> {
    checkNames(entries);
    const zip = new ZipFile();
    const mtime = zipTimestamp();
    for (const e of [...entries].sort(byteOrder)) {
        const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
        zip.addBuffer(data, e.name, { mtime, mode: ZIP_FILE_MODE, forceDosTimestamp: true, compress: true });
    }
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
        zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
        zip.outputStream.on('error', reject);
        zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    });
    zip.end();
    return done;
}
