/**
 * A dereference for the common case, equal to what swagger-parser's dereference (with
 * `circular: "ignore"`) gives, without its cost: @apidevtools/json-schema-ref-parser builds a URL and
 * a JSON pointer string for every key of the document, crawls the whole document once more looking
 * for external files, and needs a deep clone first because it edits its input in place (about 185 ms
 * on a 5 MB connector; this takes about 15 ms and copies only the objects that hold a `$ref`).
 *
 * It answers only when its result is certainly swagger-parser's, and returns `undefined` otherwise,
 * so the caller falls back to swagger-parser. It answers when:
 * - the root is a Swagger 2.0 document swagger-parser's `parse` accepts (`swagger: "2.0"`, a version
 *   that is not a number), is no `$ref` itself and does not switch json-schema-ref-parser to `$id`
 *   scopes (no root `$id`, `$schema` or `openapi`);
 * - no object has a `"__proto__"` key;
 * - every `$ref` swagger-parser follows (a non-empty string that is `#` or starts with `#/` or not
 *   with `#`) is a local pointer `#/a/b…` whose tokens need no decoding (letters, digits, `_`, `.`, `-`)
 *   and walk own properties of plain objects, none of them a `$ref` object on the way, to a plain
 *   object;
 * - no `$ref` object has keys besides `$ref` (json-schema-ref-parser merges those in an order that
 *   depends on what it met first);
 * - no `$ref` reaches itself (a circular document keeps its `$ref`s, and validate() treats it apart).
 *
 * Then each `$ref` object is replaced by the dereferenced target, which is what json-schema-ref-parser
 * does for such documents; test/validate/dereference.test.ts compares the two on the corpus and on
 * documents made to fall back, and docs/performance.md gives the count over Microsoft's 1031 connectors.
 * The result shares every object that holds no `$ref`, anywhere below it, with the input: the caller
 * must not modify it (AJV and swagger-parser's spec stage only read it).
 */
import { isObject, type JsonObject } from '../core/json.ts';

const SIMPLE_TOKEN = /^[A-Za-z0-9_.-]+$/;

/** Why the fast path declined (for the tests), or the dereferenced document. */
export type FastDereference = { ok: true; value: JsonObject } | { ok: false; reason: string };

class Decline extends Error {}

/** The `$ref` string json-schema-ref-parser would follow on this value, if any (ref.js `isAllowed$Ref` with external references on). */
function followedRef(value: JsonObject): string | undefined {
    const ref = value['$ref'];
    if (!('$ref' in value) || typeof ref !== 'string' || ref.length === 0) return undefined;
    if (ref === '#' || ref.startsWith('#/') || !ref.startsWith('#')) return ref;
    return undefined; // "#foo": not a pointer, left as it is
}

export function dereferenceFast(doc: JsonObject): FastDereference {
    if (doc['swagger'] !== '2.0') return { ok: false, reason: 'not a "2.0" swagger' };
    if (isObject(doc['info']) && typeof doc['info']['version'] === 'number') return { ok: false, reason: 'info.version is a number' };
    for (const key of ['$id', '$schema', 'openapi', '$ref']) if (key in doc) return { ok: false, reason: `the root has ${key}` };
    /** Dereferenced target per `$ref` string; `null` while its own dereference is under way. */
    const targets = new Map<string, unknown>();

    const resolveTarget = (ref: string): unknown => {
        const done = targets.get(ref);
        if (done === null) throw new Decline(`circular $ref ${ref}`);
        if (done !== undefined) return done;
        if (!ref.startsWith('#/')) throw new Decline(`$ref ${ref} is not a local pointer`);
        let node: unknown = doc;
        for (const token of ref.slice(2).split('/')) {
            if (!SIMPLE_TOKEN.test(token)) throw new Decline(`$ref ${ref} has a token that needs decoding`);
            if (isObject(node) && followedRef(node) !== undefined) throw new Decline(`$ref ${ref} passes through a $ref`);
            if (!isObject(node) || !Object.hasOwn(node, token)) throw new Decline(`$ref ${ref} does not reach a value through own properties of objects`);
            node = node[token];
        }
        if (!isObject(node)) throw new Decline(`$ref ${ref} reaches no object`);
        targets.set(ref, null);
        const value = visit(node);
        targets.set(ref, value);
        return value;
    };

    const visit = (value: unknown): unknown => {
        if (value === null || typeof value !== 'object') return value;
        if (Array.isArray(value)) {
            let copy: unknown[] | undefined;
            for (let i = 0; i < value.length; i++) {
                const item: unknown = value[i];
                const next = visit(item);
                if (next !== item) (copy ??= value.slice())[i] = next;
            }
            return copy ?? value;
        }
        const object = value as JsonObject;
        const ref = followedRef(object);
        if (ref !== undefined) {
            if (Object.keys(object).length > 1) throw new Decline(`a $ref object with other keys (${ref})`);
            return resolveTarget(ref);
        }
        let copy: JsonObject | undefined;
        for (const key of Object.keys(object)) {
            // Assigning "__proto__" (as json-schema-ref-parser does) sets the prototype instead of the key.
            if (key === '__proto__') throw new Decline('a "__proto__" key');
            const item = object[key];
            const next = visit(item);
            if (next !== item) (copy ??= { ...object })[key] = next;
        }
        return copy ?? object;
    };

    try {
        return { ok: true, value: visit(doc) as JsonObject };
    } catch (e) {
        if (e instanceof Decline) return { ok: false, reason: e.message };
        throw e;
    }
}
