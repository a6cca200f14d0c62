/**
 * The one reader of API documents for every tool (validator rules, contract checks, diff, harness,
 * packaging): operations, parameters, request bodies, responses, `$ref` resolution and status order.
 * It reads documents of unknown shape defensively (a broken connector must not crash a rule) and
 * understands both dialects the project meets: Swagger 2.0 (our connector, any connector folder) and
 * OpenAPI 3 (eMabler's own document, for the drift check). Where a document is broken, callers choose:
 * `resolveRef` throws a ToolError naming the file and pointer (comparisons that cannot go on),
 * `tryResolveRef` answers undefined (rules that report and carry on).
 */
import { ToolError } from '../core/errors.ts';
import { asArray, asString, entries, isObject, lookup, type JsonObject } from '../core/json.ts';
import { fromPointer, type JsonPathSegments } from '../core/pointer.ts';
import type { SwaggerBodyParameter, SwaggerDocument, SwaggerOperation } from './types.ts';

export type Dialect = 'swagger2' | 'openapi3';

/** A document with the name its messages use. */
export interface DocSide {
    doc: unknown;
    /** File name or label used in error messages. */
    file: string;
    dialect: Dialect;
}

const METHODS: Readonly<Record<Dialect, ReadonlySet<string>>> = {
    swagger2: new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']),
    openapi3: new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']),
};

export interface OperationAt {
    /** Lower-case HTTP method. */
    method: string;
    /** The key under `paths`. */
    pathKey: string;
    /** Base path (Swagger `basePath`, OpenAPI first server's URL path) + path key, single slashes. */
    fullPath: string;
    /** Matching key across documents: upper-case method + full path with `{param}` names blanked. */
    key: string;
    operationId: string | undefined;
    summary: string | undefined;
    /** operationId, else `<METHOD> <path key>`: how messages name the operation. */
    label: string;
    node: JsonObject;
    pathItem: JsonObject;
    /** `['paths', pathKey, method]`. */
    at: JsonPathSegments;
}

/** Join base and path with single slashes; no trailing slash except for the root. */
export function joinPath(base: string, path: string): string {
    const joined = `/${base}/${path}`.replace(/\/{2,}/g, '/');
    return joined.length > 1 && joined.endsWith('/') ? joined.slice(0, -1) : joined;
}

export const operationKey = (method: string, fullPath: string): string => `${method.toUpperCase()} ${fullPath.replace(/\{[^}/]*\}/g, '{}')}`;

/** The URL path of an OpenAPI 3 document's first server (server variables take their defaults). */
export function serverBasePath(doc: JsonObject): string {
    const first = asArray(doc['servers'])?.[0];
    if (!isObject(first) || typeof first['url'] !== 'string') return '/';
    const vars = isObject(first['variables']) ? first['variables'] : {};
    const url = first['url'].replace(/\{([^}]+)\}/g, (_m, name: string) => {
        const v = vars[name];
        return isObject(v) && typeof v['default'] === 'string' ? v['default'] : '';
    });
    try {
        return new URL(url, 'http://relative.invalid').pathname;
    } catch {
        return '/';
    }
}

/** The dialect a document declares (`openapi: 3.x` → openapi3; anything else is read as Swagger 2.0). */
export const dialectOf = (doc: JsonObject): Dialect => (typeof doc['openapi'] === 'string' && doc['openapi'].startsWith('3.') ? 'openapi3' : 'swagger2');

/** Every operation in document order (paths as written, methods as written). */
export function operations(doc: JsonObject, dialect: Dialect = dialectOf(doc)): OperationAt[] {
    const base = dialect === 'openapi3' ? serverBasePath(doc) : (asString(doc['basePath']) ?? '/');
    const methods = METHODS[dialect];
    const out: OperationAt[] = [];
    for (const [pathKey, item] of entries(doc['paths'])) {
        if (!isObject(item)) continue;
        for (const [method, node] of Object.entries(item)) {
            if (!methods.has(method) || !isObject(node)) continue;
            const fullPath = joinPath(base, pathKey);
            const operationId = asString(node['operationId']);
            out.push({
                method,
                pathKey,
                fullPath,
                key: operationKey(method, fullPath),
                operationId,
                summary: asString(node['summary']),
                label: operationId ?? `${method.toUpperCase()} ${pathKey}`,
                node,
                pathItem: item,
                at: ['paths', pathKey, method],
            });
        }
    }
    return out;
}

