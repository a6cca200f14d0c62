/**
 * check:upstream's rules, one table (data-only rules are rows, not files). Each row documents itself
 * and says how its message reads.
 */
import { showValue } from '../core/json.ts';
import { toPointer } from '../core/pointer.ts';
import type { RuleInfo } from '../core/rules.ts';
import type { FieldAttribute } from '../diff/schema-diff.ts';
import type { JsonPathSegments } from '../core/pointer.ts';

/** One difference between our operation and its upstream counterpart, before declarations decide its severity. */
export interface DriftFinding {
    kind: 'missing-here' | 'extra-here' | 'different';
    operationId: string;
    /** Upstream operationId (or METHOD path when it has none). */
    upstreamOperation: string;
    /**
     * Operation-relative location, the syntax of `upstream.differences[].at` in the model:
     * `request/body`, `request/body/required`, `request/body/limit/maximum`, `request/query/page`,
     * `responses/404`, `responses/400/schema/errorCode`, `responses/200/schema/items[]/vehicleId/type`.
     */
    at: string;
    /** Into our swagger: where the item is, or its parent when it is missing here. */
    path: JsonPathSegments;
    /** Into the upstream document: where the item is, or its parent when upstream lacks it. */
    upstreamPath: JsonPathSegments;
    attribute?: FieldAttribute;
    ours?: unknown;
    theirs?: unknown;
    /** missing-here: upstream does not require it (a subset may leave it out). */
    optional?: boolean;
}

export interface SecurityFinding {
    operationId: string;
    upstreamOperation: string;
    /** `security/<our scheme name>`, the syntax of `upstream.differences[].at`. */
    at: string;
    /** e.g. `header "x-api-key"`. */
    ours: string;
    /** What upstream accepts, e.g. `header "x-functions-key"`; empty when it takes no API key. */
    theirs: string[];
    /** Into our swagger: the scheme's `name` (or `in` when the location differs). */
    path: JsonPathSegments;
    /** Pointer into the upstream document: the first apiKey scheme, or the operation's security. */
    upstreamPointer: string;
}

interface DriftRule<F> extends RuleInfo {
    message(finding: F): string;
}

const rule = <F>(r: DriftRule<F>): DriftRule<F> => r;

