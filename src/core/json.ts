/** Defensive accessors for documents of unknown shape (any connector folder, possibly broken). */
import type { JsonPathSegments } from './pointer.ts';

export type JsonObject = Record<string, unknown>;

/** The range of OpenAPI's int32 format (and of .NET's int, which eMabler's API uses). */
export const INT32_MIN = -(2 ** 31);
export const INT32_MAX = 2 ** 31 - 1;

export const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);
export const asObject = (v: unknown): JsonObject | undefined => (isObject(v) ? v : undefined);
export const asArray = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);
export const asString = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const entries = (v: unknown): [string, unknown][] => (isObject(v) ? Object.entries(v) : []);

/**
 * Visit every value in document order (depth first); `visit` returns false to skip children. `path` is the
 * walker's own array, changed as it goes: read it during the call, copy it (`[...path]`) to keep it. (A
 * copy per value made the walks of a 5 MB document several times slower.)
 */
export function walkJson(value: unknown, visit: (value: unknown, path: readonly (string | number)[], key: string | number | undefined) => boolean | void, path: JsonPathSegments = []): void {
    const seen = new Set<unknown>();
    const at: (string | number)[] = [...path];
    const go = (v: unknown, key: string | number | undefined) => {
        if (visit(v, at, key) === false) return;
        if (v === null || typeof v !== 'object' || seen.has(v)) return;
        seen.add(v);
        if (Array.isArray(v)) {
            for (let i = 0; i < v.length; i++) {
                at.push(i);
                go(v[i], i);
                at.pop();
            }
        } else {
            for (const k of Object.keys(v)) {
                at.push(k);
                go((v as Record<string, unknown>)[k], k);
                at.pop();
            }
        }
    };
    go(value, undefined);
}

/** The value at `segments` in `doc` (own properties only), or undefined. */
export function lookup(doc: unknown, segments: readonly (string | number)[]): unknown {
    let cur: unknown = doc;
    for (const seg of segments) {
        const s = String(seg);
        if (Array.isArray(cur)) {
            const i = Number(s);
            cur = Number.isInteger(i) && String(i) === s ? cur[i] : undefined;
        } else if (isObject(cur)) {
            cur = Object.hasOwn(cur, s) ? cur[s] : undefined;
        } else {
            return undefined;
        }
    }
    return cur;
}

/** `"string"`, `1000`, `true`, `["a","b"]`, or `absent`: a value as messages show it. */
export const showValue = (v: unknown): string => (v === undefined ? 'absent' : JSON.stringify(v));

/** A value's JSON type as Swagger spells types ("integer" for whole numbers), as a reader of the payload would name it. */
export function jsonTypeOf(value: unknown): string {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value;
}
