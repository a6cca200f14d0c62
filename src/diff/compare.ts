/**
 * The diff engine: neutral differences between two operations (left and right), in either dialect.
 * It says what differs and where, on both sides; it never says whether that is bad. Two classifiers
 * read its output: src/drift (left = our connector, right = eMabler's OpenAPI) and src/breaking
 * (left = the previous release, right = the current connector).
 *
 * Order of the differences: operation-level attributes, parameters (left's order, then right-only
 * ones), the request body, then responses in status order.
 *
 * Paths: a parameter, body or response only on one side points where the operation lists it (its
 * `parameters` entry, `requestBody`, `responses/<status>`); a changed attribute or schema points where
 * it is defined, under the `$ref` target when the operation reaches it through a `$ref`.
 */
import { isObject, type JsonObject } from '../core/json.ts';
import type { JsonPathSegments } from '../core/pointer.ts';
import {
    parameterKey,
    parameterSchema,
    parameters,
    requestBody,
    requestBodyParent,
    resolveRef,
    responseSchema,
    sortStatuses,
    type DocSide,
    type OperationAt,
    type ParameterAt,
} from '../swagger/reader.ts';
import { diffSchemas, formatField, type FieldAttribute, type SchemaDifference } from './schema-diff.ts';
import type { NodeAt } from './schema-view.ts';

/** What a difference is about. */
export type Subject = 'operation' | 'parameter' | 'body' | 'response' | 'response-body' | 'field';

/** One neutral difference between two operations: where it is on both sides, and what differs. */
export interface Difference extends Omit<SchemaDifference, 'field'> {
    subject: Subject;
    /** Data direction: request (flows send it) or response (flows read it). */
    direction: 'request' | 'response';
    /**
     * Operation-relative location, without the attribute: `operation`, `request/query/page`,
     * `request/body`, `request/body/limit`, `responses/404`, `responses/200/schema`,
     * `responses/200/schema/items[]/vehicleId`.
     */
    at: string;
    /** Parameters and bodies: the `in` and the name on the side(s) that have it. */
    param?: { in: string; name: string };
}

/** `base` + a formatted field: `request/body` + `limit` → `request/body/limit`; `[]…` and `{}…` attach directly. */
export const locate = (base: string, field: string): string =>
    field === '' ? base : field.startsWith('[') || field.startsWith('{') ? base + field : `${base}/${field}`;

/** `[...path, key]` when the node carries `key`, else the node's own path. */
const attributePath = (node: unknown, path: JsonPathSegments, key: string): JsonPathSegments =>
    isObject(node) && key in node ? [...path, key] : path;

interface Ctx {
    left: DocSide;
    right: DocSide;
    l: OperationAt;
    r: OperationAt;
    attributes: readonly FieldAttribute[];
    out: Difference[];
}

function fields(ctx: Ctx, at: string, direction: Difference['direction'], l: NodeAt, r: NodeAt): void {
    for (const d of diffSchemas(ctx.left, l, ctx.right, r, { attributes: ctx.attributes })) {
        ctx.out.push({
            kind: d.kind,
            subject: 'field',
            direction,
            at: locate(at, formatField(d.field)),
            ...(d.attribute !== undefined ? { attribute: d.attribute, left: d.left, right: d.right } : {}),
            leftPath: d.leftPath,
            rightPath: d.rightPath,
            ...(d.required !== undefined ? { required: d.required } : {}),
        });
    }
}

/** `l.path`/`r.path` are where the parameter or body is defined (a `$ref` followed): the flag lives there. */
function requiredChange(ctx: Ctx, subject: 'parameter' | 'body', at: string, param: Difference['param'], l: { node: JsonObject; path: JsonPathSegments }, r: { node: JsonObject; path: JsonPathSegments }): void {
    const was = l.node['required'] === true;
    const now = r.node['required'] === true;
    if (was === now) return;
    ctx.out.push({
        kind: 'changed',
        subject,
        direction: 'request',
        at,
        attribute: 'required',
        left: was,
        right: now,
        leftPath: attributePath(l.node, l.path, 'required'),
        rightPath: attributePath(r.node, r.path, 'required'),
        ...(param ? { param } : {}),
    });
}

function compareParameters(ctx: Ctx): void {
    const nonBody = (list: ParameterAt[]) => list.filter((p) => p.in !== 'body');
    const lefts = nonBody(parameters(ctx.left.doc, ctx.l, ctx.left));
    const rights = nonBody(parameters(ctx.right.doc, ctx.r, ctx.right));
    const rightByKey = new Map(rights.map((p) => [parameterKey(p), p]));
    const leftKeys = new Set(lefts.map(parameterKey));
    for (const p of lefts) {
        const at = `request/${p.in}/${p.name}`;
        const param = { in: p.in, name: p.name };
        const q = rightByKey.get(parameterKey(p));
        if (!q) {
            ctx.out.push({ kind: 'only-left', subject: 'parameter', direction: 'request', at, leftPath: p.site, rightPath: [...ctx.r.at, 'parameters'], required: p.node['required'] === true, param });
            continue;
        }
        requiredChange(ctx, 'parameter', at, param, { node: p.node, path: p.at }, { node: q.node, path: q.at });
        const ls = parameterSchema(ctx.left.dialect, p);
        const rs = parameterSchema(ctx.right.dialect, q);
        if (ls && rs) fields(ctx, at, 'request', ls, rs);
    }
    for (const q of rights) {
        if (leftKeys.has(parameterKey(q))) continue;
        ctx.out.push({
            kind: 'only-right',
            subject: 'parameter',
            direction: 'request',
            at: `request/${q.in}/${q.name}`,
            leftPath: [...ctx.l.at, 'parameters'],
            rightPath: q.site,
            required: q.node['required'] === true,
            param: { in: q.in, name: q.name },
        });
    }
}

