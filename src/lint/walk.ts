/** Shared traversals of a swagger document of unknown shape (operations, parameters, schemas). */
import type { JsonPathSegments } from '../validate/diagnostic.ts';
import { asArray, asString, entries, isObject, resolveLocalRef, type JsonObject } from '../validate/json-walk.ts';
import { HTTP_METHODS } from '../swagger/types.ts';

export interface OperationRef {
    pathKey: string;
    method: string;
    op: JsonObject;
    /** ['paths', pathKey, method] */
    at: JsonPathSegments;
    /** operationId when it is a string, else `<METHOD> <path>` for messages. */
    label: string;
}

const METHODS: ReadonlySet<string> = new Set(HTTP_METHODS);

export function operations(swagger: JsonObject): OperationRef[] {
    const out: OperationRef[] = [];
    for (const [pathKey, item] of entries(swagger.paths)) {
        for (const [method, op] of entries(item)) {
            if (!METHODS.has(method) || !isObject(op)) continue;
            const id = asString(op.operationId);
            out.push({ pathKey, method, op, at: ['paths', pathKey, method], label: id ?? `${method.toUpperCase()} ${pathKey}` });
        }
    }
    return out;
}

export interface ParameterRef {
    param: JsonObject;
    /** Where the parameter object itself lives (a `#/parameters/x` target for `$ref`s). */
    at: JsonPathSegments;
    op: OperationRef;
}

/** Parameters of each operation, including path-level ones, with `#/parameters/…` refs resolved. */
export function parameters(swagger: JsonObject, op: OperationRef): ParameterRef[] {
    const out: ParameterRef[] = [];
    const add = (list: unknown, base: JsonPathSegments) => {
        (asArray(list) ?? []).forEach((p, i) => {
            if (!isObject(p)) return;
            const ref = asString(p.$ref);
            if (ref !== undefined) {
                const target = resolveLocalRef(swagger, ref);
                if (isObject(target) && ref.startsWith('#/parameters/')) {
                    out.push({ param: target, at: ['parameters', ref.slice('#/parameters/'.length)], op });
                }
                return;
            }
            out.push({ param: p, at: [...base, i], op });
        });
    };
    add(pathItem(swagger, op.pathKey)?.parameters, ['paths', op.pathKey, 'parameters']);
    add(op.op.parameters, [...op.at, 'parameters']);
    return out;
}

/**
 * Every parameter object once, with the first operation that uses it: a shared `#/parameters/x` or a
 * path-level parameter is reported where it is defined, not once per operation.
 */
export function uniqueParameters(swagger: JsonObject): ParameterRef[] {
    const seen = new Set<string>();
    const out: ParameterRef[] = [];
    for (const op of operations(swagger)) {
        for (const p of parameters(swagger, op)) {
            const key = JSON.stringify(p.at);
            if (seen.has(key)) continue;
            seen.add(key);
            out.push(p);
        }
    }
    return out;
}

function pathItem(swagger: JsonObject, pathKey: string): JsonObject | undefined {
    const paths = swagger.paths;
    const item = isObject(paths) ? paths[pathKey] : undefined;
    return isObject(item) ? item : undefined;
}

/** Status codes of an operation's responses that are 2xx. */
export const successCodes = (op: JsonObject): string[] => entries(op.responses).map(([code]) => code).filter((c) => /^2\d\d$/.test(c));

export interface SchemaProperty {
    name: string;
    schema: JsonObject;
    /** Location of the property schema (inside definitions when reached through a $ref). */
    at: JsonPathSegments;
}

/**
 * Every property reachable from `schema` (properties, items, allOf, additionalProperties), following
 * local `#/definitions/…` refs once each. Properties are reported where they are defined. With
 * `skipInternal`, properties with `x-ms-visibility: internal` (and everything below them) are left out.
 */
