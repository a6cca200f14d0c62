/**
 * What every lookup route shares: the paging and sorting parameters, their checks, the sort order and
 * the page envelope (G2 spec §4.2, §4.3 "Sorting").
 *
 * Sorting: the key matches case-insensitively a documented alias (GroupName, TagId, …) or one of the
 * list's sortable fields; an unknown key is a 400 naming the accepted keys. Strings compare with an
 * English collator (as a database collation would: "eMabler" sorts between "Bergen" and "Espoo"),
 * null sorts after every value ascending, ties break by the list's own order (numeric id), and
 * sortDescending reverses the comparison of the key (ties keep their order).
 */
import { pageOf, type Page } from '../page.ts';
import { INT32_MAX } from '../../../core/json.ts';
import type { FieldProblem } from '../validate-query.ts';
import type { ParamSpec, ParamValues } from './params.ts';

/** eMabler's page-size maximum on its list operations ("Max value: 100"). */
export const LOOKUP_LIMIT_MAX = 100;
export const LOOKUP_LIMIT_DEFAULT = 100;

export const PAGING_PARAMS = { page: 'int32', limit: 'int32', sortKey: 'string', sortDescending: 'boolean' } as const satisfies ParamSpec;

export type { Page } from '../page.ts';

export interface SortSpec<T> {
    /** Accepted key (as eMabler documents it) → field, e.g. { GroupName: 'name' }; the first is the default. */
    aliases: Readonly<Record<string, keyof T & string>>;
    /** Further accepted keys: the item's own field names. */
    fields: readonly (keyof T & string)[];
    /** Order of items whose keys are equal. */
    tieBreak: (a: T, b: T) => number;
}

export interface Paging<T> {
    page: number;
    limit: number;
    field: keyof T & string;
    descending: boolean;
}

/** Checks page, limit and sortKey; answers the paging to apply or the problems. */
export function paging<T>(values: ParamValues<typeof PAGING_PARAMS>, sort: SortSpec<T>): { paging: Paging<T>; problems: FieldProblem[] } {
    const problems: FieldProblem[] = [];
    const page = values.page ?? 1;
    const limit = values.limit ?? LOOKUP_LIMIT_DEFAULT;
    if (page < 1) problems.push({ field: 'page', message: `The field page must be between 1 and ${INT32_MAX}.` });
    if (limit < 1 || limit > LOOKUP_LIMIT_MAX) problems.push({ field: 'limit', message: `The field limit must be between 1 and ${LOOKUP_LIMIT_MAX}.` });
    const keys = [...Object.entries(sort.aliases), ...sort.fields.map((f) => [f, f] as const)];
    const defaultField = keys[0]![1];
    let field = defaultField;
    if (values.sortKey !== undefined) {
        const hit = keys.find(([key]) => key.toLowerCase() === values.sortKey!.toLowerCase());
        if (hit) field = hit[1];
        else {
            const accepted = [...new Set(keys.map(([key]) => key))].join(', ');
            problems.push({ field: 'sortKey', message: `Unknown sort key ${JSON.stringify(values.sortKey.slice(0, 60))}; use one of ${accepted}.` });
        }
    }
    return { paging: { page: Math.max(page, 1), limit, field, descending: values.sortDescending ?? false }, problems };
}

const COLLATOR = new Intl.Collator('en');

type Comparable = string | number | boolean | null | undefined;

function compareValues(a: Comparable, b: Comparable): number {
    if (a === b) return 0;
    if (a === null || a === undefined) return 1;
    if (b === null || b === undefined) return -1;
    if (typeof a === 'string' && typeof b === 'string') return COLLATOR.compare(a, b);
    return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts a copy of the matches and cuts the requested page out of it. */
export function sortAndPage<T>(matches: readonly T[], p: Paging<T>, sort: SortSpec<T>): Page<T> {
    const dir = p.descending ? -1 : 1;
    const sorted = [...matches].sort((a, b) => dir * compareValues(a[p.field] as Comparable, b[p.field] as Comparable) || sort.tieBreak(a, b));
    return pageOf(sorted, p.page, p.limit);
}

/** Case-insensitive helpers for the filters. */
export const sameText = (a: string | null | undefined, b: string): boolean => (a ?? '').toLowerCase() === b.toLowerCase();
export const containsText = (haystack: string | null | undefined, needle: string): boolean => (haystack ?? '').toLowerCase().includes(needle.toLowerCase());
