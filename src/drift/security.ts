/**
 * The connector's API-key security against upstream's: every Swagger `securityDefinitions` entry of type
 * apiKey that the operation uses must be sent where one of the OpenAPI apiKey `securitySchemes` the
 * matched upstream operation accepts expects it (same `in`; same `name`, case-insensitive for headers).
 * Upstream offering other schemes too (bearer, another key) is fine and not reported.
 */
import { isObject, type JsonObject } from '../core/json.ts';
import { toPointer } from '../core/pointer.ts';
import type { OperationAt } from '../swagger/reader.ts';
import type { SecurityFinding } from './rules.ts';

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

export function compareSecurity(ours: JsonObject, ourOp: OperationAt, upstream: JsonObject, upOp: OperationAt): SecurityFinding[] {
    const mine = apiKeys(ours['securityDefinitions'], requiredSchemes(ours, ourOp));
    if (mine.length === 0) return [];
    const upNames = requiredSchemes(upstream, upOp);
    // Upstream that declares no security at all says nothing to compare with.
    if (upNames === undefined) return [];
    const components = isObject(upstream['components']) ? upstream['components'] : {};
    const theirs = apiKeys(components['securitySchemes'], upNames);
    const upstreamPointer =
        theirs.length > 0
            ? toPointer(['components', 'securitySchemes', theirs[0]!.scheme])
            : toPointer(upOp.node['security'] !== undefined ? [...upOp.at, 'security'] : ['security']);
    return mine
        .filter((k) => !theirs.some((t) => sameKey(k, t)))
        .map((k) => ({
            operationId: ourOp.label,
            upstreamOperation: upOp.label,
            at: `security/${k.scheme}`,
            ours: where(k),
            theirs: theirs.map(where),
            path: ['securityDefinitions', k.scheme, theirs.some((t) => t.in === k.in) || theirs.length === 0 ? 'name' : 'in'],
            upstreamPointer,
        }));
}
