/**
 * The documented flow recipe for reading everything: call QueryChargingSessions with page = 1, 2, …
 * (fixed limit) while hasNextPage is true. Also stops on an empty page (defensive, as eMabler's own
 * clients do) and after `maxRequests`.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import type { Harness } from './execute.ts';

export const QUERY_OPERATION_ID = 'QueryChargingSessions';
export const PAGING_LIMIT_DEFAULT = 1000;

export interface PagingOptions {
    /** Page size (default 1000, the API's maximum). */
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

interface PageShape {
    items?: unknown[];
    hasNextPage?: boolean;
    totalRecords?: number;
}

export async function queryAllChargingSessions(
    harness: Harness,
    filters: Readonly<Record<string, unknown>>,
    options: PagingOptions = {},
): Promise<PagingResult> {
    const limit = options.limit ?? PAGING_LIMIT_DEFAULT;
    const maxRequests = options.maxRequests ?? 100_000;
    const items: unknown[] = [];
    let totalRecords: number | undefined;
    for (let page = 1; page <= maxRequests; page++) {
        const result = await harness.execute(QUERY_OPERATION_ID, { ...filters, page, limit });
        if (!result.ok) {
            return { ok: false, requests: result.status === undefined ? page - 1 : page, totalRecords, items, diagnostics: result.diagnostics };
        }
        const body = (result.outputs ?? {}) as PageShape;
        totalRecords ??= body.totalRecords;
        const pageItems = body.items ?? [];
        items.push(...pageItems);
        if (body.hasNextPage !== true || pageItems.length === 0) return { ok: true, requests: page, totalRecords, items, diagnostics: result.diagnostics };
    }
    return {
        ok: false, requests: maxRequests, totalRecords, items,
        diagnostics: [{ ruleId: 'paging-max-requests', severity: 'error', path: [], message: `${QUERY_OPERATION_ID}: stopped after ${maxRequests} requests while hasNextPage was still true.` }],
    };
}
