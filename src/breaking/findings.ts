/** One classified change between the previous and the current connector. */
import type { JsonPathSegments } from '../core/pointer.ts';

export interface BreakingFinding {
    /** The current operationId (the old one when the operation is gone). */
    operationId: string;
    /** Operation-relative location: `operation`, `request/body/limit`, `responses/200/schema/items[]/id`, … */
    at: string;
    /** What changed, one clause, e.g. `type changed from "integer" to "string"`. */
    detail: string;
    /** Into the current swagger: where the item is, or its parent when it was removed. */
    path: JsonPathSegments;
}