export const DRIFT_RULES = {
    missingHere: rule<DriftFinding>({
        id: 'upstream-missing-here',
        defaultSeverity: 'error',
        description: "Upstream has a parameter, body, response or field that the connector's operation lacks.",
        source: "eMabler's OpenAPI document is the contract; a field we lack is data a flow cannot reach (or a filter it cannot set)",
        message: (f) => `${f.operationId} ${f.at}: missing here; upstream ${f.upstreamOperation} has it at ${toPointer(f.upstreamPath)}.`,
    }),
    extraHere: rule<DriftFinding>({
        id: 'upstream-extra-here',
        defaultSeverity: 'error',
        description: "The connector's operation has a parameter, body, response or field that upstream lacks.",
        source: 'A field upstream does not document may never arrive (flows see blanks) or may be rejected when sent',
        message: (f) => `${f.operationId} ${f.at}: exists here but not upstream (${f.upstreamOperation}, looked in ${toPointer(f.upstreamPath)}).`,
    }),
    different: rule<DriftFinding>({
        id: 'upstream-different',
        defaultSeverity: 'error',
        description: 'A field exists on both sides but its type, format, nullability, enum, bounds, required flag, items or map values differ.',
        source: 'A type or nullability the API does not keep fails flows at run time ("Expected Integer but got Null")',
        message: (f) =>
            `${f.operationId} ${f.at}: ${f.attribute} is ${showValue(f.ours)} here but ${showValue(f.theirs)} upstream ` +
            `(${f.upstreamOperation}, ${toPointer(f.upstreamPath)}).`,
    }),
    securityDifferent: rule<SecurityFinding>({
        id: 'upstream-security-different',
        defaultSeverity: 'error',
        description: 'Our API-key scheme (securityDefinitions: in + header name) is not one upstream accepts for the matched operation.',
        source: 'The platform sends the key where securityDefinitions says; upstream rejects it anywhere else (401)',
        message: (f) =>
            `${f.operationId} ${f.at}: the API key is sent in ${f.ours} here but upstream takes ${f.theirs.length > 0 ? f.theirs.join(' or ') : 'no API key'} ` +
            `(${f.upstreamOperation}, ${f.upstreamPointer}).`,
    }),
    operationNotFound: rule<{ operationId: string; method: string; fullPath: string }>({
        id: 'upstream-operation-not-found',
        defaultSeverity: 'error',
        description: 'No upstream operation has the same method and full path (base path + path) as this connector operation.',
        source: 'An operation upstream does not serve answers 404; operations served by custom code declare that instead',
        message: (f) => `${f.operationId}: upstream has no ${f.method.toUpperCase()} ${f.fullPath} (matched by method + full path).`,
    }),
    connectorOnly: rule<{ operationId: string; method: string; fullPath: string; reason: string }>({
        id: 'upstream-connector-only',
        defaultSeverity: 'info',
        description: 'A connector operation the model marks connector-only (no upstream counterpart, e.g. served by custom code) has none upstream, as declared.',
        source: 'Operations the connector serves itself have nothing upstream to compare; the marker keeps the reason beside the operation',
        message: (f) => `${f.operationId}: connector-only, upstream has no ${f.method.toUpperCase()} ${f.fullPath}. Declared: ${f.reason}`,
    }),
    connectorOnlyStale: rule<{ operationId: string; method: string; fullPath: string; upstreamOperation: string }>({
        id: 'upstream-connector-only-stale',
        defaultSeverity: 'error',
        description: 'A connector operation the model marks connector-only now has an upstream operation with the same method and full path.',
        source: 'The marker skips the comparison; once upstream serves the path the operation must be linked and compared instead',
        message: (f) =>
            `${f.operationId}: marked connector-only (model connectorOnly) but upstream has ${f.method.toUpperCase()} ${f.fullPath} (${f.upstreamOperation}); remove the marker and link the operation (upstream).`,
    }),
    linkMismatch: rule<{ operationId: string; field: 'operationId' | 'method' | 'path'; declared: string; actual: string }>({
        id: 'upstream-link-mismatch',
        defaultSeverity: 'warn',
        description: "The model's upstream link (method, path, operationId) no longer names the upstream operation matched by method + path.",
        source: 'Keeps the model honest about which upstream operation it mirrors',
        message: (f) => `${f.operationId}: the model's upstream.${f.field} is "${f.declared}" but the matching upstream operation has "${f.actual}"; update the model.`,
    }),
    declarationStale: rule<{ operationId: string; at: string }>({
        id: 'upstream-declaration-stale',
        defaultSeverity: 'warn',
        description: 'A declared difference (or subset) in the model matches no finding: upstream or the connector changed, so remove or fix the declaration.',
        source: 'Declarations that silence nothing hide the next real difference',
        message: (f) => `${f.operationId}: declared difference "${f.at}" (model upstream.differences) matches no finding; remove it or correct its location.`,
    }),
    notImplemented: rule<{ method: string; path: string; operationId: string | undefined; summary: string | undefined }>({
        id: 'upstream-not-implemented',
        defaultSeverity: 'info',
        description: 'An upstream operation the connector does not implement (listed by --coverage only).',
        source: 'The connector implements a chosen subset; --coverage shows what is left',
        message: (f) => `${f.method.toUpperCase()} ${f.path} (${f.operationId ?? 'no operationId'}): ${f.summary ?? 'no summary'}; not implemented by the connector.`,
    }),
    coverage: rule<{ total: number; implemented: number }>({
        id: 'upstream-coverage',
        defaultSeverity: 'info',
        description: 'How many upstream operations the connector implements (--coverage only).',
        source: 'A one-line summary of --coverage',
        message: (f) => `${f.implemented} of ${f.total} upstream operations implemented; ${f.total - f.implemented} not implemented.`,
    }),
} as const;

export const driftRules: readonly RuleInfo[] = Object.values(DRIFT_RULES);
