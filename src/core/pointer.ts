/**
 * JSON pointers (RFC 6901) ⇄ path segments: the one encoder and the one decoder of the project.
 * Paths stay arrays of segments everywhere (Swagger path keys contain "/"); they become pointer text
 * only at the edge (messages, formatters) and are parsed back only from pointer text written by
 * others (`$ref` values, AJV's instancePath).
 */
export type JsonPathSegments = (string | number)[];

const encodeSegment = (s: string | number): string => String(s).replaceAll('~', '~0').replaceAll('/', '~1').replaceAll('%', '%25');

/**
 * `#/paths/~1v2~1transactions/post`: the URI-fragment form with a leading "#". Only "~", "/" and "%"
 * are escaped, so pointers stay readable (`{id}` is kept as is) and fromPointer(toPointer(p)) === p.
 */
export const toPointer = (path: readonly (string | number)[]): string => '#' + path.map((s) => '/' + encodeSegment(s)).join('');

function decodePercent(segment: string): string {
    if (!segment.includes('%')) return segment;
    try {
        return decodeURIComponent(segment);
    } catch {
        return segment; // a lone "%" that is not an escape: taken literally
    }
}

/**
 * Segments of a pointer. With a leading "#" it is a URI fragment (a `$ref` such as
 * `#/definitions/My%20Thing`, or toPointer's output): percent-escapes are decoded. Without it, it is a
 * plain RFC 6901 pointer (AJV's instancePath `/items/0/id`) and taken literally. Numbers stay strings:
 * whether "0" is an array index depends on the document (see segmentsIn).
 */
export function fromPointer(pointer: string): string[] {
    const fragment = pointer.startsWith('#');
    const p = fragment ? pointer.slice(1) : pointer;
    if (p === '') return [];
    return p
        .slice(1)
        .split('/')
        .map((s) => {
            const unescaped = s.replaceAll('~1', '/').replaceAll('~0', '~');
            return fragment ? decodePercent(unescaped) : unescaped;
        });
}

/**
 * Segments of `pointer` as they address `root`: an index into an array becomes a number (walking the
 * value tells arrays from objects whose keys happen to be digits). Used for AJV instance paths.
 */
export function segmentsIn(pointer: string, root: unknown): JsonPathSegments {
    const out: JsonPathSegments = [];
    let node: unknown = root;
    for (const key of fromPointer(pointer)) {
        if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(key)) {
            const index = Number(key);
            out.push(index);
            node = node[index];
        } else {
            out.push(key);
            node = node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
        }
    }
    return out;
}
