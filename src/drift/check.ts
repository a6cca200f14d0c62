/**
 * check:upstream — a classifier over the diff engine (src/diff): every connector operation against
 * eMabler's OpenAPI 3 operation with the same method + full path. Each difference is declared in the
 * model (info, with its reason), left out by the operation's declared subset (info: an optional
 * upstream parameter or field the connector does not expose), or an error. Declarations that match
 * nothing are stale (warn). With `coverage`, upstream operations the connector does not implement are
 * listed too.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import { finding } from '../core/rules.ts';
import { compareOperations, pairOperations, type Difference } from '../diff/compare.ts';
import { CONTRACT_ATTRIBUTES, type FieldAttribute } from '../diff/schema-diff.ts';
import type { ConnectorOnlyMarker, DeclaredDifference, UpstreamLink } from '../model/types.ts';
import { assertOpenApi3, assertSwagger2 } from '../swagger/document.ts';
import { joinPath, operations, type DocSide, type OperationAt } from '../swagger/reader.ts';
import { DRIFT_RULES, type DriftFinding } from './rules.ts';
import { compareSecurity } from './security.ts';

/**
 * What the drift check compares: the contract attributes (type, format, nullability, enum, bounds,
 * required, items, map values) and `default` on inputs (what the designer pre-fills and the API assumes
 * when a flow sets nothing). A default on a response field means nothing to a flow, so it is not
 * compared (eMabler's generator writes the first enum value as one).
 */
export const DRIFT_ATTRIBUTES: readonly FieldAttribute[] = [...CONTRACT_ATTRIBUTES, 'default'];

export interface UpstreamCheckInput {
    /** Our generated Swagger 2.0 document and the file name used in diagnostics. */
    swagger: unknown;
    swaggerFile: string;
    /** eMabler's OpenAPI 3 document and its file name. */
    openapi: unknown;
    openapiFile: string;
    /**
     * The model's upstream links, keyed by our operationId (declared differences live here). Only
     * operations whose operationId is an own key get a link; any other operation has no declarations.
     */
    links: Readonly<Record<string, UpstreamLink | undefined>>;
    /**
     * Operations the model marks connector-only, keyed by operationId (no upstream counterpart: reported
     * as info with the reason; an upstream counterpart makes the marker stale, an error).
     */
    connectorOnly?: Readonly<Record<string, ConnectorOnlyMarker | undefined>>;
    /** Also list upstream operations the connector does not implement. */
    coverage?: boolean;
}

const KIND: Record<Difference['kind'], DriftFinding['kind']> = { 'only-left': 'extra-here', 'only-right': 'missing-here', changed: 'different' };

/** The engine's difference as check:upstream names it (`at` gains the attribute for a changed one). */
export function toDriftFinding(d: Difference, operationId: string, upstreamOperation: string): DriftFinding {
    const kind = KIND[d.kind];
    return {
        kind,
        operationId,
        upstreamOperation,
        at: d.attribute !== undefined ? `${d.at}/${d.attribute}` : d.at,
        path: d.leftPath,
        upstreamPath: d.rightPath,
        ...(d.attribute !== undefined ? { attribute: d.attribute, ours: d.left, theirs: d.right } : {}),
        // A subset may leave out what upstream offers but does not require: parameters and fields.
        ...(kind === 'missing-here' && (d.subject === 'parameter' || d.subject === 'field') && d.required === false ? { optional: true } : {}),
    };
}

/** Our operation's differences from its upstream counterpart, as findings before classification. */
export function driftFindings(ours: DocSide, upstream: DocSide, ourOp: OperationAt, upOp: OperationAt): DriftFinding[] {
    return compareOperations(ours, upstream, ourOp, upOp, DRIFT_ATTRIBUTES)
        .filter((d) => !(d.attribute === 'default' && d.direction === 'response'))
        .map((d) => toDriftFinding(d, ourOp.label, upOp.label));
}

function linkMismatches(operationId: string, link: UpstreamLink, up: OperationAt) {
    const out: { operationId: string; field: 'operationId' | 'method' | 'path'; declared: string; actual: string }[] = [];
    if (link.method !== up.method) out.push({ operationId, field: 'method', declared: link.method, actual: up.method });
    if (joinPath('/', link.path) !== joinPath('/', up.pathKey)) out.push({ operationId, field: 'path', declared: link.path, actual: up.pathKey });
    if (link.operationId !== (up.operationId ?? '')) out.push({ operationId, field: 'operationId', declared: link.operationId, actual: up.operationId ?? '' });
    return out;
}

/** A difference nothing in the model declares: what `--print-declarations` offers to declare. */
export interface Undeclared {
    operationId: string;
    at: string;
    message: string;
    /** An optional upstream parameter or field the operation lacks: a `subset` would cover it. */
    optional: boolean;
}

/** Declarations and the subset decide each finding's severity; `used` collects what matched something. */
function classify(
    f: { at: string; optional?: boolean },
    rule: { id: string; defaultSeverity: Diagnostic['severity'] },
    message: string,
    path: Diagnostic['path'],
    file: string,
    declared: readonly DeclaredDifference[],
    link: UpstreamLink | undefined,
    used: Set<string>,
): { diagnostic: Diagnostic; declared: boolean } {
    const base = { ruleId: rule.id, path, file };
    const i = declared.findIndex((d) => d.at === f.at);
    if (i >= 0) {
        used.add(`difference:${i}`);
        return { diagnostic: { ...base, severity: 'info', message: `${message} Declared: ${declared[i]!.reason}` }, declared: true };
    }
    if (f.optional && link?.subset) {
        used.add('subset');
        return { diagnostic: { ...base, severity: 'info', message: `${message} Left out (subset): ${link.subset.reason}` }, declared: true };
    }
    return { diagnostic: { ...base, severity: rule.defaultSeverity, message }, declared: false };
}

