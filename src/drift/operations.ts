/**
 * Operations of a Swagger 2.0 or OpenAPI 3 document, each with its full path (Swagger basePath or
 * OpenAPI server URL path + operation path), so the two documents can be matched by method + path.
 */
import type { JsonPathSegments } from '../core/pointer.ts';
import { isObject, type JsonObject } from './input.ts';

export const OPERATION_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface OperationAt {
    method: string;
    /** The key under `paths`. */
    path: string;
    /** Base path + path, slashes normalised. */
    fullPath: string;
    /** Matching key: upper-case method + full path with `{param}` names blanked. */
    key: string;
    operationId: string | undefined;
    summary: string | undefined;
    node: JsonObject;
    pathItem: JsonObject;
    /** `['paths', path, method]`. */
    location: JsonPathSegments;
}

/** Join base and path with single slashes; no trailing slash except for the root. */
export function joinPath(base: string, path: string): string {
    const joined = `/${base}/${path}`.replace(/\/{2,}/g, '/');
    return joined.length > 1 && joined.endsWith('/') ? joined.slice(0, -1) : joined;
}

export const operationKey = (method: string, fullPath: string): string =>
    `${method.toUpperCase()} ${fullPath.replace(/\{[^}/]*\}/g, '{}')}`;

/** The URL path of an OpenAPI 3 document's first server (server variables take their defaults). */
export function serverBasePath(doc: JsonObject): string {
    const servers = doc['servers'];
    const first: unknown = Array.isArray(servers) ? (servers as unknown[])[0] : undefined;
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

function collect(doc: JsonObject, base: string): OperationAt[] {
    const out: OperationAt[] = [];
    const paths = isObject(doc['paths']) ? doc['paths'] : {};
    for (const [path, item] of Object.entries(paths)) {
        if (!isObject(item)) continue;
        for (const method of OPERATION_METHODS) {
            const op = item[method];
            if (!isObject(op)) continue;
            const fullPath = joinPath(base, path);
            out.push({
                method,
                path,
                fullPath,
                key: operationKey(method, fullPath),
                operationId: typeof op['operationId'] === 'string' ? op['operationId'] : undefined,
                summary: typeof op['summary'] === 'string' ? op['summary'] : undefined,
                node: op,
                pathItem: item,
                location: ['paths', path, method],
            });
        }
    }
    return out;
}

export const swaggerOperations = (doc: JsonObject): OperationAt[] =>
    collect(doc, typeof doc['basePath'] === 'string' ? doc['basePath'] : '/');

export const openApiOperations = (doc: JsonObject): OperationAt[] => collect(doc, serverBasePath(doc));
