/** Secret masking for everything the harness prints. */

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
