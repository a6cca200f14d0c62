/** The raw findings of the drift comparison, before declarations decide their severity. */
import type { JsonPathSegments } from '../core/pointer.ts';
import type { FieldAttribute } from './schema-diff.ts';

export type DriftKind = 'missing-here' | 'extra-here' | 'different';

export interface DriftFinding {
    kind: DriftKind;
    /** Our operationId. */
    operationId: string;
    /** Upstream operationId (or METHOD path when it has none). */
    upstreamOperation: string;
    /**
     * Operation-relative location, the syntax of `upstream.differences[].at` in the model:
     * `request/body`, `request/body/required`, `request/body/limit/maximum`, `request/query/page`,
     * `responses/404`, `responses/400/schema/errorCode`, `responses/200/schema/items[]/vehicleId/type`.
     */
    at: string;
    /** Into our swagger: where the field is, or its parent when it is missing here. */
    path: JsonPathSegments;
    /** Into the upstream document: where the field is, or its parent when upstream lacks it. */
    upstreamPath: JsonPathSegments;
    attribute?: FieldAttribute;
    ours?: unknown;
    theirs?: unknown;
}
