/**
 * One poll of a polling trigger served by custom code, the way the platform performs it:
 *
 *   1. The URL the platform calls: on the first poll the connector endpoint + the operation path + the
 *      trigger's inputs as query parameters; on later polls exactly the previous answer's Location.
 *   2. The request the script receives: the same operation and query, with the connector's request
 *      policies applied (e.g. dynamichosturl → the API's base URL) and the API key header added — what
 *      certified scripts rely on (Context.Request points at the backend, OriginalRequestUri at the
 *      connector).
 *   3. The script runs (compiled with Mono); its answer is read as the platform does: 202 = nothing
 *      new, 200 = a JSON array, one flow run per item; Location = the next URL; Retry-After = seconds
 *      to wait (0 = at once).
 *
 * Refuses (ToolError) an operation that is not a batch trigger or not in scriptOperations: the
 * platform would send such a call to the API without the custom code.
 */
import { createContractChecker } from '../../contract/checker.ts';
import { hasErrors, type Diagnostic } from '../../core/diagnostic.ts';
import { ToolError } from '../../core/errors.ts';
import { finding as ruleFinding } from '../../core/rules.ts';
import { HARNESS_RULES } from '../rules.ts';
import { loadConnectorFiles, type ConnectorFiles, type ConnectorPaths } from '../connector-files.ts';
import { createHarness } from '../execute.ts';
import { requireOperation } from '../request.ts';
import { join } from 'node:path';
import { CACHE_DIR, compileScript, type CompiledScript } from './compile.ts';
import type { MonoToolchain } from './mono.ts';
import { header, runScript, SCRIPT_TIME_LIMIT_MS, type ScriptSend } from './run.ts';

/** Stands for the platform's connector endpoint (https://<region>.azure-apim.net/apim/<api>/<connection>). */
export const CONNECTOR_ENDPOINT = 'https://connector.invalid/apim/connector/harness-connection';

export interface PollOptions extends ConnectorPaths {
    connection: Readonly<Record<string, unknown>>;
    allowCustomValues?: boolean;
    files?: ConnectorFiles;
    /** The custom code; needed unless `compiled` is given. */
    scriptPath?: string;
    /** The previous answer's Location; absent on the first poll. */
    location?: string;
    /** The trigger's inputs (first poll only), e.g. { siteIds: '5120,5133' }. */
    input?: Readonly<Record<string, unknown>>;
    toolchain?: MonoToolchain;
    /** Cache of compiled scripts (default <rootDir>/.tmp/custom-code). */
    cacheDir?: string;
    /** A compiled script to reuse (tests); otherwise compiled (and cached) here. */
    compiled?: CompiledScript;
}

export interface PollResult {
    operationId: string;
    /** True when the script answered 200 or 202 with a usable Location and no error finding. */
    ok: boolean;
    status?: number;
    location?: string;
    /** Seconds; undefined when the answer had no Retry-After. */
    retryAfter?: number;
    /** The sessions that fire the trigger (one flow run each); [] on 202. */
    items: unknown[];
    diagnostics: Diagnostic[];
    /** Time the script itself ran (the platform's limit is 5 s), without Mono's start-up. */
    executionMs?: number;
    /** The calls the script made to the API (URL, body, status, time); masked. */
    sends: ScriptSend[];
    /** The URL the platform called (masked). */
    url?: string;
}


const asText = (v: unknown): string => (typeof v === 'string' ? v : Array.isArray(v) ? v.map(String).join(',') : JSON.stringify(v));

/** The operation's query inputs from a Location URL, which must point at this operation. */
function inputFromLocation(location: string, operationId: string, opPath: string): Record<string, string> {
    let url: URL;
    try {
        url = new URL(location);
    } catch {
        throw new ToolError(undefined, undefined, `--location "${location}" is not an absolute URL`);
    }
    const prefix = new URL(CONNECTOR_ENDPOINT);
    if (url.origin !== prefix.origin || !url.pathname.startsWith(prefix.pathname + '/')) {
        throw new ToolError(undefined, undefined, `--location must point at the connector endpoint ${CONNECTOR_ENDPOINT}/…, got ${url.origin}${url.pathname}`);
    }
    const path = url.pathname.slice(prefix.pathname.length);
    if (path !== opPath) throw new ToolError(undefined, undefined, `--location points at ${path}, not at ${operationId} (${opPath})`);
    const input: Record<string, string> = {};
    for (const [name, value] of url.searchParams) {
        if (name in input) throw new ToolError(undefined, undefined, `--location repeats the query parameter "${name}"`);
        input[name] = value;
    }
    return input;
}

function compileFor(options: PollOptions): CompiledScript {
    if (options.scriptPath === undefined) throw new ToolError(undefined, undefined, 'the project names no custom code (script.csx) to run the trigger with');
    return compileScript({
        scriptPath: options.scriptPath,
        cacheDir: options.cacheDir ?? join(options.rootDir, CACHE_DIR),
        ...(options.toolchain ? { toolchain: options.toolchain } : {}),
    });
}

