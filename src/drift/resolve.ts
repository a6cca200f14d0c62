/**
 * A small local `$ref` resolver (`#/components/schemas/…`, `#/definitions/…`, or any other local
 * pointer). It follows chains of references and stops with an InputError on a cycle, on a missing
 * target and on references to other files. Recursion through properties is the comparer's job: it
 * remembers which pairs of resolved targets it is already inside (see schema-diff.ts).
 */
import { fromPointer, type JsonPathSegments } from '../core/pointer.ts';
import { InputError, isObject } from './input.ts';

export interface DocSide {
    doc: unknown;
    /** File name (or label) used in error messages. */
    file: string;
}

export interface Located {
    node: unknown;
    /** Where `node` lives in its document (after following every $ref). */
    path: JsonPathSegments;
    /** The `$ref` target of the last reference followed, when one was followed (e.g. `#/definitions/X`). */
    ref?: string;
}

/** The value at `segments` in `doc`, or undefined. */
export function lookup(doc: unknown, segments: readonly (string | number)[]): unknown {
    let cur: unknown = doc;
    for (const seg of segments) {
        const s = String(seg);
        if (Array.isArray(cur)) {
            const i = Number(s);
            cur = Number.isInteger(i) && String(i) === s ? cur[i] : undefined;
        } else if (isObject(cur)) {
            cur = Object.prototype.hasOwnProperty.call(cur, s) ? cur[s] : undefined;
        } else {
            return undefined;
        }
    }
    return cur;
}

/** Follow `$ref`s from `node` (found at `path`) until a node that is not a reference. */
export function resolve(side: DocSide, node: unknown, path: JsonPathSegments): Located {
    const seen: string[] = [];
    let cur: Located = { node, path };
    while (isObject(cur.node) && typeof cur.node['$ref'] === 'string') {
        const ref = cur.node['$ref'];
        if (!ref.startsWith('#')) {
            throw new InputError(side.file, [...cur.path, '$ref'], `reference "${ref}" points outside this document; only local references (#/...) are supported.`);
        }
        if (seen.includes(ref)) {
            throw new InputError(side.file, [...cur.path, '$ref'], `circular reference chain ${[...seen, ref].join(' -> ')}.`);
        }
        seen.push(ref);
        const segments = fromPointer(ref);
        const target = lookup(side.doc, segments);
        if (target === undefined) {
            throw new InputError(side.file, [...cur.path, '$ref'], `reference "${ref}" does not resolve to anything in this document.`);
        }
        cur = { node: target, path: segments, ref };
    }
    return cur;
}
