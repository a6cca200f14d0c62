/**
 * A command run end to end in a child `node` process, its output collected (shaped like runCli's result,
 * so in-process and child-process runs compare alike). NO_COLOR keeps the output free of colour codes.
 */
import { spawn, spawnSync } from 'node:child_process';

export interface ChildRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

const childEnv = (env: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, NO_COLOR: '1', ...env });

/** `node …argv` in `cwd`, waited for. */
export function runNodeSync(argv: readonly string[], cwd: string, env: Record<string, string> = {}): ChildRun {
    const r = spawnSync(process.execPath, argv, { cwd, encoding: 'utf8', env: childEnv(env) });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** As runNodeSync without blocking this process: runs can overlap, and an in-process server can answer meanwhile. */
export function runNode(argv: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<ChildRun> {
    return new Promise((done, fail) => {
        const child = spawn(process.execPath, argv, { cwd, env: childEnv(env) });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('error', fail);
        child.on('close', (status) => done({ status, stdout, stderr }));
    });
}
