/**
 * `npm run sandbox -- --port <p> [--seed <n>] [--sessions <count>] [--api-key <key>]…`: argument
 * parsing for scripts/sandbox.ts, kept here so it is testable. Exit 2 on bad arguments.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DATASET } from './dataset.ts';
import { DEFAULT_SANDBOX_API_KEY, type SandboxOptions } from './server.ts';

export const SANDBOX_USAGE = `usage: npm run sandbox -- [--port <p>] [--seed <n>] [--sessions <count>] [--api-key <key>]... [options]

Starts a local eMabler CPO API v2 stand-in on 127.0.0.1 (POST /api/v2/cpo/v2/transactions) with a
deterministic generated dataset, and prints "listening http://127.0.0.1:<p>/api/v2/cpo" when ready.

  --port <p>          port on 127.0.0.1; 0 (default) picks a free one
  --seed <n>          dataset seed (default ${DEFAULT_DATASET.seed})
  --sessions <count>  number of sessions (default ${DEFAULT_DATASET.sessions})
  --from <date-time>  earliest session start (default ${DEFAULT_DATASET.from})
  --to <date-time>    the dataset's "now": starts before it, later ends are ongoing (default ${DEFAULT_DATASET.to})
  --api-key <key>     accepted x-api-key value, repeatable. Without it the one accepted key is the
                      documented fake key "${DEFAULT_SANDBOX_API_KEY}"
  --log               print one line per request (method, path, status) to stderr

Stop with Ctrl+C (SIGINT) or SIGTERM.
`;

export type SandboxArgs = { help: true } | { help: false; options: SandboxOptions; log: boolean };

export class SandboxArgsError extends Error {
    override name = 'SandboxArgsError';
}

function integer(name: string, raw: string | undefined, min: number, max: number): number | undefined {
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min || n > max) {
        throw new SandboxArgsError(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
    }
    return n;
}

function dateTime(name: string, raw: string | undefined): string | undefined {
    if (raw === undefined) return undefined;
    if (Number.isNaN(Date.parse(raw))) throw new SandboxArgsError(`--${name} must be a date-time such as 2026-10-01T00:00:00Z, got "${raw}"`);
    return new Date(Date.parse(raw)).toISOString();
}

export function parseSandboxArgs(argv: readonly string[]): SandboxArgs {
    let values;
    try {
        ({ values } = parseArgs({
            args: [...argv],
            options: {
                port: { type: 'string' },
                seed: { type: 'string' },
                sessions: { type: 'string' },
                from: { type: 'string' },
                to: { type: 'string' },
                'api-key': { type: 'string', multiple: true },
                log: { type: 'boolean', default: false },
                help: { type: 'boolean', default: false },
            },
        }));
    } catch (e) {
        throw new SandboxArgsError((e as Error).message);
    }
    if (values.help) return { help: true };
    const keys = values['api-key'] ?? [];
    if (keys.some((k) => k.trim() === '')) throw new SandboxArgsError('--api-key must not be empty');
    const options: SandboxOptions = {
        port: integer('port', values.port, 0, 65535) ?? 0,
        seed: integer('seed', values.seed, 0, 0xffffffff) ?? DEFAULT_DATASET.seed,
        sessions: integer('sessions', values.sessions, 0, 5_000_000) ?? DEFAULT_DATASET.sessions,
        from: dateTime('from', values.from) ?? DEFAULT_DATASET.from,
        to: dateTime('to', values.to) ?? DEFAULT_DATASET.to,
        apiKeys: keys.length > 0 ? keys : [DEFAULT_SANDBOX_API_KEY],
    };
    if (Date.parse(options.to!) <= Date.parse(options.from!)) throw new SandboxArgsError(`--to (${options.to}) must be after --from (${options.from})`);
    return { help: false, options, log: values.log };
}
