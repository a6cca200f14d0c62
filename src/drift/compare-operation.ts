/**
 * One connector operation against its upstream counterpart: request parameters, request body and
 * every response (status set, body presence, body schema field by field).
 */
import type { JsonPathSegments } from '../core/pointer.ts';
import type { DriftFinding } from './findings.ts';
import { isObject, type JsonObject } from './input.ts';
import type { OperationAt } from './operations.ts';
import { resolve } from './resolve.ts';
import { diffSchemas, formatField, type FieldAttribute, type SchemaDifference } from './schema-diff.ts';
import type { NodeAt, SchemaSide } from './schema-view.ts';

/** What the drift check compares (the list, plus the bounds and required flags the model declares). */
export const DRIFT_ATTRIBUTES: readonly FieldAttribute[] = [
    'type',
    'format',
    'nullable',
    'enum',
    'minimum',
    'maximum',
    'required',
    'items',
    'additionalProperties',
];

interface ParamAt {
    in: string;
    name: string;
    node: JsonObject;
    path: JsonPathSegments;
}

const paramKey = (p: { in: string; name: string }): string => `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;

/** Path-level then operation-level parameters, $refs followed; the operation's own win. */
export function collectParameters(side: SchemaSide, op: OperationAt): ParamAt[] {
    const byKey = new Map<string, ParamAt>();
    const add = (list: unknown, listPath: JsonPathSegments): void => {
        if (!Array.isArray(list)) return;
        list.forEach((raw, i) => {
            const r = resolve(side, raw, [...listPath, i]);
            if (!isObject(r.node)) return;
            const pin = r.node['in'];
            const name = r.node['name'];
            if (typeof pin !== 'string' || typeof name !== 'string') return;
            const p: ParamAt = { in: pin, name, node: r.node, path: [...listPath, i] };
            byKey.set(paramKey(p), p);
        });
    };
    add(op.pathItem['parameters'], ['paths', op.path, 'parameters']);
    add(op.node['parameters'], [...op.location, 'parameters']);
    return [...byKey.values()];
}

function jsonMedia(content: unknown, contentPath: JsonPathSegments): NodeAt | undefined {
    if (!isObject(content)) return undefined;
    const keys = Object.keys(content);
    const key = keys.find((k) => k === 'application/json') ?? keys.find((k) => k.includes('json')) ?? keys[0];
    if (key === undefined) return undefined;
    const media = content[key];
    if (!isObject(media) || media['schema'] === undefined) return undefined;
    return { node: media['schema'], path: [...contentPath, key, 'schema'] };
}

/** `base` + a formatted field: `request/body` + `limit` → `request/body/limit`; `[]…` and `{}…` attach directly. */
export const locate = (base: string, field: string): string =>
    field === '' ? base : field.startsWith('[') || field.startsWith('{') ? base + field : `${base}/${field}`;

export interface OperationPair {
    ours: SchemaSide;
    upstream: SchemaSide;
    ourOp: OperationAt;
    upstreamOp: OperationAt;
}

export function compareOperation(pair: OperationPair): DriftFinding[] {
    const { ours, upstream, ourOp, upstreamOp } = pair;
    const out: DriftFinding[] = [];
    const operationId = ourOp.operationId ?? `${ourOp.method.toUpperCase()} ${ourOp.path}`;
    const upstreamOperation = upstreamOp.operationId ?? `${upstreamOp.method.toUpperCase()} ${upstreamOp.path}`;
    const base = { operationId, upstreamOperation };
    const fromDiffs = (at: string, diffs: SchemaDifference[]): void => {
        for (const d of diffs) {
            const field = locate(at, formatField(d.field));
            const path = d.leftPath;
            const upstreamPath = d.rightPath;
            if (d.kind === 'only-left') out.push({ ...base, kind: 'extra-here', at: field, path, upstreamPath });
            else if (d.kind === 'only-right') out.push({ ...base, kind: 'missing-here', at: field, path, upstreamPath });
            else out.push({ ...base, kind: 'different', at: `${field}/${d.attribute}`, path, upstreamPath, attribute: d.attribute!, ours: d.left, theirs: d.right });
        }
    };
    const diff = (at: string, l: NodeAt, r: NodeAt): void => fromDiffs(at, diffSchemas(ours, l, upstream, r, { attributes: DRIFT_ATTRIBUTES }));

    // Parameters other than the body.
    const ourParams = collectParameters(ours, ourOp);
    const theirParams = collectParameters(upstream, upstreamOp);
    const theirByKey = new Map(theirParams.map((p) => [paramKey(p), p]));
    const ourBody = ourParams.find((p) => p.in === 'body');
    for (const p of ourParams) {
        if (p.in === 'body') continue;
        const at = `request/${p.in}/${p.name}`;
        const t = theirByKey.get(paramKey(p));
        if (!t) {
            out.push({ ...base, kind: 'extra-here', at, path: p.path, upstreamPath: [...upstreamOp.location, 'parameters'] });
            continue;
        }
        const oReq = p.node['required'] === true;
        const tReq = t.node['required'] === true;
        if (oReq !== tReq) out.push({ ...base, kind: 'different', at: `${at}/required`, path: [...p.path, 'required'], upstreamPath: t.path, attribute: 'required', ours: oReq, theirs: tReq });
        if (t.node['schema'] !== undefined) diff(at, { node: p.node, path: p.path }, { node: t.node['schema'], path: [...t.path, 'schema'] });
    }
    const ourKeys = new Set(ourParams.map(paramKey));
    for (const t of theirParams) {
        if (ourKeys.has(paramKey(t))) continue;
        out.push({ ...base, kind: 'missing-here', at: `request/${t.in}/${t.name}`, path: [...ourOp.location, 'parameters'], upstreamPath: t.path });
    }

    // Request body.
    const rbRaw = upstreamOp.node['requestBody'];
    const rb = rbRaw === undefined ? undefined : resolve(upstream, rbRaw, [...upstreamOp.location, 'requestBody']);
    const rbNode = rb && isObject(rb.node) ? rb.node : undefined;
    const theirBody = rbNode ? jsonMedia(rbNode['content'], [...rb!.path, 'content']) : undefined;
    if (ourBody && !theirBody) {
        out.push({ ...base, kind: 'extra-here', at: 'request/body', path: ourBody.path, upstreamPath: upstreamOp.location });
    } else if (!ourBody && theirBody) {
        out.push({ ...base, kind: 'missing-here', at: 'request/body', path: [...ourOp.location, 'parameters'], upstreamPath: [...upstreamOp.location, 'requestBody'] });
    } else if (ourBody && theirBody && rbNode) {
        const oReq = ourBody.node['required'] === true;
        const tReq = rbNode['required'] === true;
        if (oReq !== tReq) {
            out.push({ ...base, kind: 'different', at: 'request/body/required', path: [...ourBody.path, 'required'], upstreamPath: rb!.path, attribute: 'required', ours: oReq, theirs: tReq });
        }
        diff('request/body', { node: ourBody.node['schema'], path: [...ourBody.path, 'schema'] }, theirBody);
    }

    // Responses.
    const ourResponses = isObject(ourOp.node['responses']) ? ourOp.node['responses'] : {};
    const theirResponses = isObject(upstreamOp.node['responses']) ? upstreamOp.node['responses'] : {};
    for (const status of sortStatuses([...new Set([...Object.keys(ourResponses), ...Object.keys(theirResponses)])])) {
        const at = `responses/${status}`;
        const ourPath: JsonPathSegments = [...ourOp.location, 'responses', status];
        const theirPath: JsonPathSegments = [...upstreamOp.location, 'responses', status];
        const inOurs = status in ourResponses;
        const inTheirs = status in theirResponses;
        if (!inTheirs) {
            out.push({ ...base, kind: 'extra-here', at, path: ourPath, upstreamPath: [...upstreamOp.location, 'responses'] });
            continue;
        }
        if (!inOurs) {
            out.push({ ...base, kind: 'missing-here', at, path: [...ourOp.location, 'responses'], upstreamPath: theirPath });
            continue;
        }
        const o = resolve(ours, ourResponses[status], ourPath);
        const t = resolve(upstream, theirResponses[status], theirPath);
        const oSchema: NodeAt | undefined = isObject(o.node) && o.node['schema'] !== undefined ? { node: o.node['schema'], path: [...o.path, 'schema'] } : undefined;
        const tSchema = isObject(t.node) ? jsonMedia(t.node['content'], [...t.path, 'content']) : undefined;
        if (oSchema && !tSchema) out.push({ ...base, kind: 'extra-here', at: `${at}/schema`, path: oSchema.path, upstreamPath: t.path });
        else if (!oSchema && tSchema) out.push({ ...base, kind: 'missing-here', at: `${at}/schema`, path: o.path, upstreamPath: tSchema.path });
        else if (oSchema && tSchema) diff(`${at}/schema`, oSchema, tSchema);
    }
    return out;
}

/** Numeric status codes in order, then ranges like 4XX, then `default`. */
export function sortStatuses(statuses: string[]): string[] {
    const rank = (s: string): [number, string] => (/^\d+$/.test(s) ? [Number(s), s] : s === 'default' ? [Number.MAX_SAFE_INTEGER, s] : [Number(s[0] ?? 9) * 100 + 99.5, s]);
    return [...statuses].sort((a, b) => {
        const [ra, sa] = rank(a);
        const [rb, sb] = rank(b);
        return ra - rb || sa.localeCompare(sb);
    });
}