export function checkUpstream(input: UpstreamCheckInput): Diagnostic[] {
    return upstreamReport(input).diagnostics;
}

/** The findings of checkUpstream, plus the undeclared differences behind its errors. */
export function upstreamReport(input: UpstreamCheckInput): { diagnostics: Diagnostic[]; undeclared: Undeclared[] } {
    const swagger = assertSwagger2(input.swagger, input.swaggerFile);
    const openapi = assertOpenApi3(input.openapi, input.openapiFile);
    const ours: DocSide = { doc: swagger, file: input.swaggerFile, dialect: 'swagger2' };
    const upstream: DocSide = { doc: openapi, file: input.openapiFile, dialect: 'openapi3' };
    const ourOps = operations(swagger, 'swagger2');
    const upstreamOps = operations(openapi, 'openapi3');
    const { pairs } = pairOperations(ourOps, upstreamOps, 'key');
    const out: Diagnostic[] = [];
    const undeclared: Undeclared[] = [];
    const file = input.swaggerFile;

    const markers = input.connectorOnly ?? {};
    for (const ourOp of ourOps) {
        const upOp = pairs.find((p) => p.left === ourOp)?.right;
        const marker = Object.hasOwn(markers, ourOp.label) ? markers[ourOp.label] : undefined;
        if (marker) {
            const f = { operationId: ourOp.label, method: ourOp.method, fullPath: ourOp.fullPath };
            if (upOp) {
                const r = DRIFT_RULES.connectorOnlyStale;
                out.push(finding(r, r.message({ ...f, upstreamOperation: upOp.label }), ourOp.at, file));
            } else {
                const r = DRIFT_RULES.connectorOnly;
                out.push(finding(r, r.message({ ...f, reason: marker.reason }), ourOp.at, file));
            }
            continue;
        }
        if (!upOp) {
            const r = DRIFT_RULES.operationNotFound;
            out.push(finding(r, r.message({ operationId: ourOp.label, method: ourOp.method, fullPath: ourOp.fullPath }), ourOp.at, file));
            continue;
        }
        const operationId = ourOp.label;
        const link = Object.hasOwn(input.links, operationId) ? input.links[operationId] : undefined;
        const declared = link?.differences ?? [];
        const used = new Set<string>();
        const add = (f: { at: string; optional?: boolean }, rule: (typeof DRIFT_RULES)[keyof typeof DRIFT_RULES], message: string, path: Diagnostic['path']): void => {
            const c = classify(f, rule, message, path, file, declared, link, used);
            out.push(c.diagnostic);
            if (!c.declared) undeclared.push({ operationId, at: f.at, message, optional: f.optional === true });
        };
        for (const f of driftFindings(ours, upstream, ourOp, upOp)) {
            const r = f.kind === 'missing-here' ? DRIFT_RULES.missingHere : f.kind === 'extra-here' ? DRIFT_RULES.extraHere : DRIFT_RULES.different;
            add(f, r, r.message(f), f.path);
        }
        for (const f of compareSecurity(swagger, ourOp, openapi, upOp)) add(f, DRIFT_RULES.securityDifferent, DRIFT_RULES.securityDifferent.message(f), f.path);
        const stale = DRIFT_RULES.declarationStale;
        declared.forEach((d, i) => {
            if (!used.has(`difference:${i}`)) out.push(finding(stale, stale.message({ operationId, at: d.at }), ourOp.at, file));
        });
        if (link?.subset && !used.has('subset')) out.push(finding(stale, stale.message({ operationId, at: 'subset' }), ourOp.at, file));
        if (link) {
            const r = DRIFT_RULES.linkMismatch;
            for (const m of linkMismatches(operationId, link, upOp)) out.push(finding(r, r.message(m), ourOp.at, file));
        }
    }

    if (input.coverage) {
        const implemented = new Set(pairs.map((p) => p.right.key));
        for (const op of upstreamOps) {
            if (implemented.has(op.key)) continue;
            const r = DRIFT_RULES.notImplemented;
            out.push(finding(r, r.message({ method: op.method, path: op.pathKey, operationId: op.operationId, summary: op.summary }), op.at, input.openapiFile));
        }
        const r = DRIFT_RULES.coverage;
        out.push(finding(r, r.message({ total: upstreamOps.length, implemented: upstreamOps.filter((o) => implemented.has(o.key)).length }), ['paths'], input.openapiFile));
    }
    return { diagnostics: out, undeclared };
}

/** The model's connector-only markers keyed by operationId. */
export const connectorOnlyOf = (ops: readonly { operationId: string; connectorOnly?: ConnectorOnlyMarker }[]): Record<string, ConnectorOnlyMarker | undefined> =>
    Object.fromEntries(ops.map((o) => [o.operationId, o.connectorOnly]));

/** The model's upstream links keyed by operationId. */
export const linksOf = (ops: readonly { operationId: string; upstream?: UpstreamLink }[]): Record<string, UpstreamLink | undefined> =>
    Object.fromEntries(ops.map((o) => [o.operationId, o.upstream]));
