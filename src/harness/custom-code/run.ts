/**
 * Runs compiled custom code once: `mono <assembly>` with one request as JSON on stdin (the request
 * the platform hands to the script after its policies), and the script's response as JSON on stdout.
 * Asynchronous on purpose: a sandbox in the same process must keep answering while the script runs.
 */
import { spawn } from 'node:child_process';
import { ToolError } from '../../core/errors.ts';
import type { CompiledScript } from './compile.ts';
import { requireMono, type MonoToolchain } from './mono.ts';

/** The platform stops custom code after 5 seconds (Learn, "Write code in a custom connector"). */
export const SCRIPT_TIME_LIMIT_MS = 5_000;

export interface ScriptRequest {
    method: string;
    url: string;
    headers: Readonly<Record<string, string>>;
    body?: string | null;
}

export interface ScriptInvocation {
    operationId: string;
    /** What IScriptContext.OriginalRequestUri returns: the URI the platform called the connector with. */
    originalRequestUri: string;
    /** What IScriptContext.Request is. */
    request: ScriptRequest;
    correlationId?: string;
}

/** One call the script made through Context.SendAsync. */
export interface ScriptSend {
    method: string;
    url: string;
    requestBody: string | null;
    status?: number;
    elapsedMs: number;
}

export interface ScriptResponse {
    status: number;
    /** Header names as the runtime prints them (e.g. Location, Retry-After, Content-Type). */
    headers: Record<string, string[]>;
    body: string | null;
}

export type ScriptRun =
    | { ok: true; response: ScriptResponse; elapsedMs: number; sends: ScriptSend[]; stderr: string; wallMs: number }
    | { ok: false; exception: { type: string; message: string }; elapsedMs: number; sends: ScriptSend[]; stderr: string; wallMs: number };

export interface RunOptions {
    toolchain?: MonoToolchain;
    /** Kill the process after this long (default 30 s); the script's own limit is checked separately. */
    killAfterMs?: number;
}

export async function runScript(compiled: CompiledScript, invocation: ScriptInvocation, options: RunOptions = {}): Promise<ScriptRun> {
    const toolchain = options.toolchain ?? requireMono();
    const input = JSON.stringify({
        operationId: invocation.operationId,
        correlationId: invocation.correlationId ?? '00000000-0000-0000-0000-000000000000',
        originalRequestUri: invocation.originalRequestUri,
        timeoutMs: SCRIPT_TIME_LIMIT_MS,
        request: { ...invocation.request, body: invocation.request.body ?? null },
    });
    const started = performance.now();
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolvePromise, reject) => {
        const child = spawn(toolchain.mono, [compiled.assembly], { stdio: ['pipe', 'pipe', 'pipe'] });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 30_000);
        child.stdout.on('data', (b: Buffer) => out.push(b));
        child.stderr.on('data', (b: Buffer) => err.push(b));
        child.on('error', (e) => {
            clearTimeout(timer);
            reject(new ToolError(undefined, undefined, `cannot start ${toolchain.mono}: ${e.message}`));
        });
        child.on('close', (exit) => {
            clearTimeout(timer);
            resolvePromise({ code: exit, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
        });
        child.stdin.end(input);
    });
    const wallMs = Math.round(performance.now() - started);
    let parsed: {
        status?: number; headers?: Record<string, string[]>; body?: string | null;
        exception?: { type: string; message: string }; elapsedMs?: number; sends?: ScriptSend[];
    };
    try {
        parsed = JSON.parse(stdout) as typeof parsed;
    } catch {
        throw new ToolError(undefined, undefined, `the custom-code runner failed (exit ${code}): ${(stderr || stdout).trim().slice(0, 2000) || 'no output'}`);
    }
    const common = { elapsedMs: parsed.elapsedMs ?? 0, sends: parsed.sends ?? [], stderr, wallMs };
    if (parsed.exception) return { ok: false, exception: parsed.exception, ...common };
    return { ok: true, response: { status: parsed.status ?? 0, headers: parsed.headers ?? {}, body: parsed.body ?? null }, ...common };
}

/** Case-insensitive header lookup on a ScriptResponse. */
export function header(response: ScriptResponse, name: string): string | undefined {
    const key = Object.keys(response.headers).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : response.headers[key]?.join(', ');
}
