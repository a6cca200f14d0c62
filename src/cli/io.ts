/**
 * What a command may touch (STYLE C8): two output streams, the working folder and the environment.
 * Every tool exports `run(argv, io, …)` from src/<tool>/cli.ts; scripts/ pass processIo(), tests a fake.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ToolError, UsageError } from '../core/errors.ts';

export interface CliIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    /** Relative arguments resolve against it; printed paths are relative to it. */
    cwd: string;
    env: Readonly<Record<string, string | undefined>>;
}

export type ExitCode = 0 | 1 | 2;

export const processIo = (): CliIo => ({
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
});

/**
 * A path as the user should see it: relative to the working folder when inside it. Outside is `..`
 * or `..` + separator (a name like `..notes.json` is inside), or another drive (an absolute `rel`).
 */
export function shownPath(cwd: string, path: string): string {
    const abs = resolve(cwd, path);
    const rel = relative(cwd, abs);
    const outside = rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
    return rel === '' || outside ? abs : rel;
}

/**
 * The project folder: the nearest ancestor of `from` holding a package.json. Works from the
 * TypeScript sources and from compiled output alike.
 */
export function findProjectRoot(from: string = import.meta.dirname): string {
    let dir = resolve(from);
    for (;;) {
        if (existsSync(join(dir, 'package.json'))) return dir;
        const up = dirname(dir);
        if (up === dir) throw new ToolError(from, undefined, 'is not inside a project folder (no package.json above it).');
        dir = up;
    }
}

export interface CommandInfo {
    /** As messages name the command: `check:upstream`, `package`, `try`. */
    name: string;
    usage: string;
}

/** How an unexpected throw is printed: its stack when it has one, else its text; never throws itself (`throw null`, a prototype-less object). */
function describeThrown(e: unknown): string {
    const stack = typeof e === 'object' && e !== null ? (e as { stack?: unknown }).stack : undefined;
    if (typeof stack === 'string') return stack;
    try {
        return String(e);
    } catch {
        return Object.prototype.toString.call(e);
    }
}

/**
 * Runs a command body with the exit-code convention of every tool: 0/1 from the body; a UsageError
 * prints the message and the usage (exit 2); a ToolError prints `<name>: cannot run: <file#pointer: detail>`
 * (exit 2); anything else is a bug and prints its stack, or its text (`null`) when it has none (exit 2). `mask` scrubs secrets from what is printed.
 */
export async function runCommand(cmd: CommandInfo, io: CliIo, body: () => ExitCode | Promise<ExitCode>, mask: (text: string) => string = (t) => t): Promise<ExitCode> {
    try {
        return await body();
    } catch (e) {
        if (e instanceof UsageError) io.stderr(mask(`${cmd.name}: ${e.message}\n${cmd.usage}\n`));
        else if (e instanceof ToolError) io.stderr(mask(`${cmd.name}: cannot run: ${e.message}\n`));
        else io.stderr(mask(`${cmd.name}: unexpected error: ${describeThrown(e)}\n`));
        return 2;
    }
}
