/**
 * The runtime harness: executes operations of the generated connector over real HTTP, like the
 * platform does. Flow per call: connection findings → build request (policies, security) →
 * validate the body with the contract checker (as the designer would) → send → validate the response
 * against the declared schema → outputs. Findings are Diagnostics; secrets are masked in all of them.
 */
import { createContractChecker, type ContractChecker } from '../contract/checker.ts';
import { hasErrors, type Diagnostic } from '../core/diagnostic.ts';
import { checkConnection } from './connection.ts';
import { loadConnectorFiles, type ConnectorFiles, type ConnectorPaths } from './connector-files.ts';
import { ToolError } from '../core/errors.ts';
import { maskSecrets } from './errors.ts';
import { finding } from '../core/rules.ts';
import { HARNESS_RULES } from './rules.ts';
import { bindPolicies, type BoundPolicy } from './policies/index.ts';
import { buildRequest, requireOperation, type PreparedRequest } from './request.ts';

export interface HarnessOptions extends Partial<ConnectorPaths> {
    /** Connection values, e.g. { environment: 'https://…', api_key: '…' }. */
    connection: Readonly<Record<string, unknown>>;
    /** Accept values outside a dropdown's allowedValues (e.g. a local sandbox environment URL). */
    allowCustomValues?: boolean;
    /** Pre-loaded files (tests); otherwise read from the paths (rootDir is then required). */
    files?: ConnectorFiles;
    /** Per-request timeout in milliseconds (default 30 s). */
    timeoutMs?: number;
    /** Called with a masked one-line description of each request and response (for --verbose). */
    trace?: (line: string) => void;
}

export interface RequestSummary {
    method: string;
    /** Masked. */
    url: string;
    /** Masked header values. */
    headers: Record<string, string>;
}

export interface ExecuteResult {
    operationId: string;
    /** True when the call was sent, answered 2xx and no error finding was raised. */
    ok: boolean;
    /** Undefined when the request was not sent (input/connection findings) or failed on the network. */
    status?: number;
    /** The parsed response body (the operation's outputs), when there was one. */
    outputs?: unknown;
    diagnostics: Diagnostic[];
    request?: RequestSummary;
}

export interface Harness {
    readonly files: ConnectorFiles;
    /** Findings about the connection values; when any is an error, every call fails without sending. */
    readonly connectionDiagnostics: readonly Diagnostic[];
    /** Prepare (but do not send) the request; for dry runs and tests. */
    prepare(operationId: string, input: Readonly<Record<string, unknown>>): { request: PreparedRequest; diagnostics: Diagnostic[] };
    execute(operationId: string, input: Readonly<Record<string, unknown>>): Promise<ExecuteResult>;
    /** Mask every secret connection value in `text`. */
    mask(text: string): string;
}


export function createHarness(options: HarnessOptions): Harness {
    const loaded = options.files ?? (options.rootDir !== undefined ? loadConnectorFiles({ ...options, rootDir: options.rootDir }) : undefined);
    if (!loaded) throw new ToolError(undefined, undefined, 'createHarness needs the connector files or the folder that holds them (rootDir).');
    const files: ConnectorFiles = loaded;
    const connection = checkConnection(files.apiProperties, options.connection, { allowCustomValues: options.allowCustomValues ?? false });
    const policies: BoundPolicy[] = bindPolicies(files.apiProperties.properties.policyTemplateInstances ?? []);
    const checker: ContractChecker = createContractChecker(files.swagger);
    const mask = (text: string) => maskSecrets(text, connection.secrets);
    const maskAll = (ds: Diagnostic[]) => ds.map((d) => ({ ...d, message: mask(d.message) }));
    const summary = (r: PreparedRequest): RequestSummary => ({
        method: r.method,
        url: mask(r.url),
        headers: Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, mask(v)])),
    });

    const prepare = (operationId: string, input: Readonly<Record<string, unknown>>) => {
        const built = buildRequest({ doc: files.swagger, policies, connection: connection.values }, operationId, input);
        return { request: built.request, diagnostics: maskAll(built.diagnostics) };
    };

    async function execute(operationId: string, input: Readonly<Record<string, unknown>>): Promise<ExecuteResult> {
        const op = requireOperation(files.swagger, operationId);
        const { request, diagnostics } = prepare(operationId, input);
        const before = [
            ...maskAll([...connection.diagnostics]),
            ...diagnostics,
            ...maskAll(checker.checkRequestBody(operationId, request.hasBody ? request.body : undefined).map((d) => ({ ...d, path: ['input', ...d.path] }))),
        ];
        const sent = summary(request);
        if (hasErrors(before)) return { operationId, ok: false, diagnostics: before, request: sent };

        options.trace?.(`→ ${sent.method} ${sent.url} ${JSON.stringify(sent.headers)}`);
        let response: Response;
        try {
            response = await fetch(request.url, {
                method: request.method,
                headers: request.headers,
                body: request.hasBody ? JSON.stringify(request.body) : undefined,
                signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
            });
        } catch (e) {
            const cause = (e as { cause?: { code?: string; message?: string } }).cause;
            const reason = cause?.code ?? cause?.message ?? (e as Error).message;
            return { operationId, ok: false, diagnostics: [...before, finding(HARNESS_RULES.httpRequestFailed, mask(`${operationId}: ${sent.method} ${sent.url} failed: ${reason}.`))], request: sent };
        }
        const text = await response.text();
        options.trace?.(`← ${response.status} ${response.headers.get('content-type') ?? '(no content-type)'} ${text.length} chars`);
        const after: Diagnostic[] = [];
        let outputs: unknown;
        if (text.trim() !== '') {
            try {
                outputs = JSON.parse(text);
            } catch (e) {
                after.push(finding(HARNESS_RULES.responseNotJson, `${operationId}: HTTP ${response.status} body is not JSON (${(e as Error).message}).`, ['response', 'body']));
            }
        }
        if (after.length === 0) {
            after.push(...checker.checkResponse(operationId, response.status, outputs).map((d) => ({ ...d, path: ['response', response.status, ...d.path] })));
        }
        if (response.status < 200 || response.status > 299) {
            const declared = op.operation.responses[String(response.status)]?.description;
            const detail = describeErrorBody(outputs);
            after.push(finding(HARNESS_RULES.httpStatus, `${operationId}: HTTP ${response.status}${declared ? ` (${declared})` : ''}${detail ? `: ${detail}` : ''}.`, ['response', response.status]));
        }
        const all = [...before, ...maskAll(after)];
        return { operationId, ok: !hasErrors(all), status: response.status, outputs, diagnostics: all, request: sent };
    }

    return { files, connectionDiagnostics: maskAll([...connection.diagnostics]), prepare, execute, mask };
}

/** eMabler's two error shapes: problemDetails (detail/title) and Exception Details (message). */
function describeErrorBody(body: unknown): string {
    if (typeof body !== 'object' || body === null) return '';
    const b = body as Record<string, unknown>;
    for (const key of ['detail', 'message', 'title']) {
        const v = b[key];
        if (typeof v === 'string' && v !== '') return v.replace(/\.$/, '');
    }
    return '';
}
