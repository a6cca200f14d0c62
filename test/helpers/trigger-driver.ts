/**
 * Drives a polling trigger served by custom code poll by poll, the way the platform does: the first
 * poll without a Location, every later one on the previous answer's Location; a "check" is one
 * scheduled poll plus the polls that follow at once (Retry-After 0). Also the sandbox admin routes.
 */
import type { CompiledScript } from '../../src/harness/custom-code/compile.ts';
import { pollTrigger, type PollResult } from '../../src/harness/custom-code/poll.ts';
import { SCRIPT_TIME_LIMIT_MS } from '../../src/harness/custom-code/run.ts';
import type { ConnectorFiles } from '../../src/harness/connector-files.ts';
import type { RunningSandbox } from '../../src/emabler/sandbox/server.ts';
import { ROOT_DIR } from './shared.ts';

export interface Session {
    id: number;
    timestampStart: string;
    timestampEnd?: string;
    [field: string]: unknown;
}

export interface CheckResult {
    /** Every session fired by the check, in the order fired. */
    items: Session[];
    /** status / retryAfter / item count of each poll of the check. */
    polls: { status: number | undefined; retryAfter: number | undefined; count: number }[];
}

export interface DriverContext {
    files: ConnectorFiles;
    compiled: CompiledScript;
    connection: Record<string, unknown>;
}

export class TriggerDriver {
    location: string | undefined;
    readonly history: PollResult[] = [];

    constructor(
        readonly operationId: string,
        private readonly ctx: DriverContext,
        private readonly input?: Record<string, string>,
    ) {}

    /** One poll; throws unless the script answered 200/202 cleanly within the platform's time limit. */
    async poll(): Promise<PollResult> {
        const started = performance.now();
        const r = await pollTrigger(this.operationId, {
            rootDir: ROOT_DIR,
            files: this.ctx.files,
            compiled: this.ctx.compiled,
            connection: this.ctx.connection,
            allowCustomValues: true,
            ...(this.location !== undefined ? { location: this.location } : this.input ? { input: this.input } : {}),
        });
        if (!r.ok) throw new Error(`${this.operationId} poll failed: HTTP ${r.status}: ${r.diagnostics.map((d) => d.message).join('; ')}`);
        if ((r.executionMs ?? Infinity) >= SCRIPT_TIME_LIMIT_MS) throw new Error(`${this.operationId}: custom code ran ${r.executionMs} ms`);
        const wallMs = Math.round(performance.now() - started);
        if (wallMs > 3000) console.warn(`[slow] ${this.operationId} poll took ${wallMs} ms (custom code ${r.executionMs} ms; calls ${r.sends.map((x) => x.elapsedMs).join(', ')} ms)`);
        this.location = r.location;
        this.history.push(r);
        return r;
    }

    /** A scheduled poll and the ones that follow at once (at most 50). */
    async check(): Promise<CheckResult> {
        const result: CheckResult = { items: [], polls: [] };
        for (let i = 0; i < 50; i++) {
            const r = await this.poll();
            result.items.push(...(r.items as Session[]));
            result.polls.push({ status: r.status, retryAfter: r.retryAfter, count: r.items.length });
            if (r.retryAfter !== 0) return result;
        }
        throw new Error(`${this.operationId}: still not caught up after 50 polls`);
    }

    /** The state parameter of the current Location. */
    state(): string {
        return new URL(this.location ?? 'https://x.invalid').searchParams.get('state') ?? '';
    }
}

/** POST /__sandbox/sessions (src/emabler/sandbox/admin.ts). */
export async function createSessions(sb: RunningSandbox, key: string, partials: readonly Record<string, unknown>[]): Promise<Session[]> {
    const res = await fetch(`${sb.adminUrl}/sessions`, { method: 'POST', headers: { 'x-api-key': key, 'content-type': 'application/json' }, body: JSON.stringify(partials) });
    if (res.status !== 201) throw new Error(`POST /__sandbox/sessions: ${res.status} ${await res.text()}`);
    return (await res.json()) as Session[];
}

/** PATCH /__sandbox/sessions/{id}. */
export async function endSession(sb: RunningSandbox, key: string, id: number, timestampEnd: string): Promise<Session> {
    const res = await fetch(`${sb.adminUrl}/sessions/${id}`, { method: 'PATCH', headers: { 'x-api-key': key, 'content-type': 'application/json' }, body: JSON.stringify({ timestampEnd }) });
    if (res.status !== 200) throw new Error(`PATCH /__sandbox/sessions/${id}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Session;
}

export const iso = (ms: number): string => new Date(ms).toISOString();

/** Resolve once the wall clock has reached `ms`. */
export const waitUntil = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, Math.max(0, ms - Date.now())));

export const ids = (sessions: readonly { id: number }[]): number[] => sessions.map((s) => s.id);
export const sortedIds = (sessions: readonly { id: number }[]): number[] => ids(sessions).sort((a, b) => a - b);
