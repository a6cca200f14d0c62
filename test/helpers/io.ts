/** A CliIo that records what a command prints, for in-process CLI tests. */
import type { CliIo } from '../../src/cli/io.ts';
import { ROOT_DIR } from './shared.ts';

export interface RecordedIo {
    io: CliIo;
    stdout: () => string;
    stderr: () => string;
}

export function recordIo(cwd: string = ROOT_DIR, env: Record<string, string | undefined> = {}): RecordedIo {
    let out = '';
    let err = '';
    return {
        io: { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd, env },
        stdout: () => out,
        stderr: () => err,
    };
}

/** Runs a CLI `run` and returns its exit code with what it printed. */
export async function runCli(run: (io: CliIo) => Promise<number> | number, cwd?: string, env?: Record<string, string | undefined>): Promise<{ status: number; stdout: string; stderr: string }> {
    const r = recordIo(cwd, env);
    const status = await run(r.io);
    return { status, stdout: r.stdout(), stderr: r.stderr() };
}
