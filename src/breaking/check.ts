/**
 * check:breaking — compare the current generated connector with a previous release and classify every
 * change the way Power Platform's change validator treats it: breaking (error) or compatible (info).
 * Operations match by operationId first, then by method + full path; anything else is removed + added
 * (a rename cannot be told apart from a removal with confidence, so it is reported as both).
 */
import { collectParameters, locate, sortStatuses } from '../drift/compare-operation.ts';
import { assertSwagger2, isObject, type JsonObject } from '../drift/input.ts';
import { swaggerOperations, type OperationAt } from '../drift/operations.ts';
import { resolve } from '../drift/resolve.ts';
import { DRIFT_ATTRIBUTES } from '../drift/compare-operation.ts';
import { diffSchemas, formatField, type FieldAttribute } from '../drift/schema-diff.ts';
import type { NodeAt, SchemaSide } from '../drift/schema-view.ts';
import { type Diagnostic } from '../core/diagnostic.ts';
import { toPointer, type JsonPathSegments } from '../core/pointer.ts';
import { checkConnection, type ConnectionCheckInput } from './connection.ts';
import { classifyDifference, isInternalWithDefault, type Direction } from './classify.ts';
import {
    breakingMadeInternal,
    breakingMadeRequired,
    breakingOperationIdChanged,
    breakingOperationMoved,
    breakingOperationRemoved,
    breakingParameterRemoved,
    breakingResponseRemoved,
    compatibleAddition,
    compatibleChange,
} from './rules/index.ts';
import { messageOf, type BreakingRule } from './rules/rule.ts';

/** What a release comparison looks at: everything the drift check compares, plus visibility. */
export const BREAKING_ATTRIBUTES: readonly FieldAttribute[] = [...DRIFT_ATTRIBUTES, 'visibility'];

export interface BreakingCheckInput {
    /** The previous release's swagger and its label (e.g. `v1.0.0:apiDefinition.swagger.json`). */
    old: unknown;
    oldFile: string;
    /** The current generated swagger and its file name. */
    current: unknown;
    currentFile: string;
    /**
     * Both apiProperties.json files (a side's `doc` undefined when it has none: one info finding, no
     * comparison). Omitted: only the swagger is compared.
     */
    properties?: ConnectionCheckInput;
}

interface Ctx {
    old: SchemaSide;
    current: SchemaSide;
    out: Diagnostic[];
}

const opName = (op: OperationAt): string => op.operationId ?? `${op.method.toUpperCase()} ${op.path}`;

function report(ctx: Ctx, rule: BreakingRule, operationId: string, at: string, detail: string, path: JsonPathSegments): void {
    ctx.out.push({ ruleId: rule.id, severity: rule.defaultSeverity, message: messageOf(rule, { operationId, at, detail, path }), path, file: ctx.current.file });
}

function diff(ctx: Ctx, operationId: string, at: string, l: NodeAt, r: NodeAt, direction: Direction): void {
    for (const d of diffSchemas(ctx.old, l, ctx.current, r, { attributes: BREAKING_ATTRIBUTES })) {
        const { rule, detail } = classifyDifference(d, direction, ctx.current);
        report(ctx, rule, operationId, locate(at, formatField(d.field)), detail, d.rightPath);
    }
}

function compareRequired(ctx: Ctx, id: string, at: string, was: boolean, now: boolean, path: JsonPathSegments): void {
    if (was === now) return;
    report(ctx, now ? breakingMadeRequired : compatibleChange, id, at, now ? 'optional before, required now' : 'required before, optional now', path);
}

