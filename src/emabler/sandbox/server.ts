/**
 * A local stand-in for eMabler's CPO API v2 on node:http, bound to 127.0.0.1 only.
 * Serves POST /api/v2/cpo/v2/transactions and the GET lookup routes (lookups/: sites, chargers,
 * drivers, tags, ongoing-transactions) from one world derived from the same sessions (world.ts), and
 * the admin routes of admin.ts under /__sandbox/ (same key; the sessions they add or end are served at
 * once). Order of checks: route (404) → method (405) → x-api-key (401, empty body) → body or query
 * (400 problemDetails) → 200. Any unexpected exception answers
 * 500 Exception Details instead of crashing; the fuzz test proves valid/invalid input never gets there.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ADMIN_PREFIX, createAdminHandler } from './admin.ts';
import { DEFAULT_DATASET, generateDataset } from './dataset.ts';
import type { World } from './entities.ts';
import { answerLookup, lookupRoute } from './lookups/index.ts';
import { exceptionDetails, validationProblem } from './problem.ts';
import { runQuery } from './query.ts';
import { SessionStore } from './store.ts';
import type { SandboxSession } from './types.ts';
import { validateQuery } from './validate-query.ts';
import { deriveWorld } from './world.ts';

export const SANDBOX_BASE_PATH = '/api/v2/cpo';
export const TRANSACTIONS_PATH = `${SANDBOX_BASE_PATH}/v2/transactions`;
/** The one key accepted when no apiKeys are given. Fake by design; documented in --help and README. */
export const DEFAULT_SANDBOX_API_KEY = 'sandbox-key-0000';
export const MAX_BODY_BYTES = 1024 * 1024;

export interface SandboxOptions {
    /** 0 (default) picks a free port. */
    port?: number;
    seed?: number;
    sessions?: number;
    /** Dataset window: session starts in [from, to); `to` is the dataset's "now". */
    from?: string;
    to?: string;
    /** Serve exactly these sessions instead of generating (tests with hand-made data). */
    dataset?: readonly SandboxSession[];
    apiKeys?: readonly string[];
    /** One line per request (method, path, status) — never headers or bodies. */
    log?: (line: string) => void;
    /** The clock of the admin routes (default timestampStart, ongoing durations); default Date.now. */
    now?: () => number;
}

export interface RunningSandbox {
    /** Base URL including the basePath, e.g. http://127.0.0.1:4010/api/v2/cpo */
    url: string;
    port: number;
    /** Every session served, including those the admin routes added (a live view). */
    sessions: readonly SandboxSession[];
    /** Base URL of the admin routes, e.g. http://127.0.0.1:4010/__sandbox */
    adminUrl: string;
    /** Requests answered so far (for benchmarks). */
    requestCount(): number;
    close(): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
    if (body === undefined) {
        res.writeHead(status, { 'content-length': '0', ...headers });
        res.end();
        return;
    }
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': JSON_TYPE, 'content-length': String(Buffer.byteLength(text)), ...headers });
    res.end(text);
}

type BodyResult = { ok: true; text: string } | { ok: false; reason: string };

function readBody(req: IncomingMessage): Promise<BodyResult> {
    return new Promise((resolve) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let done = false;
        req.on('data', (chunk: Buffer) => {
            if (done) return;
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
                done = true;
                resolve({ ok: false, reason: `The request body exceeds ${MAX_BODY_BYTES} bytes.` });
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', () => {
            if (!done) resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
            done = true;
        });
        req.on('error', () => {
            if (!done) resolve({ ok: false, reason: 'The request body could not be read.' });
            done = true;
        });
    });
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
    // The store keeps the sessions and their index live: the admin routes add and end sessions.
    const store = new SessionStore(options.dataset ?? generateDataset({
        seed: options.seed ?? DEFAULT_DATASET.seed,
        sessions: options.sessions ?? DEFAULT_DATASET.sessions,
        from: options.from ?? DEFAULT_DATASET.from,
        to: options.to ?? DEFAULT_DATASET.to,
    }));
    const { sessions, index } = store;
    // Derived on the first lookup request; set back to undefined whenever the sessions change.
    let world: World | undefined;
    const currentWorld = (): World => (world ??= deriveWorld(sessions, Date.parse(options.to ?? DEFAULT_DATASET.to)));
    const keys = new Set(options.apiKeys && options.apiKeys.length > 0 ? options.apiKeys : [DEFAULT_SANDBOX_API_KEY]);
    const admin = createAdminHandler({ store, keys, now: options.now ?? Date.now, send, readBody, changed: () => (world = undefined) });
    let count = 0;

    const handle = async (req: IncomingMessage, res: ServerResponse): Promise<number> => {
        const url = req.url ?? '/';
        const path = url.split('?')[0]!;
        if (path.startsWith(ADMIN_PREFIX)) return admin(req, res, path);
        const lookup = path.startsWith(`${SANDBOX_BASE_PATH}/`) ? lookupRoute(path.slice(SANDBOX_BASE_PATH.length)) : undefined;
        if (path !== TRANSACTIONS_PATH && !lookup) {
            send(res, 404, exceptionDetails('NotFound', `No route for ${path.slice(0, 200)}.`, 404));
            return 404;
        }
        const method = lookup ? 'GET' : 'POST';
        if (req.method !== method) {
            send(res, 405, exceptionDetails('MethodNotAllowed', `Use ${method} for ${path}.`, 405), { allow: method });
            return 405;
        }
        const key = req.headers['x-api-key'];
        if (typeof key !== 'string' || !keys.has(key)) {
            req.resume();
            send(res, 401);
            return 401;
        }
        if (lookup) {
            req.resume();
            const answer = answerLookup(lookup, url.slice(path.length + 1), currentWorld(), path);
            send(res, answer.status, answer.body);
            return answer.status;
        }
        const body = await readBody(req);
        if (!body.ok) {
            send(res, 400, validationProblem(path, [{ field: 'body', message: body.reason }]), { connection: 'close' });
            return 400;
        }
        if (body.text.trim() === '') {
            send(res, 400, validationProblem(path, [{ field: 'body', message: 'A non-empty request body is required.' }]));
            return 400;
        }
        let parsed: unknown;
        try {
            parsed = JSON.parse(body.text);
        } catch {
            send(res, 400, validationProblem(path, [{ field: 'body', message: 'The request body is not valid JSON.' }]));
            return 400;
        }
        const result = validateQuery(parsed);
        if (!result.ok) {
            send(res, 400, validationProblem(path, result.problems));
            return 400;
        }
        send(res, 200, runQuery(index, result.query));
        return 200;
    };

    const server = createServer((req, res) => {
        count++;
        handle(req, res)
            .then((status) => options.log?.(`${req.method} ${(req.url ?? '').slice(0, 200)} ${status}`))
            .catch((e: unknown) => {
                options.log?.(`${req.method} ${(req.url ?? '').slice(0, 200)} 500 ${(e as Error).message}`);
                if (!res.headersSent) send(res, 500, exceptionDetails('InternalServerError', 'The sandbox failed to process the request.', 1000));
                else res.destroy();
            });
    });
    server.keepAliveTimeout = 5_000;

    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    const port = (server.address() as AddressInfo).port;
    return {
        url: `http://127.0.0.1:${port}${SANDBOX_BASE_PATH}`,
        port,
        sessions,
        adminUrl: `http://127.0.0.1:${port}${ADMIN_PREFIX.slice(0, -1)}`,
        requestCount: () => count,
        close: () =>
            new Promise<void>((resolve, reject) => {
                server.close((err) => (err ? reject(err) : resolve()));
                server.closeAllConnections();
            }),
    };
}
