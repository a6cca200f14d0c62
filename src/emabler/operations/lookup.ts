/**
 * What eMabler's list operations (sites, chargers, drivers, RFID tags, ongoing sessions) share: paging
 * parameters, the four responses and the declared differences that follow from both. One place, so a
 * new list operation is its filters and its page schema.
 */
import { bool, int32, queryParam, str } from '../../model/fields.ts';
import type { DeclaredDifference, DynamicValuesModel, NamedSchema, OperationModel, ResponseModel, SimpleParameterModel } from '../../model/types.ts';
import { ERROR_RESPONSE_DIFFERENCES, errorResponses } from './responses.ts';

/** eMabler's page-size maximum on list operations ("Max value: 100"); the API answers 400 above it. */
export const LOOKUP_PAGE_SIZE = 100;

export interface PagingOptions {
    /** Capitalised plural of what is listed, as in "Sites per page". */
    noun: string;
    /** What eMabler sorts by when Sort By is empty, in words. */
    defaultSort: string;
    /** Field names Sort By accepts, when eMabler lists them. */
    sortKeys?: string;
    /** eMabler's document marks page and limit nullable on some operations; keep what it says. */
    nullable?: boolean;
}

/** Page, Page Size, Sort By and Sort Descending, all advanced. */
export function pagingParameters(o: PagingOptions): SimpleParameterModel[] {
    const base = { visibility: 'advanced', ...(o.nullable ? { nullable: true } : {}) } as const;
    const sortBy = o.sortKeys ? `Field to sort by: ${o.sortKeys}; eMabler sorts by ${o.defaultSort} when empty.` : `Field to sort by; eMabler sorts by ${o.defaultSort} when empty.`;
    return [
        queryParam('page', int32('Page', 'Page to fetch, starting at 1; eMabler returns page 1 when empty.', { ...base, minimum: 1 })),
        queryParam(
            'limit',
            int32('Page Size', `${o.noun} per page, from 1 to ${LOOKUP_PAGE_SIZE}; eMabler returns ${LOOKUP_PAGE_SIZE} when empty.`, {
                ...base,
                minimum: 1,
                maximum: LOOKUP_PAGE_SIZE,
            }),
        ),
        queryParam('sortKey', str('Sort By', sortBy, { visibility: 'advanced' })),
        queryParam('sortDescending', bool('Sort Descending', 'Set to true to sort from the highest to the lowest value.', { visibility: 'advanced' })),
    ];
}

/**
 * A picker filled from a list operation: its first page (LOOKUP_PAGE_SIZE records; a picker reads one
 * page), inserting `valuePath` of the chosen item and showing `titlePath` (docs/pickers.md).
 */
export const firstPagePicker = (operation: OperationModel, valuePath: string, titlePath = 'name'): DynamicValuesModel => ({
    operation,
    parameters: { limit: LOOKUP_PAGE_SIZE },
    collection: 'items',
    valuePath,
    titlePath,
});

/** 200 (one page, with its example) and the shared error responses. */
export function lookupResponses(page: NamedSchema, summary: string, description: string): ResponseModel[] {
    return [
        { status: '200', summary, description, schema: page, exampleFile: 'response-200.realistic.json' },
        ...errorResponses(`The filters are invalid, for example a page size above ${LOOKUP_PAGE_SIZE}.`),
    ];
}

/** The declared differences every list operation has: the paging bounds and the problem-details shape. */
export const LOOKUP_DIFFERENCES: readonly DeclaredDifference[] = [
    {
        at: 'request/query/page/minimum',
        reason: 'Pages are 1-based ("Page to be fetched. Default: 1"); the bound lets the designer reject 0 before a call is made.',
    },
    {
        at: 'request/query/limit/minimum',
        reason: 'A page holds at least one record; the bound lets the designer reject 0 before a call is made.',
    },
    {
        at: 'request/query/limit/maximum',
        reason: `eMabler states "Max value: ${LOOKUP_PAGE_SIZE}" only in the parameter description; the connector makes it a schema bound (the API answers 400 above it).`,
    },
    ...ERROR_RESPONSE_DIFFERENCES,
];