/** The operation with this operationId, or undefined. */
export const findOperation = (doc: JsonObject, operationId: string): OperationAt | undefined =>
    operations(doc).find((o) => o.operationId === operationId);

/** A typed view of an emitted document's operations (those with an operationId). */
export interface TypedOperationAt extends OperationAt {
    operationId: string;
    operation: SwaggerOperation;
}

export const typedOperations = (doc: SwaggerDocument): TypedOperationAt[] =>
    operations(doc as unknown as JsonObject, 'swagger2').flatMap((o) =>
        o.operationId === undefined ? [] : [{ ...o, operationId: o.operationId, operation: o.node as unknown as SwaggerOperation }],
    );

// ---------------------------------------------------------------------------------------------
// $ref resolution

export interface Located {
    node: unknown;
    /** Where `node` lives in its document (after following every $ref). */
    path: JsonPathSegments;
    /** The last `$ref` followed, when one was (e.g. `#/definitions/X`). */
    ref?: string;
}

/** Follows local `$ref`s from `node` (found at `path`); throws a ToolError on a foreign, circular or dangling reference. */
export function resolveRef(side: Pick<DocSide, 'doc' | 'file'>, node: unknown, path: JsonPathSegments): Located {
    const seen: string[] = [];
    let cur: Located = { node, path };
    while (isObject(cur.node) && typeof cur.node['$ref'] === 'string') {
        const ref = cur.node['$ref'];
        if (!ref.startsWith('#')) {
            throw new ToolError(side.file, [...cur.path, '$ref'], `reference "${ref}" points outside this document; only local references (#/...) are supported.`);
        }
        if (seen.includes(ref)) throw new ToolError(side.file, [...cur.path, '$ref'], `circular reference chain ${[...seen, ref].join(' -> ')}.`);
        seen.push(ref);
        const segments = fromPointer(ref);
        const target = lookup(side.doc, segments);
        if (target === undefined) throw new ToolError(side.file, [...cur.path, '$ref'], `reference "${ref}" does not resolve to anything in this document.`);
        cur = { node: target, path: segments, ref };
    }
    return cur;
}

/** resolveRef for rules over possibly broken documents: undefined where resolveRef would throw. */
export function tryResolveRef(doc: unknown, node: unknown, path: JsonPathSegments): Located | undefined {
    try {
        return resolveRef({ doc, file: '' }, node, path);
    } catch (e) {
        if (e instanceof ToolError) return undefined;
        throw e;
    }
}

/** The object a possibly-`$ref` schema stands for, or undefined. */
export function derefObject(doc: unknown, node: unknown): JsonObject | undefined {
    const r = tryResolveRef(doc, node, []);
    return r && isObject(r.node) ? r.node : undefined;
}

// ---------------------------------------------------------------------------------------------
// Parameters

export interface ParameterAt {
    /** The parameter object (a `$ref` followed). */
    node: JsonObject;
    in: string;
    name: string;
    /** Where the parameter object is defined (a `#/parameters/x` target for a `$ref`). */
    at: JsonPathSegments;
    /** Where the operation lists it (path-level or operation-level `parameters` entry). */
    site: JsonPathSegments;
    op: OperationAt;
}

