/**
 * The sandbox's mutable session list. Starts from the generated (or given) dataset; the admin routes
 * (admin.ts) append sessions and end ongoing ones. New sessions get the next id, so ids keep growing
 * in the order sessions reach the sandbox, as the connector's triggers assume eMabler's do.
 * The query index stays sorted by id (appends only) and shares the session objects.
 */
import { FIRST_SESSION_ID } from './dataset.ts';
import { indexSessions, type IndexedSession } from './query.ts';
import type { SandboxSession } from './types.ts';

export class SessionStore {
    /** Every session, in the order they were added (the dataset first). Mutated in place. */
    readonly sessions: SandboxSession[];
    /** Sorted by id; what runQuery reads. */
    readonly index: IndexedSession[];
    private readonly byId = new Map<number, IndexedSession>();

    constructor(initial: readonly SandboxSession[]) {
        this.sessions = [...initial];
        this.index = indexSessions(this.sessions);
        for (const entry of this.index) this.byId.set(entry.session.id, entry);
    }

    /** The id the next added session gets: one above the highest so far. */
    nextId(): number {
        const last = this.index[this.index.length - 1];
        return last === undefined ? FIRST_SESSION_ID : Math.max(last.session.id + 1, FIRST_SESSION_ID);
    }

    get(id: number): SandboxSession | undefined {
        return this.byId.get(id)?.session;
    }

    /** Append sessions whose ids are above every id so far, in increasing order. */
    add(sessions: readonly SandboxSession[]): void {
        for (const session of sessions) {
            if (session.id < this.nextId()) throw new Error(`session id ${session.id} is not above the highest id so far`);
            const entry: IndexedSession = {
                session,
                start: Date.parse(session.timestampStart),
                end: session.timestampEnd === undefined ? null : Date.parse(session.timestampEnd),
            };
            this.sessions.push(session);
            this.index.push(entry);
            this.byId.set(session.id, entry);
        }
    }

    /** Replace the fields of a stored session (same id) and refresh its index entry. */
    update(id: number, fields: SandboxSession): SandboxSession {
        const entry = this.byId.get(id);
        if (!entry || fields.id !== id) throw new Error(`no session ${id} to update`);
        for (const key of Object.keys(entry.session) as (keyof SandboxSession)[]) delete (entry.session as Partial<SandboxSession>)[key];
        Object.assign(entry.session, fields);
        entry.start = Date.parse(fields.timestampStart);
        entry.end = fields.timestampEnd === undefined ? null : Date.parse(fields.timestampEnd);
        return entry.session;
    }
}
