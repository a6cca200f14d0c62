/**
 * The connector's API-key security against upstream's: every Swagger `securityDefinitions` entry of type
 * apiKey that the operation uses must be sent where one of the OpenAPI apiKey `securitySchemes` the
 * matched upstream operation accepts expects it (same `in`; same `name`, case-insensitive for headers).
 * Upstream offering other schemes too (bearer, another key) is fine and not reported.
 */
import { toPointer, type JsonPathSegments } from '../core/pointer.ts';
import { isObject, type JsonObject } from './input.ts';
import type { OperationAt } from './operations.ts';

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

interface ApiKey {
    scheme: string;
    in: string;
    name: string;
}

/** Scheme names an operation requires: its own `security`, else the document's; undefined when neither says. */
function requiredSchemes(doc: JsonObject, op: OperationAt): string[] | undefined {
    const security = op.node['security'] ?? doc['security'];
    if (!Array.isArray(security)) return undefined;
    return [...new Set(security.flatMap((req) => (isObject(req) ? Object.keys(req) : [])))];
}

function apiKeys(schemes: unknown, names: string[] | undefined): ApiKey[] {
    if (!isObject(schemes)) return [];
    return (names ?? Object.keys(schemes)).flatMap((scheme) => {
        const s = Object.hasOwn(schemes, scheme) ? schemes[scheme] : undefined;
        if (!isObject(s) || s['type'] !== 'apiKey' || typeof s['in'] !== 'string' || typeof s['name'] !== 'string') return [];
        return [{ scheme, in: s['in'], name: s['name'] }];
    });
}

const where = (k: ApiKey): string => `${k.in} ${JSON.stringify(k.name)}`;
const sameKey = (a: ApiKey, b: ApiKey): boolean => a.in === b.in && (a.in === 'header' ? a.name.toLowerCase() === b.name.toLowerCase() : a.name === b.name);

export function compareSecurity(ours: JsonObject, ourOp: OperationAt, upstream: JsonObject, upOp: OperationAt, operationId: string): SecurityFinding[] {
    const mine = apiKeys(ours['securityDefinitions'], requiredSchemes(ours, ourOp));
    if (mine.length === 0) return [];
    const upNames = requiredSchemes(upstream, upOp);
    // Upstream that declares no security at all says nothing to compare with.
    if (upNames === undefined) return [];
    const components = isObject(upstream['components']) ? upstream['components'] : {};
    const theirs = apiKeys(components['securitySchemes'], upNames);
    const upstreamOperation = upOp.operationId ?? `${upOp.method.toUpperCase()} ${upOp.path}`;
    const upstreamPointer =
        theirs.length > 0
            ? toPointer(['components', 'securitySchemes', theirs[0]!.scheme])
            : toPointer(upOp.node['security'] !== undefined ? [...upOp.location, 'security'] : ['security']);
    return mine
        .filter((k) => !theirs.some((t) => sameKey(k, t)))
        .map((k) => ({
            operationId,
            upstreamOperation,
            at: `security/${k.scheme}`,
            ours: where(k),
            theirs: theirs.map(where),
            path: ['securityDefinitions', k.scheme, theirs.some((t) => t.in === k.in) || theirs.length === 0 ? 'name' : 'in'],
            upstreamPointer,
        }));
}