/** `in:name`, header names case-insensitive: two parameters with the same key are the same parameter. */
export const parameterKey = (p: { in: string; name: string }): string => `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;

function listParameters(doc: unknown, list: unknown, listAt: JsonPathSegments, op: OperationAt, strict: DocSide | undefined): ParameterAt[] {
    const out: ParameterAt[] = [];
    (asArray(list) ?? []).forEach((raw, i) => {
        const site = [...listAt, i];
        const r = strict ? resolveRef(strict, raw, site) : tryResolveRef(doc, raw, site);
        if (!r || !isObject(r.node)) return;
        const pin = r.node['in'];
        const name = r.node['name'];
        if (typeof pin !== 'string' || typeof name !== 'string') return;
        out.push({ node: r.node, in: pin, name, at: r.path, site, op });
    });
    return out;
}

/**
 * The parameters an operation takes: path-level ones, then the operation's own, which override a
 * path-level parameter with the same key (Swagger 2.0 §Path Item). Unresolvable `$ref`s are skipped,
 * unless `strict` names the document, in which case they throw a ToolError.
 */
export function parameters(doc: unknown, op: OperationAt, strict?: DocSide): ParameterAt[] {
    const byKey = new Map<string, ParameterAt>();
    for (const p of listParameters(doc, op.pathItem['parameters'], ['paths', op.pathKey, 'parameters'], op, strict)) byKey.set(parameterKey(p), p);
    for (const p of listParameters(doc, op.node['parameters'], [...op.at, 'parameters'], op, strict)) {
        byKey.delete(parameterKey(p));
        byKey.set(parameterKey(p), p);
    }
    return [...byKey.values()];
}

/**
 * Every parameter object once, with the first operation that uses it: a shared `#/parameters/x` or a
 * path-level parameter is reported where it is defined, not once per operation. `ops` are the
 * document's operations, when the caller already has them.
 */
export function uniqueParameters(doc: JsonObject, ops: readonly OperationAt[] = operations(doc)): ParameterAt[] {
    const seen = new Set<string>();
    const out: ParameterAt[] = [];
    for (const op of ops) {
        for (const p of parameters(doc, op)) {
            const key = JSON.stringify(p.at);
            if (seen.has(key)) continue;
            seen.add(key);
            out.push(p);
        }
    }
    return out;
}

/** Body parameters (each once, with the first operation that uses it), from `unique` when the caller already has uniqueParameters(doc). */
export const bodyParameters = (doc: JsonObject, unique: readonly ParameterAt[] = uniqueParameters(doc)): ParameterAt[] => unique.filter((p) => p.in === 'body');