export function schemaProperties(swagger: JsonObject, schema: unknown, at: JsonPathSegments, options: { skipInternal?: boolean } = {}): SchemaProperty[] {
    const out: SchemaProperty[] = [];
    const seenRefs = new Set<string>();
    const visit = (s: unknown, p: JsonPathSegments) => {
        if (!isObject(s)) return;
        const ref = asString(s.$ref);
        if (ref !== undefined) {
            if (seenRefs.has(ref) || !ref.startsWith('#/definitions/')) return;
            seenRefs.add(ref);
            visit(resolveLocalRef(swagger, ref), ['definitions', ref.slice('#/definitions/'.length).replaceAll('~1', '/').replaceAll('~0', '~')]);
            return;
        }
        for (const [name, prop] of entries(s.properties)) {
            if (!isObject(prop)) continue;
            // Hidden from makers (and its sub-properties with it): nothing to label.
            if (options.skipInternal && prop['x-ms-visibility'] === 'internal') continue;
            if (asString(prop.$ref) === undefined) out.push({ name, schema: prop, at: [...p, 'properties', name] });
            visit(prop, [...p, 'properties', name]);
        }
        if (isObject(s.items)) visit(s.items, [...p, 'items']);
        if (isObject(s.additionalProperties)) visit(s.additionalProperties, [...p, 'additionalProperties']);
        (asArray(s.allOf) ?? []).forEach((sub, i) => visit(sub, [...p, 'allOf', i]));
    };
    visit(schema, at);
    return out;
}

/** Resolve a schema that may be a local $ref (one level; chains followed up to 10 times). */
export function derefSchema(swagger: JsonObject, schema: unknown): JsonObject | undefined {
    let cur = schema;
    for (let i = 0; i < 10 && isObject(cur) && typeof cur.$ref === 'string'; i++) cur = resolveLocalRef(swagger, cur.$ref);
    return isObject(cur) ? cur : undefined;
}

/** Body parameters (each once, with the first operation that uses it). */
export const bodyParameters = (swagger: JsonObject): ParameterRef[] => uniqueParameters(swagger).filter((p) => p.param.in === 'body');

export interface OperationProperty {
    prop: SchemaProperty;
    /** The first operation (in document order) that reaches the property. */
    op: OperationRef;
}

/**
 * Properties a maker fills in: reachable from a body parameter's schema, `x-ms-visibility: internal`
 * ones skipped. Each property once, where it is defined (a definition shared by operations counts once).
 */
export function bodyProperties(swagger: JsonObject): OperationProperty[] {
    const seen = new Set<string>();
    const out: OperationProperty[] = [];
    for (const p of bodyParameters(swagger)) {
        for (const prop of schemaProperties(swagger, p.param.schema, [...p.at, 'schema'], { skipInternal: true })) {
            const key = JSON.stringify(prop.at);
            if (seen.has(key)) continue;
            seen.add(key);
            out.push({ prop, op: p.op });
        }
    }
    return out;
}

/** Properties of the 2xx response schemas, each once, where it is defined. */
export function successResponseProperties(swagger: JsonObject): OperationProperty[] {
    const seen = new Set<string>();
    const out: OperationProperty[] = [];
    for (const op of operations(swagger)) {
        const responses = isObject(op.op.responses) ? op.op.responses : undefined;
        for (const code of successCodes(op.op)) {
            const response = responses?.[code];
            const schema = isObject(response) ? response.schema : undefined;
            for (const prop of schemaProperties(swagger, schema, [...op.at, 'responses', code, 'schema'])) {
                const key = JSON.stringify(prop.at);
                if (seen.has(key)) continue;
                seen.add(key);
                out.push({ prop, op });
            }
        }
    }
    return out;
}

/**
 * Schema objects reachable from `schema` (itself, properties, items, additionalProperties, allOf),
 * each local `$ref` expanded once: what the validator's "schemas per body" limit counts.
 */
export function countSchemas(swagger: JsonObject, schema: unknown): number {
    const seenRefs = new Set<string>();
    let count = 0;
    const visit = (s: unknown) => {
        if (!isObject(s)) return;
        const ref = asString(s.$ref);
        if (ref !== undefined) {
            if (seenRefs.has(ref)) return;
            seenRefs.add(ref);
            visit(resolveLocalRef(swagger, ref));
            return;
        }
        count++;
        for (const [, prop] of entries(s.properties)) visit(prop);
        if (Array.isArray(s.items)) s.items.forEach(visit);
        else visit(s.items);
        visit(s.additionalProperties);
        (asArray(s.allOf) ?? []).forEach(visit);
    };
    visit(schema);
    return count;
}
