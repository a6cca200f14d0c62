/**
 * The documented flow recipe for reading everything, for any operation that pages (src/swagger/paging.ts):
 * call it with page = 1, 2, … (fixed limit) while hasNextPage is true. Also stops on an empty page
 * (defensive, as eMabler's own clients do) and after `maxRequests`.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import { finding } from '../core/rules.ts';
import type { PagingInfo } from '../swagger/paging.ts';
import type { Harness } from './execute.ts';
import { HARNESS_RULES } from './rules.ts';

export interface PagingOptions {
    /** Page size (default: the operation's largest page). */
    limit?: number;
    /** Safety stop (default 100,000 requests). */
    maxRequests?: number;
}

export interface PagingResult {
    ok: boolean;
    /** HTTP requests made. */
    requests: number;
    /** totalRecords reported by the first page. */
    totalRecords: number | undefined;
    items: unknown[];
    diagnostics: Diagnostic[];
}

export async function readAllPages(harness: Harness, paging: PagingInfo, filters: Readonly<Record<string, unknown>>, options: PagingOptions = {}): Promise<PagingResult> {
    const limit = options.limit ?? paging.maxPageSize;
    const maxRequests = options.maxRequests ?? 100_000;
    const items: unknown[] = [];
    let totalRecords: number | undefined;
    for (let page = 1; page <= maxRequests; page++) {
        const result = await harness.execute(paging.operationId, { ...filters, [paging.pageField]: page, [paging.limitField]: limit });
        if (!result.ok) {
            return { ok: false, requests: result.status === undefined ? page - 1 : page, totalRecords, items, diagnostics: result.diagnostics };
        }
        const body = (result.outputs ?? {}) as Record<string, unknown>;
        if (typeof body['totalRecords'] === 'number') totalRecords ??= body['totalRecords'];
        const pageItems = Array.isArray(body[paging.itemsField]) ? (body[paging.itemsField] as unknown[]) : [];
        items.push(...pageItems);
        if (body[paging.hasNextPageField] !== true || pageItems.length === 0) return { ok: true, requests: page, totalRecords, items, diagnostics: result.diagnostics };
    }
    return {
        ok: false,
        requests: maxRequests,
        totalRecords,
        items,
        diagnostics: [finding(HARNESS_RULES.pagingMaxRequests, `${paging.operationId}: stopped after ${maxRequests} requests while ${paging.hasNextPageField} was still true.`)],
    };
}
