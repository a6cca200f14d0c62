/**
 * Finds how an operation pages, from the model alone: a body schema with `page` and `limit` (the limit's
 * `maximum` is the largest page) and a 200 response schema with `hasNextPage` and an `items` array.
 * The readme recipe and the sample flow both use it, so neither hard-codes field names or the 1000.
 */
import type { BodyParameterModel, ConnectorModel, OperationModel } from '../model/types.ts';

export interface PagingInfo {
    operationId: string;
    /** Name of the body parameter (`body`): Power Automate addresses its fields as `body/<field>`. */
    bodyParameter: string;
    pageField: 'page';
    limitField: 'limit';
    maxPageSize: number;
    hasNextPageField: 'hasNextPage';
    itemsField: 'items';
}

export function describePaging(op: OperationModel): PagingInfo | undefined {
    const body = op.parameters.find((p): p is BodyParameterModel => p.in === 'body');
    const ok = op.responses.find((r) => r.status === '200')?.schema;
    if (!body || !ok) return undefined;
    const { page, limit } = body.schema.properties;
    const { hasNextPage, items } = ok.properties;
    if (page?.kind !== 'primitive' || limit?.kind !== 'primitive' || limit.maximum === undefined) return undefined;
    if (hasNextPage?.kind !== 'primitive' || hasNextPage.type !== 'boolean' || items?.kind !== 'array') return undefined;
    return {
        operationId: op.operationId,
        bodyParameter: body.name,
        pageField: 'page',
        limitField: 'limit',
        maxPageSize: limit.maximum,
        hasNextPageField: 'hasNextPage',
        itemsField: 'items',
    };
}

/** The model's operations that page, in model order. */
export function pagedOperations(model: ConnectorModel): { op: OperationModel; paging: PagingInfo }[] {
    return model.operations.flatMap((op) => {
        const paging = describePaging(op);
        return paging ? [{ op, paging }] : [];
    });
}

export class NoPagedOperationError extends Error {
    constructor(operationId: string) {
        super(`operation ${operationId} does not page with page/limit in its body and hasNextPage/items in its 200 response.`);
        this.name = 'NoPagedOperationError';
    }
}
