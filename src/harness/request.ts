/**
 * Builds the HTTP request for one operation the way the platform does: swagger host/basePath, then
 * the policy templates in declaration order (scoped by x-ms-apimTemplate-operationName), the API key
 * in the place named by securityDefinitions, non-body inputs by parameter name (arrays by their
 * collectionFormat, collection-format.ts) and the remaining inputs as the JSON body (the designer shows
 * body properties as flat inputs).
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import { ToolError } from '../core/errors.ts';
import { finding } from '../core/rules.ts';
import { HARNESS_RULES } from './rules.ts';
import { typedOperations, type TypedOperationAt } from '../swagger/reader.ts';
import type { SwaggerDocument } from '../swagger/types.ts';
import { parameterTexts } from './collection-format.ts';
import { evaluateExpression } from './expressions.ts';
import { appliesTo, type BoundPolicy } from './policies/index.ts';
import type { MutableRequest } from './policies/types.ts';

export interface PreparedRequest {
    operationId: string;
    method: string;
    url: string;
    headers: Record<string, string>;
    body: unknown;
    hasBody: boolean;
}

/** The operation with this operationId; a ToolError that lists the known ones otherwise. */
export function requireOperation(doc: SwaggerDocument, operationId: string): TypedOperationAt {
    const all = typedOperations(doc);
    const op = all.find((o) => o.operationId === operationId);
    if (op) return op;
    throw new ToolError(undefined, undefined, `unknown operationId "${operationId}" (known: ${all.map((o) => o.operationId).join(', ') || 'none'})`);
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https is required, except for loopback hosts (local sandbox, Prism). */
export function checkUrl(url: string): Diagnostic[] {
    let parsed: URL;
    try {
        parsed = new URL(url);
    } catch {
        return [finding(HARNESS_RULES.requestUrl, `The request URL "${url}" is not a valid absolute URL.`, [])];
    }
    if (parsed.protocol === 'https:') return [];
    if (parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname)) return [];
    return [finding(HARNESS_RULES.requestHttpsRequired, `The request URL "${parsed.origin}" must use https (plain http is allowed only for 127.0.0.1, localhost and [::1]).`, [])];
}

export interface BuildContext {
    doc: SwaggerDocument;
    policies: readonly BoundPolicy[];
    connection: Readonly<Record<string, string>>;
}

export interface BuiltRequest {
    request: PreparedRequest;
    diagnostics: Diagnostic[];
}

export function buildRequest(ctx: BuildContext, operationId: string, input: Readonly<Record<string, unknown>>): BuiltRequest {
    const op = requireOperation(ctx.doc, operationId);
    const diagnostics: Diagnostic[] = [];
    const scheme = ctx.doc.schemes?.[0] ?? 'https';
    const req: MutableRequest = {
        operationId,
        baseUrl: `${scheme}://${ctx.doc.host}${ctx.doc.basePath ?? ''}`.replace(/\/+$/, ''),
        path: op.pathKey,
        headers: {},
        query: [],
    };

    const bodyParam = op.operation.parameters.find((p) => p.in === 'body');
    const body: Record<string, unknown> = {};
    const used = new Set<string>();
    op.operation.parameters.forEach((p, i) => {
        if (p.in === 'body') return;
        const value = input[p.name];
        used.add(p.name);
        if (value === undefined || value === null) {
            if (p.required) {
                diagnostics.push(finding(HARNESS_RULES.inputRequired, `${operationId}: input "${p.name}" is required.`, [...op.at, 'parameters', i]));
            }
            return;
        }
        const texts = parameterTexts(p, value);
        if (p.in === 'query') for (const text of texts) req.query.push([p.name, text]);
        else if (p.in === 'path') req.path = req.path.replaceAll(`{${p.name}}`, encodeURIComponent(texts.join(',')));
        else if (p.in === 'header') req.headers[p.name.toLowerCase()] = texts.join(',');
    });
    for (const [k, v] of Object.entries(input)) {
        if (used.has(k)) continue;
        if (!bodyParam) {
            diagnostics.push(finding(HARNESS_RULES.inputUnknown, `${operationId}: unknown input "${k}".`, op.at));
            continue;
        }
        body[k] = v;
    }

    // Platform-managed security: API key from the `api_key` connection parameter.
    for (const requirement of ctx.doc.security ?? []) {
        for (const name of Object.keys(requirement)) {
            const def = ctx.doc.securityDefinitions?.[name];
            if (!def) throw new ToolError('apiDefinition.swagger.json', ['security'], `security requirement "${name}" has no securityDefinitions entry`);
            const key = ctx.connection['api_key'];
            if (key === undefined || key === '') continue; // reported by checkConnection
            if (def.in === 'header') req.headers[def.name.toLowerCase()] = key;
            else req.query.push([def.name, key]);
        }
    }

    for (const policy of ctx.policies) {
        if (!appliesTo(policy, operationId)) continue;
        const at = ['properties', 'policyTemplateInstances', policy.index, 'parameters'];
        policy.handler.applyToRequest(policy.instance, req, {
            connection: ctx.connection,
            evaluate(param) {
                const raw = policy.instance.parameters[param];
                const result = evaluateExpression(typeof raw === 'string' ? raw : '', ctx.connection);
                if (!result.ok) throw new ToolError('apiProperties.json', [...at, param], result.message);
                return result.value;
            },
        });
    }

    const qs = req.query.length === 0 ? '' : '?' + new URLSearchParams(req.query).toString();
    const url = req.baseUrl + req.path + qs;
    diagnostics.push(...checkUrl(url));
    const hasBody = bodyParam !== undefined;
    if (hasBody) req.headers['content-type'] ??= 'application/json';
    req.headers['accept'] ??= 'application/json';
    return { request: { operationId, method: op.method.toUpperCase(), url, headers: req.headers, body: hasBody ? body : undefined, hasBody }, diagnostics };
}
