/** eMabler's page envelope, as every sandbox list answers it. */
export interface Page<T> {
    page: number;
    limit: number;
    totalRecords: number;
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    items: T[];
}

/** Page `page` (1-based) of `limit` items out of the ordered `all`. */
export function pageOf<T>(all: readonly T[], page: number, limit: number): Page<T> {
    const offset = (page - 1) * limit;
    return {
        page,
        limit,
        totalRecords: all.length,
        hasNextPage: offset + limit < all.length,
        hasPreviousPage: page > 1,
        items: all.slice(offset, offset + limit),
    };
}
