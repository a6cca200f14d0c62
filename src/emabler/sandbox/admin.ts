/**
 * The sandbox's admin routes (not part of eMabler's API), for tests and demos that need sessions to
 * appear or end between two trigger polls. Same x-api-key as the API. server.ts hands every path under
 * ADMIN_PREFIX to the handler createAdminHandler returns; order of checks as for the API: route (404) →
 * method (405) → x-api-key (401, empty body) → body (400 problemDetails) → answer.
 *
 *   POST  /__sandbox/sessions        body: array of partial sessions (session-builder.ts) → 201 with
 *                                    the created sessions, in order, ids assigned (next ids)
 *   PATCH /__sandbox/sessions/{id}   body: {"timestampEnd": "…"} → 200 with the ended session;
 *                                    404 unknown id, 409 already ended
 * Validation errors are 400 problemDetails, like the API's.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { exceptionDetails, validationProblem } from './problem.ts';
import { buildSession, endSession } from './session-builder.ts';
import type { SessionStore } from './store.ts';
import type { SandboxSession } from './types.ts';
import { MAX_PROBLEMS, type FieldProblem } from './validate-query.ts';

export const ADMIN_PREFIX = '/__sandbox/';
export const ADMIN_SESSIONS_PATH = '/__sandbox/sessions';
/** Most sessions one POST may create. */
export const MAX_CREATE = 10_000;

export type AdminRoute = { kind: 'create' } | { kind: 'end'; id: number };

export interface AdminAnswer {
    status: number;
    body?: unknown;
    headers?: Record<string, string>;
}

export type AdminMatch = { ok: true; route: AdminRoute } | { ok: false; answer: AdminAnswer };

/** Route an admin path (one starting with ADMIN_PREFIX): the route, or the 404/405 answer. */
export function matchAdminRoute(method: string, path: string): AdminMatch {
    if (path === ADMIN_SESSIONS_PATH) {
        if (method === 'POST') return { ok: true, route: { kind: 'create' } };
        return { ok: false, answer: { status: 405, body: exceptionDetails('MethodNotAllowed', `Use POST for ${ADMIN_SESSIONS_PATH}.`, 405), headers: { allow: 'POST' } } };
    }
    const m = /^\/__sandbox\/sessions\/(\d{1,15})$/.exec(path);
    if (m) {
        if (method === 'PATCH') return { ok: true, route: { kind: 'end', id: Number(m[1]) } };
        return { ok: false, answer: { status: 405, body: exceptionDetails('MethodNotAllowed', `Use PATCH for ${ADMIN_SESSIONS_PATH}/{id}.`, 405), headers: { allow: 'PATCH' } } };
    }
    return { ok: false, answer: { status: 404, body: exceptionDetails('NotFound', `No route for ${path.slice(0, 200)}.`, 404) } };
}

const problem = (path: string, problems: FieldProblem[]): AdminAnswer => ({ status: 400, body: validationProblem(path, problems) });

/** Run a matched admin route on the store. `text` is the raw request body. */
export function runAdmin(route: AdminRoute, path: string, text: string, store: SessionStore, nowMs: number): AdminAnswer {
    let body: unknown;
    try {
        body = JSON.parse(text);
    } catch {
        return problem(path, [{ field: 'body', message: 'The request body is not valid JSON.' }]);
    }
    if (route.kind === 'create') {
        if (!Array.isArray(body) || body.length === 0 || body.length > MAX_CREATE) {
            return problem(path, [{ field: 'body', message: `The body must be an array of 1 to ${MAX_CREATE} partial charging sessions.` }]);
        }
        const first = store.nextId();
        const created: SandboxSession[] = [];
        const problems: FieldProblem[] = [];
        body.forEach((partial, i) => {
            const result = buildSession(partial, first + i, nowMs, `[${i}]`);
            if (result.ok) created.push(result.session);
            else problems.push(...result.problems);
        });
        if (problems.length > 0) return problem(path, problems.slice(0, MAX_PROBLEMS));
        store.add(created);
        return { status: 201, body: created };
    }
    const session = store.get(route.id);
    if (!session) return { status: 404, body: exceptionDetails('NotFound', `No charging session ${route.id}.`, 404) };
    const result = endSession(session, body);
    if (!result.ok) {
        if (result.status === 409) return { status: 409, body: exceptionDetails('Conflict', result.problems[0]!.message, 409) };
        return problem(path, result.problems);
    }
    return { status: 200, body: store.update(route.id, result.session) };
}

/** What the admin handler borrows from server.ts (so the two share one response writer and body reader). */
export interface AdminContext {
    store: SessionStore;
    keys: ReadonlySet<string>;
    /** The clock of the admin routes (default timestampStart, durations of ongoing sessions). */
    now: () => number;
    send: (res: ServerResponse, status: number, body?: unknown, headers?: Record<string, string>) => void;
    readBody: (req: IncomingMessage) => Promise<{ ok: true; text: string } | { ok: false; reason: string }>;
    /** Called after sessions were added or ended (the server drops what it derived from them). */
    changed: () => void;
}

/** The handler of every path under ADMIN_PREFIX; resolves with the status it answered. */
export function createAdminHandler(ctx: AdminContext): (req: IncomingMessage, res: ServerResponse, path: string) => Promise<number> {
    const answer = (res: ServerResponse, a: AdminAnswer): number => {
        ctx.send(res, a.status, a.body, a.headers);
        return a.status;
    };
    return async (req, res, path) => {
        const match = matchAdminRoute(req.method ?? '', path);
        const key = req.headers['x-api-key'];
        if (!match.ok || typeof key !== 'string' || !ctx.keys.has(key)) {
            req.resume();
            return answer(res, match.ok ? { status: 401 } : match.answer);
        }
        const body = await ctx.readBody(req);
        if (!body.ok) return answer(res, { ...problem(path, [{ field: 'body', message: body.reason }]), headers: { connection: 'close' } });
        const result = runAdmin(match.route, path, body.text, ctx.store, ctx.now());
        if (result.status === 200 || result.status === 201) ctx.changed();
        return answer(res, result);
    };
}