/** The body parameter of an emitted operation and its index in `parameters`, if it has one. */
export function bodyParameter(op: SwaggerOperation): { param: SwaggerBodyParameter; index: number } | undefined {
    const params = op.parameters ?? [];
    const index = params.findIndex((p) => p.in === 'body');
    const param = params[index];
    return param && param.in === 'body' ? { param, index } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Request and response bodies, dialect-neutral

/** A schema node before its `$ref` is followed, with where it was found. */
export interface NodeAt {
    node: unknown;
    path: JsonPathSegments;
}

/** The JSON media type's schema in an OpenAPI 3 `content` map (application/json, else any *json*, else the first). */
export function jsonMediaSchema(content: unknown, contentPath: JsonPathSegments): NodeAt | undefined {
    if (!isObject(content)) return undefined;
    const keys = Object.keys(content);
    const key = keys.find((k) => k === 'application/json') ?? keys.find((k) => k.includes('json')) ?? keys[0];
    if (key === undefined) return undefined;
    const media = content[key];
    if (!isObject(media) || media['schema'] === undefined) return undefined;
    return { node: media['schema'], path: [...contentPath, key, 'schema'] };
}

export interface RequestBodyAt {
    /** The body parameter (Swagger 2.0) or the `requestBody` object (OpenAPI 3), a `$ref` followed. */
    node: JsonObject;
    /** Where `node` is defined (a `#/parameters/x` or `#/components/requestBodies/X` target for a `$ref`). */
    path: JsonPathSegments;
    /** Where the operation lists it (its `parameters` entry, or its `requestBody`). */
    site: JsonPathSegments;
    name: string;
    required: boolean;
    schema: NodeAt | undefined;
}

/** The request body of an operation, in either dialect (`$ref`s throw through resolveRef). */
export function requestBody(side: DocSide, op: OperationAt): RequestBodyAt | undefined {
    if (side.dialect === 'swagger2') {
        const p = parameters(side.doc, op, side).find((x) => x.in === 'body');
        if (!p) return undefined;
        return { node: p.node, path: p.at, site: p.site, name: p.name, required: p.node['required'] === true, schema: { node: p.node['schema'], path: [...p.at, 'schema'] } };
    }
    const raw = op.node['requestBody'];
    if (raw === undefined) return undefined;
    const site = [...op.at, 'requestBody'];
    const r = resolveRef(side, raw, site);
    if (!isObject(r.node)) return undefined;
    const schema = jsonMediaSchema(r.node['content'], [...r.path, 'content']);
    if (!schema) return undefined;
    return { node: r.node, path: r.path, site, name: 'body', required: r.node['required'] === true, schema };
}

/** Where a missing request body would go: `parameters` (Swagger 2.0) or the operation (OpenAPI 3). */
export const requestBodyParent = (dialect: Dialect, op: OperationAt): JsonPathSegments => (dialect === 'swagger2' ? [...op.at, 'parameters'] : op.at);

/**
 * The schema a non-body parameter's values follow: the parameter itself (Swagger 2.0) or its `schema`
 * (OpenAPI 3), where it is defined (under the `$ref` target for a `$ref`'d parameter).
 */
export function parameterSchema(dialect: Dialect, p: ParameterAt): NodeAt | undefined {
    if (dialect === 'swagger2') return { node: p.node, path: p.at };
    return p.node['schema'] === undefined ? undefined : { node: p.node['schema'], path: [...p.at, 'schema'] };
}

/** The body schema of a resolved response object, in either dialect. */
export function responseSchema(dialect: Dialect, response: Located): NodeAt | undefined {
    if (!isObject(response.node)) return undefined;
    if (dialect === 'swagger2') return response.node['schema'] === undefined ? undefined : { node: response.node['schema'], path: [...response.path, 'schema'] };
    return jsonMediaSchema(response.node['content'], [...response.path, 'content']);
}

/** One scheme named by a security requirement: its scopes and the place of the name. */
export interface SecurityRequirementAt {
    scheme: string;
    scopes: unknown;
    at: JsonPathSegments;
}

/** Every scheme the security requirements name: the root `security` first, then each operation's, in document order. */
export function securityRequirements(doc: JsonObject, ops: readonly OperationAt[] = operations(doc)): SecurityRequirementAt[] {
    const out: SecurityRequirementAt[] = [];
    const add = (list: unknown, at: JsonPathSegments) =>
        (asArray(list) ?? []).forEach((req, i) => {
            for (const [scheme, scopes] of entries(req)) out.push({ scheme, scopes, at: [...at, i, scheme] });
        });
    add(doc['security'], ['security']);
    for (const op of ops) add(op.node['security'], [...op.at, 'security']);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Responses

/** Numeric status codes in ascending order, then ranges like 4XX, then `default`. */
export function sortStatuses(statuses: readonly string[]): string[] {
    const rank = (s: string): [number, string] => (/^\d+$/.test(s) ? [Number(s), s] : s === 'default' ? [Number.MAX_SAFE_INTEGER, s] : [Number(s[0] ?? 9) * 100 + 99.5, s]);
    return [...statuses].sort((a, b) => {
        const [ra, sa] = rank(a);
        const [rb, sb] = rank(b);
        return ra - rb || sa.localeCompare(sb);
    });
}

/** An operation's declared statuses in sortStatuses order. */
export const statusesOf = (op: { responses?: unknown }): string[] => sortStatuses(entries(op.responses).map(([code]) => code));

/** Status codes of an operation's responses that are 2xx, in document order. */
export const successCodes = (op: JsonObject): string[] => entries(op['responses']).map(([code]) => code).filter((c) => /^2\d\d$/.test(c));

// ---------------------------------------------------------------------------------------------
// Schemas

export interface SchemaProperty {
    name: string;
    schema: JsonObject;
    /** Location of the property schema (inside definitions when reached through a $ref). */
    at: JsonPathSegments;
}

/**
 * Every property reachable from `schema` (properties, items, allOf, additionalProperties), following
 * local `$ref`s once each. Properties are reported where they are defined. With `skipInternal`,
 * properties with `x-ms-visibility: internal` (and everything below them) are left out. `seenRefs`:
 * `$ref`s whose targets an earlier call (same document, same `skipInternal`) has already walked, and
 * that this call then skips; it adds the ones it walks.
 */
export function schemaProperties(doc: JsonObject, schema: unknown, at: JsonPathSegments, options: { skipInternal?: boolean; seenRefs?: Set<string> } = {}): SchemaProperty[] {
    const out: SchemaProperty[] = [];
    const seenRefs = options.seenRefs ?? new Set<string>();
    const visit = (s: unknown, p: JsonPathSegments) => {
        if (!isObject(s)) return;
        const ref = asString(s['$ref']);
        if (ref !== undefined) {
            if (seenRefs.has(ref) || !ref.startsWith('#/')) return;
            seenRefs.add(ref);
            visit(lookup(doc, fromPointer(ref)), fromPointer(ref));
            return;
        }
        for (const [name, prop] of entries(s['properties'])) {
            if (!isObject(prop)) continue;
            // Hidden from makers (and its sub-properties with it): nothing to label.
            if (options.skipInternal && prop['x-ms-visibility'] === 'internal') continue;
            if (asString(prop['$ref']) === undefined) out.push({ name, schema: prop, at: [...p, 'properties', name] });
            visit(prop, [...p, 'properties', name]);
        }
        if (isObject(s['items'])) visit(s['items'], [...p, 'items']);
        if (isObject(s['additionalProperties'])) visit(s['additionalProperties'], [...p, 'additionalProperties']);
        (asArray(s['allOf']) ?? []).forEach((sub, i) => visit(sub, [...p, 'allOf', i]));
    };
    visit(schema, at);
    return out;
}

/**
 * Schema objects reachable from `schema` (itself, properties, items, additionalProperties, allOf),
 * each local `$ref` expanded once: what the validator's "schemas per body" limit counts.
 */
export function countSchemas(doc: JsonObject, schema: unknown): number {
    const seenRefs = new Set<string>();
    let count = 0;
    const visit = (s: unknown) => {
        if (!isObject(s)) return;
        const ref = asString(s['$ref']);
        if (ref !== undefined) {
            if (seenRefs.has(ref)) return;
            seenRefs.add(ref);
            visit(ref.startsWith('#') ? lookup(doc, fromPointer(ref)) : undefined);
            return;
        }
        count++;
        for (const [, prop] of entries(s['properties'])) visit(prop);
        if (Array.isArray(s['items'])) s['items'].forEach(visit);
        else visit(s['items']);
        visit(s['additionalProperties']);
        (asArray(s['allOf']) ?? []).forEach(visit);
    };
    visit(schema);
    return count;
}

export interface OperationProperty {
    prop: SchemaProperty;
    /** The first operation (in document order) that reaches the property. */
    op: OperationAt;
}

/**
 * Properties a maker fills in: reachable from a body parameter's schema, `x-ms-visibility: internal`
 * ones skipped. Each property once, where it is defined (a definition shared by operations counts once).
 * `bodies` are bodyParameters(doc), when the caller already has them.
 */
export function bodyProperties(doc: JsonObject, bodies: readonly ParameterAt[] = bodyParameters(doc)): OperationProperty[] {
    const seen = new Set<string>();
    // A $ref walked for one body is not walked again for the next: every property below it is already out.
    const seenRefs = new Set<string>();
    const out: OperationProperty[] = [];
    for (const p of bodies) {
        for (const prop of schemaProperties(doc, p.node['schema'], [...p.at, 'schema'], { skipInternal: true, seenRefs })) {
            const key = JSON.stringify(prop.at);
            if (seen.has(key)) continue;
            seen.add(key);
            out.push({ prop, op: p.op });
        }
    }
    return out;
}

/**
 * Properties of the 2xx response schemas, each once, where it is defined. A `$ref`'d response
 * (`#/responses/X`) is followed; one that does not resolve is skipped. `ops` are the document's
 * operations, when the caller already has them.
 */
export function successResponseProperties(doc: JsonObject, ops: readonly OperationAt[] = operations(doc)): OperationProperty[] {
    const seen = new Set<string>();
    // A $ref walked for one response is not walked again for the next: every property below it is already out.
    const seenRefs = new Set<string>();
    const out: OperationProperty[] = [];
    for (const op of ops) {
        const responses = isObject(op.node['responses']) ? op.node['responses'] : undefined;
        for (const code of successCodes(op.node)) {
            const response = tryResolveRef(doc, responses?.[code], [...op.at, 'responses', code]);
            const schema = response && responseSchema('swagger2', response);
            if (!schema) continue;
            for (const prop of schemaProperties(doc, schema.node, schema.path, { seenRefs })) {
                const key = JSON.stringify(prop.at);
                if (seen.has(key)) continue;
                seen.add(key);
                out.push({ prop, op });
            }
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Every schema-like object

/** Keys whose values are data or extension payloads, never schema or parameter objects. */
const DATA_KEYS: ReadonlySet<string> = new Set([
    'example',
    'examples',
    'default',
    'enum',
    'x-ms-test-value',
    'x-ms-enum-values',
    'x-ms-dynamic-values',
    'x-ms-dynamic-list',
    'x-ms-dynamic-schema',
    'x-ms-dynamic-properties',
    'x-ms-dynamic-tree',
    'x-ms-trigger-value',
]);

/** Keys whose values are maps of names chosen by the author (a property named "type" is not a keyword). */
const NAME_MAPS: ReadonlySet<string> = new Set(['properties', 'definitions', 'paths', 'responses', 'parameters', 'securityDefinitions', 'headers', 'patternProperties']);

export interface ObjectAt {
    node: JsonObject;
    at: JsonPathSegments;
}

/**
 * Every object of a Swagger document in document order, except the name maps themselves (`properties`,
 * `definitions`, `paths`, …) and what sits under data keys (example, default, enum, x-ms-test-value, the
 * dynamic-value extensions): the schemas, parameters, items, responses and the like, each with its place.
 * For rules that check keywords wherever they occur (type, default, enum, x-nullable, required).
 */
export function schemaObjects(doc: JsonObject): ObjectAt[] {
    const out: ObjectAt[] = [];
    const seen = new Set<unknown>();
    const visit = (value: unknown, at: JsonPathSegments, isMap: boolean) => {
        if (value === null || typeof value !== 'object' || seen.has(value)) return;
        seen.add(value);
        if (Array.isArray(value)) {
            value.forEach((item, i) => visit(item, [...at, i], false));
            return;
        }
        const node = value as JsonObject;
        if (!isMap) out.push({ node, at });
        for (const [key, child] of Object.entries(node)) {
            if (!isMap && DATA_KEYS.has(key)) continue;
            visit(child, [...at, key], !isMap && NAME_MAPS.has(key));
        }
    };
    visit(doc, [], false);
    return out;
}

/**
 * The property names a schema declares: its `properties` and those of its `allOf` parts, through local
 * `$ref`s (a `$ref` with siblings counts as its target, as swagger-parser merges them). Undefined when
 * the schema declares neither `properties` nor `allOf`.
 */
export function declaredProperties(doc: JsonObject, schema: unknown): Set<string> | undefined {
    const root = derefObject(doc, schema);
    if (!root || (!isObject(root['properties']) && !Array.isArray(root['allOf']))) return undefined;
    const names = new Set<string>();
    const seen = new Set<unknown>();
    const collect = (s: unknown) => {
        const o = derefObject(doc, s);
        if (!o || seen.has(o)) return;
        seen.add(o);
        for (const [name] of entries(o['properties'])) names.add(name);
        for (const part of asArray(o['allOf']) ?? []) collect(part);
    };
    collect(root);
    return names;
}

// ---------------------------------------------------------------------------------------------
// Paths inside schemas, success schemas, dynamic-value extensions

/** The schema of an operation's success response: the lowest 2xx with a schema (200 first), else `default`. */
export function successSchema(doc: JsonObject, op: OperationAt): { status: string; schema: NodeAt } | undefined {
    const responses = isObject(op.node['responses']) ? op.node['responses'] : {};
    const statuses = [...sortStatuses(successCodes(op.node)), 'default'];
    for (const status of statuses) {
        const r = tryResolveRef(doc, responses[status], [...op.at, 'responses', status]);
        const schema = r ? responseSchema('swagger2', r) : undefined;
        if (schema) return { status, schema };
    }
    return undefined;
}

/**
 * Where a path string leads. When a segment is missing, `declared` says whether the schema there declares
 * its properties (then the segment is known not to be one) or is open (no properties, a dangling $ref).
 */
export type SchemaAtPath = { found: true; schema: JsonObject } | { found: false; missing: string; properties: string[]; declared: boolean };

/**
 * The schema a path string names inside `schema` (Learn: a JSON pointer without the leading slash,
 * `property/childProperty`; empty for the schema itself), following `$ref`s and `allOf` parts through
 * `properties`. When a segment is not a property, says which and what properties there were.
 */
export function schemaAtPath(doc: JsonObject, schema: unknown, path: string): SchemaAtPath {
    let cur = derefObject(doc, schema);
    for (const segment of path === '' ? [] : path.split('/')) {
        if (!cur) return { found: false, missing: segment, properties: [], declared: false };
        const here = cur;
        const parts = [here, ...(asArray(here['allOf']) ?? []).map((p) => derefObject(doc, p))];
        const hit = parts.map((p) => (p && isObject(p['properties']) ? p['properties'][segment] : undefined)).find((x) => x !== undefined);
        if (hit === undefined) {
            const names = [...(declaredProperties(doc, here) ?? [])];
            return { found: false, missing: segment, properties: names, declared: names.length > 0 };
        }
        cur = derefObject(doc, hit);
    }
    return cur ? { found: true, schema: cur } : { found: false, missing: path, properties: [], declared: false };
}

export const DYNAMIC_EXTENSIONS = ['x-ms-dynamic-values', 'x-ms-dynamic-list'] as const;
export type DynamicExtensionName = (typeof DYNAMIC_EXTENSIONS)[number];

export interface DynamicExtensionAt {
    ext: DynamicExtensionName;
    /** The extension object. */
    def: JsonObject;
    /** Path to the extension key. */
    at: JsonPathSegments;
    /** The parameter or schema object carrying it. */
    holder: JsonObject;
    /** `in` of the holder when it is a parameter object; undefined for a schema. */
    parameterIn?: string;
    /** How messages name the holder: `QueryChargingSessions siteIDs[]`, `definition X siteIDs[]`, `ListRfidTags parameter driverId`. */
    label: string;
    /** The operations whose inputs the holder is part of (for a definition: every operation whose body reaches it). */
    sources: OperationAt[];
}

/** `a/b[]` for ['properties', 'a', 'properties', 'b', 'items'] (allOf parts add nothing, additionalProperties `{}`). */
function propertyPath(segments: JsonPathSegments): string {
    let out = '';
    for (let i = 0; i < segments.length; i++) {
        const s = segments[i];
        if (s === 'properties' && i + 1 < segments.length) out += (out === '' ? '' : '/') + String(segments[++i]);
        else if (s === 'items') out += '[]';
        else if (s === 'additionalProperties') out += '{}';
        else if (s === 'allOf') i++;
    }
    return out;
}

/** Names of the definitions reachable from a schema (through $refs, at any depth). */
function definitionsReached(doc: JsonObject, schema: unknown): Set<string> {
    const reached = new Set<string>();
    const visit = (s: unknown) => {
        if (s === null || typeof s !== 'object') return;
        if (Array.isArray(s)) return s.forEach(visit);
        const ref = asString((s as JsonObject)['$ref']);
        if (ref !== undefined) {
            const segments = fromPointer(ref);
            if (segments[0] !== 'definitions' || segments.length !== 2 || reached.has(segments[1]!)) return;
            reached.add(segments[1]!);
            visit(lookup(doc, segments));
            return;
        }
        for (const [key, child] of Object.entries(s)) if (!DATA_KEYS.has(key)) visit(child);
    };
    visit(schema);
    return reached;
}

/**
 * Every x-ms-dynamic-values and x-ms-dynamic-list that names an `operationId` (the builtInOperation and
 * capability forms are skipped): on parameters (path-level, operation-level and shared `#/parameters`),
 * on schema objects inside body schemas, and inside definitions. Response schemas are not inputs and are
 * skipped. In document order. `objects` and `ops` are schemaObjects(doc) and operations(doc), when the
 * caller already has them.
 */
export function dynamicExtensions(doc: JsonObject, objects: readonly ObjectAt[] = schemaObjects(doc), ops: readonly OperationAt[] = operations(doc)): DynamicExtensionAt[] {
    const params = ops.flatMap((op) => parameters(doc, op));
    const bodies = params.filter((p) => p.in === 'body');
    const reach = new Map(bodies.map((p) => [p, definitionsReached(doc, p.node['schema'])] as const));
    const holders = parameterHolders(params, bodies);
    const out: DynamicExtensionAt[] = [];
    for (const { node, at } of objects) {
        const present = DYNAMIC_EXTENSIONS.filter((ext) => isObject(node[ext]) && typeof (node[ext])['operationId'] === 'string');
        if (present.length === 0) continue;
        const where = locate(at, holders, bodies, reach);
        if (!where) continue;
        for (const ext of present) {
            out.push({
                ext,
                def: node[ext] as JsonObject,
                at: [...at, ext],
                holder: node,
                ...(where.parameterIn !== undefined ? { parameterIn: where.parameterIn } : {}),
                label: where.label,
                sources: where.sources,
            });
        }
    }
    return out;
}

const atKey = (at: JsonPathSegments): string => JSON.stringify(at);

interface ParameterHolders {
    /** The parameters defined at each place (atKey of `at`), in document order (a path-level or shared one is listed per operation). */
    byAt: Map<string, ParameterAt[]>;
    /** The first body parameter (and its index in `bodies`) whose schema is at each place (atKey of `[...at, "schema"]`). */
    bodyBySchemaAt: Map<string, { body: ParameterAt; index: number }>;
}

/** Indexes for locate(): looking the places up instead of comparing every extension with every parameter (quadratic on large connectors). */
function parameterHolders(params: readonly ParameterAt[], bodies: readonly ParameterAt[]): ParameterHolders {
    const byAt = new Map<string, ParameterAt[]>();
    for (const p of params) {
        const key = atKey(p.at);
        const list = byAt.get(key);
        if (list) list.push(p);
        else byAt.set(key, [p]);
    }
    const bodyBySchemaAt = new Map<string, { body: ParameterAt; index: number }>();
    bodies.forEach((body, index) => {
        const key = atKey([...body.at, 'schema']);
        if (!bodyBySchemaAt.has(key)) bodyBySchemaAt.set(key, { body, index });
    });
    return { byAt, bodyBySchemaAt };
}

/** What holds an extension at `at`: a parameter, a body schema inside an operation or a shared parameter, or a definition. */
function locate(at: JsonPathSegments, holders: ParameterHolders, bodies: readonly ParameterAt[], reach: Map<ParameterAt, Set<string>>): { label: string; sources: OperationAt[]; parameterIn?: string } | undefined {
    const users = (p: ParameterAt) => (holders.byAt.get(atKey(p.at)) ?? []).map((q) => q.op);
    const param = holders.byAt.get(atKey(at))?.[0];
    if (param) return { label: `${param.op.label} parameter ${param.name}`, sources: users(param), parameterIn: param.in };
    // The first body parameter (in `bodies` order) whose schema holds `at`.
    let hit: { body: ParameterAt; index: number } | undefined;
    for (let length = 1; length <= at.length; length++) {
        const candidate = holders.bodyBySchemaAt.get(atKey(at.slice(0, length)));
        if (candidate && (!hit || candidate.index < hit.index)) hit = candidate;
    }
    const body = hit?.body;
    if (body) {
        const prop = propertyPath(at.slice(body.at.length + 1));
        return { label: prop === '' ? `${body.op.label} body` : `${body.op.label} ${prop}`, sources: users(body) };
    }
    if (at[0] === 'definitions' && typeof at[1] === 'string') {
        const name = at[1];
        const prop = propertyPath(at.slice(2));
        const sources = bodies.filter((p) => reach.get(p)?.has(name)).map((p) => p.op);
        return { label: prop === '' ? `definition ${name}` : `definition ${name} ${prop}`, sources: [...new Set(sources)] };
    }
    return undefined;
}
