/**
 * eMabler's paging envelope (`…Paginated` in its OpenAPI document): page, limit, totalRecords,
 * hasNextPage, hasPreviousPage and the items. Every list operation returns one, so one constructor.
 */
import { arrayOf, bool, int32, int64 } from '../../model/fields.ts';
import type { NamedSchema } from '../../model/types.ts';

export interface PageOptions {
    /** Definition name and title, e.g. SitePage / Site Page. */
    name: string;
    title: string;
    /** What the page lists, in the definition's description ("charging sessions"). */
    listing: string;
    /** The noun in the paging fields' descriptions ("sessions"). */
    noun: string;
    item: NamedSchema;
    /** x-ms-summary and description of the items array. */
    itemsSummary: string;
    itemsDescription: string;
    /** eMabler types totalRecords as int64 on transactions and int32 on the lookups. */
    totalRecords: 'int32' | 'int64';
}

export function pageOf(o: PageOptions): NamedSchema {
    const total = o.totalRecords === 'int64' ? int64 : int32;
    return {
        name: o.name,
        title: o.title,
        description: `One page of ${o.listing} with the paging state needed to fetch the next page.`,
        properties: {
            page: int32('Page', 'Number of this page, starting at 1.'),
            limit: int32('Page Size', `Maximum number of ${o.noun} on this page.`),
            totalRecords: total('Total Records', `Number of ${o.noun} that match the filters across all pages.`),
            hasNextPage: bool('Has Next Page', 'True when another page follows; request page + 1 to get it.', { visibility: 'important' }),
            hasPreviousPage: bool('Has Previous Page', 'True when this is not the first page.', { visibility: 'advanced' }),
            items: arrayOf(o.item, o.itemsSummary, o.itemsDescription, { visibility: 'important' }),
        },
    };
}
