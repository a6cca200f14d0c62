/** The operations of an emitted Swagger document, found by operationId, with where they sit. */
import { HTTP_METHODS, type HttpMethod, type SwaggerBodyParameter, type SwaggerDocument, type SwaggerOperation } from '../swagger/types.ts';
import type { JsonPathSegments } from '../core/pointer.ts';

export interface LocatedOperation {
    operationId: string;
    pathKey: string;
    method: HttpMethod;
    operation: SwaggerOperation;
    /** ['paths', pathKey, method] */
    at: JsonPathSegments;
}

/** Every operation that has an operationId, in document order (paths as written, then HTTP_METHODS order). */
export function listOperations(doc: SwaggerDocument): LocatedOperation[] {
    const out: LocatedOperation[] = [];
    for (const [pathKey, item] of Object.entries(doc.paths ?? {})) {
        for (const method of HTTP_METHODS) {
            const operation = item[method];
            if (!operation || typeof operation.operationId !== 'string') continue;
            out.push({ operationId: operation.operationId, pathKey, method, operation, at: ['paths', pathKey, method] });
        }
    }
    return out;
}

/** The body parameter and its index in `parameters`, if the operation has one. */
export function bodyParameter(op: SwaggerOperation): { param: SwaggerBodyParameter; index: number } | undefined {
    const params = op.parameters ?? [];
    const index = params.findIndex((p) => p.in === 'body');
    const param = params[index];
    return param && param.in === 'body' ? { param, index } : undefined;
}

/** Declared response statuses, numeric ones first in ascending order, then 'default'. */
export function declaredStatuses(op: SwaggerOperation): string[] {
    return Object.keys(op.responses ?? {}).sort((a, b) => {
        const na = Number(a);
        const nb = Number(b);
        if (Number.isNaN(na) || Number.isNaN(nb)) return Number.isNaN(na) ? (Number.isNaN(nb) ? a.localeCompare(b) : 1) : -1;
        return na - nb;
    });
}
