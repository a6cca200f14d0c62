/**
 * check:upstream — compare every connector operation with eMabler's OpenAPI 3 document, matched by
 * method + full path, and classify each difference: declared in the model → info (with the reason),
 * undeclared → error, declarations that match nothing → warn. With `coverage`, also list the upstream
 * operations the connector does not implement.
 */
import type { DeclaredDifference, UpstreamLink } from '../model/types.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import { compareOperation } from './compare-operation.ts';
import type { DriftFinding } from './findings.ts';
import { assertOpenApi3, assertSwagger2 } from './input.ts';
import { joinPath, openApiOperations, swaggerOperations, type OperationAt } from './operations.ts';
import {
    upstreamCoverage,
    upstreamDeclarationStale,
    upstreamDifferent,
    upstreamExtraHere,
    upstreamLinkMismatch,
    upstreamMissingHere,
    upstreamNotImplemented,
    upstreamOperationNotFound,
    upstreamSecurityDifferent,
} from './rules/index.ts';
import type { LinkMismatch } from './rules/upstream-link-mismatch.ts';
import type { SchemaSide } from './schema-view.ts';
import { compareSecurity } from './security.ts';

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
    /** Also list upstream operations the connector does not implement. */
    coverage?: boolean;
}

const RULE_BY_KIND = { 'missing-here': upstreamMissingHere, 'extra-here': upstreamExtraHere, different: upstreamDifferent } as const;

function linkMismatches(operationId: string, link: UpstreamLink, up: OperationAt): LinkMismatch[] {
    const out: LinkMismatch[] = [];
    if (link.method !== up.method) out.push({ operationId, field: 'method', declared: link.method, actual: up.method });
    if (joinPath('/', link.path) !== joinPath('/', up.path)) out.push({ operationId, field: 'path', declared: link.path, actual: up.path });
    if (link.operationId !== (up.operationId ?? '')) out.push({ operationId, field: 'operationId', declared: link.operationId, actual: up.operationId ?? '' });
    return out;
}

function classify(findings: DriftFinding[], declared: readonly DeclaredDifference[], file: string): { diagnostics: Diagnostic[]; used: Set<number> } {
    const used = new Set<number>();
    const diagnostics = findings.map((f): Diagnostic => {
        const rule = RULE_BY_KIND[f.kind];
        const i = declared.findIndex((d) => d.at === f.at);
        const base = { ruleId: rule.id, path: f.path, file };
        if (i < 0) return { ...base, severity: rule.defaultSeverity, message: rule.message(f) };
        used.add(i);
        return { ...base, severity: 'info', message: `${rule.message(f)} Declared: ${declared[i]!.reason}` };
    });
    return { diagnostics, used };
}

export function checkUpstream(input: UpstreamCheckInput): Diagnostic[] {
    const swagger = assertSwagger2(input.swagger, input.swaggerFile);
    const openapi = assertOpenApi3(input.openapi, input.openapiFile);
    const ours: SchemaSide = { doc: swagger, file: input.swaggerFile, dialect: 'swagger2' };
    const upstream: SchemaSide = { doc: openapi, file: input.openapiFile, dialect: 'openapi3' };
    const upstreamOps = openApiOperations(openapi);
    const upstreamByKey = new Map<string, OperationAt>();
    for (const op of upstreamOps) if (!upstreamByKey.has(op.key)) upstreamByKey.set(op.key, op);

    const out: Diagnostic[] = [];
    const implemented = new Set<string>();
    for (const ourOp of swaggerOperations(swagger)) {
        const operationId = ourOp.operationId ?? `${ourOp.method.toUpperCase()} ${ourOp.path}`;
        const upOp = upstreamByKey.get(ourOp.key);
        if (!upOp) {
            out.push({
                ruleId: upstreamOperationNotFound.id,
                severity: upstreamOperationNotFound.defaultSeverity,
                message: upstreamOperationNotFound.message({ operationId, method: ourOp.method, fullPath: ourOp.fullPath }),
                path: ourOp.location,
                file: input.swaggerFile,
            });
            continue;
        }
        implemented.add(upOp.key);
        const link = Object.hasOwn(input.links, operationId) ? input.links[operationId] : undefined;
        const declared = link?.differences ?? [];
        const { diagnostics, used } = classify(compareOperation({ ours, upstream, ourOp, upstreamOp: upOp }), declared, input.swaggerFile);
        out.push(...diagnostics);
        for (const f of compareSecurity(swagger, ourOp, openapi, upOp, operationId)) {
            const i = declared.findIndex((d) => d.at === f.at);
            const base = { ruleId: upstreamSecurityDifferent.id, path: f.path, file: input.swaggerFile };
            if (i < 0) out.push({ ...base, severity: upstreamSecurityDifferent.defaultSeverity, message: upstreamSecurityDifferent.message(f) });
            else {
                used.add(i);
                out.push({ ...base, severity: 'info', message: `${upstreamSecurityDifferent.message(f)} Declared: ${declared[i]!.reason}` });
            }
        }
        declared.forEach((d, i) => {
            if (used.has(i)) return;
            out.push({
                ruleId: upstreamDeclarationStale.id,
                severity: upstreamDeclarationStale.defaultSeverity,
                message: upstreamDeclarationStale.message({ operationId, at: d.at }),
                path: ourOp.location,
                file: input.swaggerFile,
            });
        });
        if (link) {
            for (const m of linkMismatches(operationId, link, upOp)) {
                out.push({ ruleId: upstreamLinkMismatch.id, severity: upstreamLinkMismatch.defaultSeverity, message: upstreamLinkMismatch.message(m), path: ourOp.location, file: input.swaggerFile });
            }
        }
    }

    if (input.coverage) {
        for (const op of upstreamOps) {
            if (implemented.has(op.key)) continue;
            out.push({
                ruleId: upstreamNotImplemented.id,
                severity: upstreamNotImplemented.defaultSeverity,
                message: upstreamNotImplemented.message({ method: op.method, path: op.path, operationId: op.operationId, summary: op.summary }),
                path: op.location,
                file: input.openapiFile,
            });
        }
        out.push({
            ruleId: upstreamCoverage.id,
            severity: upstreamCoverage.defaultSeverity,
            message: upstreamCoverage.message({ total: upstreamOps.length, implemented: upstreamOps.filter((o) => implemented.has(o.key)).length }),
            path: ['paths'],
            file: input.openapiFile,
        });
    }
    return out;
}

/** The model's upstream links keyed by operationId. */
export const linksOf = (operations: readonly { operationId: string; upstream?: UpstreamLink }[]): Record<string, UpstreamLink | undefined> =>
    Object.fromEntries(operations.map((o) => [o.operationId, o.upstream]));
