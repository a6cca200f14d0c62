/**
 * How an operation pages, read from the emitted document: a body with `page` and `limit` (the limit's
 * `maximum` is the largest page) and a 200 response with a boolean `hasNextPage` and an `items` array.
 * The harness (`try --all`), the generated readme's recipe and the sample flow all use it, so none of
 * them hard-codes an operation, a field name or the page size.
 */
import { isObject, type JsonObject } from '../core/json.ts';
import { derefObject, operations, parameters, type OperationAt } from './reader.ts';
import type { SwaggerDocument } from './types.ts';

export interface PagingInfo {
    operationId: string;
    summary: string;
    /** Name of the body parameter (`body`): Power Automate addresses its fields as `body/<field>`. */
    bodyParameter: string;
    pageField: 'page';
    limitField: 'limit';
    maxPageSize: number;
    hasNextPageField: 'hasNextPage';
    itemsField: 'items';
}

const propertiesOf = (doc: JsonObject, schema: unknown): JsonObject => {
    const props = derefObject(doc, schema)?.['properties'];
    return isObject(props) ? props : {};
};

export function describePaging(doc: JsonObject, op: OperationAt): PagingInfo | undefined {
    const body = parameters(doc, op).find((p) => p.in === 'body');
    const responses = isObject(op.node['responses']) ? op.node['responses'] : {};
    const ok = derefObject(doc, responses['200']);
    if (!body || !ok || op.operationId === undefined) return undefined;
    const { page, limit } = propertiesOf(doc, body.node['schema']);
    const { hasNextPage, items } = propertiesOf(doc, ok['schema']);
    if (!isObject(page) || !isObject(limit) || typeof limit['maximum'] !== 'number') return undefined;
    if (!isObject(hasNextPage) || hasNextPage['type'] !== 'boolean' || !isObject(items) || items['type'] !== 'array') return undefined;
    return {
        operationId: op.operationId,
        summary: op.summary ?? op.operationId,
        bodyParameter: body.name,
        pageField: 'page',
        limitField: 'limit',
        maxPageSize: limit['maximum'],
        hasNextPageField: 'hasNextPage',
        itemsField: 'items',
    };
}

/** The operations that page, in document order. */
export function pagedOperations(document: SwaggerDocument | JsonObject): PagingInfo[] {
    const doc = document as JsonObject;
    return operations(doc).flatMap((op) => {
        const paging = describePaging(doc, op);
        return paging ? [paging] : [];
    });
}