function compareBody(ctx: Ctx): void {
    const lb = requestBody(ctx.left, ctx.l);
    const rb = requestBody(ctx.right, ctx.r);
    const at = 'request/body';
    if (lb && !rb) {
        ctx.out.push({ kind: 'only-left', subject: 'body', direction: 'request', at, leftPath: lb.site, rightPath: requestBodyParent(ctx.right.dialect, ctx.r), required: lb.required, param: { in: 'body', name: lb.name } });
    } else if (!lb && rb) {
        ctx.out.push({ kind: 'only-right', subject: 'body', direction: 'request', at, leftPath: requestBodyParent(ctx.left.dialect, ctx.l), rightPath: rb.site, required: rb.required, param: { in: 'body', name: rb.name } });
    } else if (lb && rb) {
        requiredChange(ctx, 'body', at, { in: 'body', name: rb.name }, lb, rb);
        if (lb.schema && rb.schema) fields(ctx, at, 'request', lb.schema, rb.schema);
    }
}

function compareResponses(ctx: Ctx): void {
    const lr = isObject(ctx.l.node['responses']) ? ctx.l.node['responses'] : {};
    const rr = isObject(ctx.r.node['responses']) ? ctx.r.node['responses'] : {};
    for (const status of sortStatuses([...new Set([...Object.keys(lr), ...Object.keys(rr)])])) {
        const at = `responses/${status}`;
        const lPath: JsonPathSegments = [...ctx.l.at, 'responses', status];
        const rPath: JsonPathSegments = [...ctx.r.at, 'responses', status];
        if (!(status in rr)) {
            ctx.out.push({ kind: 'only-left', subject: 'response', direction: 'response', at, leftPath: lPath, rightPath: [...ctx.r.at, 'responses'] });
            continue;
        }
        if (!(status in lr)) {
            ctx.out.push({ kind: 'only-right', subject: 'response', direction: 'response', at, leftPath: [...ctx.l.at, 'responses'], rightPath: rPath });
            continue;
        }
        const lResolved = resolveRef(ctx.left, lr[status], lPath);
        const rResolved = resolveRef(ctx.right, rr[status], rPath);
        const ls = responseSchema(ctx.left.dialect, lResolved);
        const rs = responseSchema(ctx.right.dialect, rResolved);
        const schemaAt = `${at}/schema`;
        if (ls && !rs) ctx.out.push({ kind: 'only-left', subject: 'response-body', direction: 'response', at: schemaAt, leftPath: ls.path, rightPath: rResolved.path });
        else if (!ls && rs) ctx.out.push({ kind: 'only-right', subject: 'response-body', direction: 'response', at: schemaAt, leftPath: lResolved.path, rightPath: rs.path });
        else if (ls && rs) fields(ctx, schemaAt, 'response', ls, rs);
    }
}

/**
 * Every difference between two matched operations, for the given schema attributes. With
 * 'visibility' among them, the operations' own x-ms-visibility is compared too. `$ref`s that do not
 * resolve throw a ToolError naming the file and pointer.
 */
export function compareOperations(left: DocSide, right: DocSide, l: OperationAt, r: OperationAt, attributes: readonly FieldAttribute[]): Difference[] {
    const ctx: Ctx = { left, right, l, r, attributes, out: [] };
    if (attributes.includes('visibility')) {
        const was = l.node['x-ms-visibility'];
        const now = r.node['x-ms-visibility'];
        if (was !== now) ctx.out.push({ kind: 'changed', subject: 'operation', direction: 'request', at: 'operation', attribute: 'visibility', left: was, right: now, leftPath: l.at, rightPath: r.at });
    }
    compareParameters(ctx);
    compareBody(ctx);
    compareResponses(ctx);
    return ctx.out;
}

export interface OperationPairs {
    pairs: { left: OperationAt; right: OperationAt; by: 'operationId' | 'key' }[];
    onlyLeft: OperationAt[];
    onlyRight: OperationAt[];
}

/**
 * Matches the operations of two documents. `key`: by method + full path (the first right operation
 * with the key wins). `operationId-then-key`: by operationId, else by method + full path among right
 * operations whose operationId no left operation has (a renamed operationId on the same route).
 */
export function pairOperations(lefts: readonly OperationAt[], rights: readonly OperationAt[], by: 'key' | 'operationId-then-key'): OperationPairs {
    const matched = new Set<OperationAt>();
    const pairs: OperationPairs['pairs'] = [];
    const onlyLeft: OperationAt[] = [];
    const leftIds = new Set(lefts.map((o) => o.operationId).filter((x) => x !== undefined));
    for (const l of lefts) {
        if (by === 'key') {
            const r = rights.find((x) => x.key === l.key);
            if (r) pairs.push({ left: l, right: r, by: 'key' });
            else onlyLeft.push(l);
            if (r) matched.add(r);
            continue;
        }
        const byId = l.operationId === undefined ? undefined : rights.find((x) => x.operationId === l.operationId);
        const byKey = byId ? undefined : rights.find((x) => x.key === l.key && !matched.has(x) && (x.operationId === undefined || !leftIds.has(x.operationId)));
        const r = byId ?? byKey;
        if (!r) {
            onlyLeft.push(l);
            continue;
        }
        matched.add(r);
        pairs.push({ left: l, right: r, by: byId ? 'operationId' : 'key' });
    }
    return { pairs, onlyLeft, onlyRight: rights.filter((r) => !matched.has(r)) };
}
