/**
 * A lookup route: a GET list of one kind of world item with its filters, checks and sort keys. Every
 * route answers the same way: bind the query (params.ts), check paging and sorting (list.ts) and the
 * route's own rules, then filter, sort and cut one page.
 */
import type { World } from '../entities.ts';
import { validationProblem } from '../problem.ts';
import type { FieldProblem } from '../validate-query.ts';
import { paging, PAGING_PARAMS, sortAndPage, type Page, type SortSpec } from './list.ts';
import { bindParams, type ParamSpec, type ParamValues } from './params.ts';

export type LookupAnswer = { ok: true; page: Page<unknown> } | { ok: false; problems: FieldProblem[] };

export interface LookupRoute {
    /** Path under the API's base path, e.g. /v2/sites. */
    path: string;
    /** The connector operation that calls it. */
    operationId: string;
    /** Every query parameter the route reads (paging first, then its own); any other is ignored. */
    params: readonly string[];
    answer(query: URLSearchParams, world: World): LookupAnswer;
}

export interface LookupDefinition<S extends ParamSpec, T> {
    path: string;
    operationId: string;
    /** The route's own parameters (page, limit, sortKey and sortDescending are added). */
    params: S;
    sort: SortSpec<T>;
    items: (world: World) => readonly T[];
    /** The filters the values ask for, combined with AND. */
    filter: (values: ParamValues<S>, world: World) => (item: T) => boolean;
    /** Problems beyond conversion and paging (e.g. from later than to). */
    check?: (values: ParamValues<S>) => FieldProblem[];
    /** How an item of the page is sent (e.g. with configuration keys); as it is by default. */
    present?: (item: T, values: ParamValues<S>) => T;
}

export function defineLookup<S extends ParamSpec, T>(d: LookupDefinition<S, T>): LookupRoute {
    const spec = { ...PAGING_PARAMS, ...d.params };
    return {
        path: d.path,
        operationId: d.operationId,
        params: Object.keys(spec),
        answer(query, world) {
            const bound = bindParams(query, spec);
            const values = bound.values as ParamValues<S> & ParamValues<typeof PAGING_PARAMS>;
            const p = paging(values, d.sort);
            const problems = [...bound.problems, ...p.problems, ...(d.check?.(values) ?? [])];
            if (problems.length > 0) return { ok: false, problems };
            const keep = d.filter(values, world);
            const page = sortAndPage(d.items(world).filter(keep), p.paging, d.sort);
            const present = d.present;
            return { ok: true, page: present ? { ...page, items: page.items.map((item) => present(item, values)) } : page };
        },
    };
}

/** The HTTP answer of a lookup route: 200 with the page, or 400 problem details naming each bad parameter. */
export function answerLookup(route: LookupRoute, rawQuery: string, world: World, instance: string): { status: 200 | 400; body: unknown } {
    const answer = route.answer(new URLSearchParams(rawQuery), world);
    return answer.ok ? { status: 200, body: answer.page } : { status: 400, body: validationProblem(instance, answer.problems) };
}