function compareOperation(ctx: Ctx, oldOp: OperationAt, newOp: OperationAt): void {
    const id = opName(newOp);
    const wasVis = oldOp.node['x-ms-visibility'];
    const nowVis = newOp.node['x-ms-visibility'];
    if (wasVis !== nowVis) {
        const rule = nowVis === 'internal' ? breakingMadeInternal : compatibleChange;
        report(ctx, rule, id, 'operation', `x-ms-visibility changed from ${JSON.stringify(wasVis ?? null)} to ${JSON.stringify(nowVis ?? null)}`, newOp.location);
    }

    const key = (p: { in: string; name: string }): string => `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
    const oldParams = collectParameters(ctx.old, oldOp);
    const newParams = collectParameters(ctx.current, newOp);
    const newByKey = new Map(newParams.map((p) => [key(p), p]));
    const oldKeys = new Set(oldParams.map(key));
    for (const o of oldParams) {
        const at = o.in === 'body' ? 'request/body' : `request/${o.in}/${o.name}`;
        const n = newByKey.get(key(o));
        if (!n) {
            report(ctx, breakingParameterRemoved, id, at, `parameter "${o.name}" (in ${o.in}) removed`, [...newOp.location, 'parameters']);
            continue;
        }
        compareRequired(ctx, id, o.in === 'body' ? 'request/body/required' : `${at}/required`, o.node['required'] === true, n.node['required'] === true, [...n.path, 'required']);
        if (o.in === 'body') diff(ctx, id, at, { node: o.node['schema'], path: [...o.path, 'schema'] }, { node: n.node['schema'], path: [...n.path, 'schema'] }, 'request');
        else diff(ctx, id, at, { node: o.node, path: o.path }, { node: n.node, path: n.path }, 'request');
    }
    for (const n of newParams) {
        if (oldKeys.has(key(n))) continue;
        const at = n.in === 'body' ? 'request/body' : `request/${n.in}/${n.name}`;
        const required = n.node['required'] === true;
        if (required && !isInternalWithDefault(ctx.current, n.node, n.path)) report(ctx, breakingMadeRequired, id, at, `required parameter "${n.name}" (in ${n.in}) added`, n.path);
        else report(ctx, compatibleAddition, id, at, `${required ? 'required (internal, with a default)' : 'optional'} parameter "${n.name}" (in ${n.in}) added`, n.path);
    }

    const oldResponses = isObject(oldOp.node['responses']) ? oldOp.node['responses'] : {};
    const newResponses = isObject(newOp.node['responses']) ? newOp.node['responses'] : {};
    for (const status of sortStatuses([...new Set([...Object.keys(oldResponses), ...Object.keys(newResponses)])])) {
        const at = `responses/${status}`;
        const newPath: JsonPathSegments = [...newOp.location, 'responses', status];
        if (!(status in newResponses)) {
            report(ctx, breakingResponseRemoved, id, at, `response ${status} removed`, [...newOp.location, 'responses']);
            continue;
        }
        if (!(status in oldResponses)) {
            report(ctx, compatibleAddition, id, at, `response ${status} added`, newPath);
            continue;
        }
        const o = resolve(ctx.old, oldResponses[status], [...oldOp.location, 'responses', status]);
        const n = resolve(ctx.current, newResponses[status], newPath);
        const schemaOf = (r: { node: unknown; path: JsonPathSegments }): NodeAt | undefined =>
            isObject(r.node) && r.node['schema'] !== undefined ? { node: r.node['schema'], path: [...r.path, 'schema'] } : undefined;
        const os = schemaOf(o);
        const ns = schemaOf(n);
        if (os && !ns) report(ctx, breakingResponseRemoved, id, `${at}/schema`, 'response body removed', n.path);
        else if (!os && ns) report(ctx, compatibleAddition, id, `${at}/schema`, 'response body added', ns.path);
        else if (os && ns) diff(ctx, id, `${at}/schema`, os, ns, 'response');
    }
}

export function checkBreaking(input: BreakingCheckInput): Diagnostic[] {
    const oldDoc: JsonObject = assertSwagger2(input.old, input.oldFile);
    const currentDoc: JsonObject = assertSwagger2(input.current, input.currentFile);
    const ctx: Ctx = {
        old: { doc: oldDoc, file: input.oldFile, dialect: 'swagger2' },
        current: { doc: currentDoc, file: input.currentFile, dialect: 'swagger2' },
        out: [],
    };
    const oldOps = swaggerOperations(oldDoc);
    const newOps = swaggerOperations(currentDoc);
    const oldIds = new Set(oldOps.map((o) => o.operationId).filter((x) => x !== undefined));
    const matched = new Set<OperationAt>();
    for (const oldOp of oldOps) {
        const byId = oldOp.operationId === undefined ? undefined : newOps.find((n) => n.operationId === oldOp.operationId);
        const byKey = byId ? undefined : newOps.find((n) => n.key === oldOp.key && !matched.has(n) && (n.operationId === undefined || !oldIds.has(n.operationId)));
        const newOp = byId ?? byKey;
        if (!newOp) {
            const paths = isObject(currentDoc['paths']) ? currentDoc['paths'] : {};
            const path: JsonPathSegments = oldOp.path in paths ? ['paths', oldOp.path] : ['paths'];
            report(ctx, breakingOperationRemoved, opName(oldOp), 'operation', `${oldOp.method.toUpperCase()} ${oldOp.fullPath} removed (was ${input.oldFile}${toPointer(oldOp.location)})`, path);
            continue;
        }
        matched.add(newOp);
        if (byId && newOp.key !== oldOp.key) {
            report(ctx, breakingOperationMoved, opName(newOp), 'operation', `moved from ${oldOp.method.toUpperCase()} ${oldOp.fullPath} to ${newOp.method.toUpperCase()} ${newOp.fullPath}`, newOp.location);
        }
        if (byKey) {
            report(ctx, breakingOperationIdChanged, opName(newOp), 'operation', `operationId changed from "${opName(oldOp)}" to "${opName(newOp)}"`, [...newOp.location, 'operationId']);
        }
        compareOperation(ctx, oldOp, newOp);
    }
    for (const newOp of newOps) {
        if (matched.has(newOp)) continue;
        report(ctx, compatibleAddition, opName(newOp), 'operation', `${newOp.method.toUpperCase()} ${newOp.fullPath} added`, newOp.location);
    }
    if (input.properties) ctx.out.push(...checkConnection(input.properties));
    return ctx.out;
}
