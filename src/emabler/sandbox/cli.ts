/**
 * `npm run sandbox -- --port <p> [--seed <n>] [--sessions <count>] [--api-key <key>]…`: starts the
 * sandbox and serves until SIGINT/SIGTERM. Exit codes: 0 stopped, 2 bad arguments or cannot start.
 */
import { ToolError, UsageError } from '../../core/errors.ts';
import { parseCommand, stringOption, stringsOption } from '../../cli/args.ts';
import { runCommand, type CliIo, type ExitCode } from '../../cli/io.ts';
import { DEFAULT_DATASET } from './dataset.ts';
import { DEFAULT_SANDBOX_API_KEY, startSandbox, type SandboxOptions } from './server.ts';

export const SANDBOX_USAGE = 'usage: npm run sandbox -- [--port <p>] [--seed <n>] [--sessions <count>] [--api-key <key>]... [options]';

export const SANDBOX_HELP = `${SANDBOX_USAGE}

Starts a local eMabler CPO API v2 stand-in on 127.0.0.1 (POST /api/v2/cpo/v2/transactions; GET
/v2/sites, /v2/chargers, /v2/drivers, /v2/tags and /v2/ongoing-transactions from the same sessions) with
a deterministic generated dataset, and prints "listening http://127.0.0.1:<p>/api/v2/cpo" when ready.
Admin routes (same key): POST /__sandbox/sessions adds sessions (an array of partial sessions),
PATCH /__sandbox/sessions/{id} with {"timestampEnd": "…"} ends an ongoing one.

  --port <p>          port on 127.0.0.1; 0 (default) picks a free one
  --seed <n>          dataset seed (default ${DEFAULT_DATASET.seed})
  --sessions <count>  number of sessions (default ${DEFAULT_DATASET.sessions}); 0 starts with none (sites,
                      chargers and drivers stay, for the lookups and the admin routes)
  --from <date-time>  earliest session start (default ${DEFAULT_DATASET.from})
  --to <date-time>    the dataset's "now": starts before it, later ends are ongoing (default ${DEFAULT_DATASET.to})
  --api-key <key>     accepted x-api-key value, repeatable. Without it the one accepted key is the
                      documented fake key "${DEFAULT_SANDBOX_API_KEY}"
  --log               print one line per request (method, path, status) to stderr

Stop with Ctrl+C (SIGINT) or SIGTERM.
`;

export type SandboxArgs = { help: true } | { help: false; options: SandboxOptions; log: boolean };

function integer(name: string, raw: string | undefined, min: number, max: number): number | undefined {
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min || n > max) {
        throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
    }
    return n;
}

function dateTime(name: string, raw: string | undefined): string | undefined {
    if (raw === undefined) return undefined;
    if (Number.isNaN(Date.parse(raw))) throw new UsageError(`--${name} must be a date-time such as 2026-10-01T00:00:00Z, got "${raw}"`);
    return new Date(Date.parse(raw)).toISOString();
}

const SPEC = {
    options: {
        port: { type: 'string' },
        seed: { type: 'string' },
        sessions: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        'api-key': { type: 'string', multiple: true },
        log: { type: 'boolean' },
    },
    positionals: { min: 0, max: 0 },
} as const;

/** The sandbox options the arguments ask for; a UsageError names the bad one. */
export function parseSandboxArgs(argv: readonly string[]): SandboxArgs {
    const args = parseCommand(argv, SPEC);
    if (args.help) return { help: true };
    const v = (name: string) => stringOption(args.values, name);
    const keys = stringsOption(args.values, 'api-key');
    if (keys.some((k) => k.trim() === '')) throw new UsageError('--api-key must not be empty');
    const options: SandboxOptions = {
        port: integer('port', v('port'), 0, 65535) ?? 0,
        seed: integer('seed', v('seed'), 0, 0xffffffff) ?? DEFAULT_DATASET.seed,
        sessions: integer('sessions', v('sessions'), 0, 5_000_000) ?? DEFAULT_DATASET.sessions,
        from: dateTime('from', v('from')) ?? DEFAULT_DATASET.from,
        to: dateTime('to', v('to')) ?? DEFAULT_DATASET.to,
        apiKeys: keys.length > 0 ? keys : [DEFAULT_SANDBOX_API_KEY],
    };
    if (Date.parse(options.to!) <= Date.parse(options.from!)) throw new UsageError(`--to (${options.to}) must be after --from (${options.from})`);
    return { help: false, options, log: args.values['log'] === true };
}

/** Where the CLI waits for its stop signal (the process, or a test's emitter). */
export interface SignalSource {
    once(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

/** Starts the sandbox, prints "listening <url>", and resolves with the exit code once SIGINT or SIGTERM stopped it. */
export function run(argv: readonly string[], io: CliIo, signals: SignalSource = process): Promise<ExitCode> {
    return runCommand({ name: 'sandbox', usage: SANDBOX_USAGE }, io, async () => {
        const args = parseSandboxArgs(argv);
        if (args.help) {
            io.stdout(SANDBOX_HELP);
            return 0;
        }
        let sandbox;
        try {
            sandbox = await startSandbox({ ...args.options, ...(args.log ? { log: (line: string) => io.stderr(line + '\n') } : {}) });
        } catch (e) {
            throw new ToolError(undefined, undefined, (e as Error).message);
        }
        io.stdout(`listening ${sandbox.url}\n`);
        const running = sandbox;
        return new Promise<ExitCode>((resolve) => {
            let stopping = false;
            const stop = (signal: string) => {
                if (stopping) return;
                stopping = true;
                io.stderr(`sandbox: ${signal}, stopping\n`);
                running.close().then(
                    () => resolve(0),
                    () => resolve(2),
                );
            };
            signals.once('SIGINT', () => stop('SIGINT'));
            signals.once('SIGTERM', () => stop('SIGTERM'));
        });
    });
}