export async function pollTrigger(operationId: string, options: PollOptions): Promise<PollResult> {
    const files = options.files ?? loadConnectorFiles(options);
    const op = requireOperation(files.swagger, operationId);
    const raw = op.operation as unknown as Record<string, unknown>;
    if (raw['x-ms-trigger'] !== 'batch') throw new ToolError(undefined, undefined, `${operationId} is not a polling trigger (its operation has no "x-ms-trigger": "batch")`);
    const scriptOperations = (files.apiProperties.properties as unknown as Record<string, unknown>)['scriptOperations'];
    if (!Array.isArray(scriptOperations) || !scriptOperations.includes(operationId)) {
        throw new ToolError(undefined, undefined, `${operationId} is not in scriptOperations of apiProperties.json, so the platform would not run the custom code for it`);
    }
    if (options.location !== undefined && options.input !== undefined && Object.keys(options.input).length > 0) {
        throw new ToolError(undefined, undefined, 'trigger inputs are given on the first poll only; later polls take everything from --location');
    }

    let input: Record<string, string>;
    let url: string;
    if (options.location !== undefined) {
        input = inputFromLocation(options.location, operationId, op.pathKey);
        url = options.location;
    } else {
        input = Object.fromEntries(Object.entries(options.input ?? {}).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => [k, asText(v)]));
        const query = new URLSearchParams();
        for (const p of op.operation.parameters) if (p.in === 'query' && input[p.name] !== undefined) query.append(p.name, input[p.name]!);
        const qs = query.toString();
        url = `${CONNECTOR_ENDPOINT}${op.pathKey}${qs === '' ? '' : `?${qs}`}`;
    }

    // The request the script receives is built like any other call of the operation (connection, policies, API key).
    const harness = createHarness({ files, connection: options.connection, allowCustomValues: options.allowCustomValues ?? false });
    const mask = (text: string): string => harness.mask(text);
    const result = (fields: Partial<PollResult> & { diagnostics: Diagnostic[] }): PollResult => ({
        operationId,
        items: [],
        sends: [],
        ...fields,
        ok: fields.ok ?? false,
        diagnostics: fields.diagnostics.map((d) => ({ ...d, message: mask(d.message) })),
    });
    const built = harness.prepare(operationId, input);
    const before = [...harness.connectionDiagnostics, ...built.diagnostics];
    if (hasErrors(before)) return result({ diagnostics: before, url: mask(url) });

    const compiled = options.compiled ?? compileFor(options);
    const run = await runScript(
        compiled,
        { operationId, originalRequestUri: url, request: { method: built.request.method, url: built.request.url, headers: built.request.headers } },
        options.toolchain ? { toolchain: options.toolchain } : {},
    );
    const sends = run.sends.map((s) => ({ ...s, url: mask(s.url) }));
    const after: Diagnostic[] = [];
    if (run.elapsedMs >= SCRIPT_TIME_LIMIT_MS) {
        after.push(ruleFinding(HARNESS_RULES.customCodeTimeLimit, `${operationId}: the custom code ran ${run.elapsedMs} ms; the platform stops it after ${SCRIPT_TIME_LIMIT_MS} ms.`));
    }
    if (!run.ok) {
        after.push(ruleFinding(HARNESS_RULES.customCodeException, `${operationId}: the custom code threw ${run.exception.type}: ${run.exception.message}`));
        return result({ diagnostics: [...before, ...after], executionMs: run.elapsedMs, sends, url: mask(url) });
    }

    const response = run.response;
    const location = header(response, 'Location');
    const retryRaw = header(response, 'Retry-After');
    const retryAfter = retryRaw !== undefined && /^\d+$/.test(retryRaw) ? Number(retryRaw) : undefined;
    if (retryRaw !== undefined && retryAfter === undefined) after.push(ruleFinding(HARNESS_RULES.triggerRetryAfter, `${operationId}: Retry-After "${retryRaw}" is not a number of seconds.`));
    let items: unknown[] = [];
    if (response.status === 200 || response.status === 202) {
        if (location === undefined) {
            after.push(ruleFinding(HARNESS_RULES.triggerLocation, `${operationId}: HTTP ${response.status} without a Location header; the platform would not know where to poll next.`));
        } else if (!location.startsWith(`${CONNECTOR_ENDPOINT}/`)) {
            after.push(ruleFinding(HARNESS_RULES.triggerLocation, `${operationId}: Location ${location} does not point at the connector (${CONNECTOR_ENDPOINT}); the platform would call it without the connector.`));
        }
        if (response.status === 200) {
            let body: unknown;
            try {
                body = JSON.parse(response.body ?? '');
            } catch {
                body = undefined;
            }
            if (!Array.isArray(body)) {
                after.push(ruleFinding(HARNESS_RULES.triggerBody, `${operationId}: HTTP 200 must carry a JSON array (one item per flow run).`, ['response', 200]));
            } else {
                items = body;
                after.push(...createContractChecker(files.swagger).checkResponse(operationId, 200, body).map((d) => ({ ...d, path: ['response', 200, ...d.path] })));
            }
        }
    } else {
        after.push(ruleFinding(HARNESS_RULES.triggerStatus, `${operationId}: HTTP ${response.status}${response.body ? `: ${response.body.slice(0, 500)}` : ''}`, ['response', response.status]));
    }
    const diagnostics = [...before, ...after];
    return result({
        ok: !hasErrors(diagnostics) && (response.status === 200 || response.status === 202),
        status: response.status,
        location,
        retryAfter,
        items,
        diagnostics,
        executionMs: run.elapsedMs,
        sends,
        url: mask(url),
    });
}
