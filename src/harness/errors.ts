/** Errors that mean "the harness cannot run" (CLI exit 2), and secret masking for everything printed. */
import { toPointer } from '../core/pointer.ts';

export class CannotRunError extends Error {
    override name = 'CannotRunError';
    constructor(message: string, readonly file?: string, readonly path?: readonly (string | number)[]) {
        super(file === undefined ? message : `${file}${path ? toPointer(path) : ''}: ${message}`);
    }
}

export const MASK = '***';

/** Replace every occurrence of each secret (and its URL-encoded form) with ***. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
    let out = text;
    for (const s of secrets) {
        if (s.length === 0) continue;
        out = out.split(s).join(MASK);
        const encoded = encodeURIComponent(s);
        if (encoded !== s) out = out.split(encoded).join(MASK);
    }
    return out;
}
