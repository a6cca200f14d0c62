/**
 * Shared command-line plumbing of the two contract checks (check:upstream, check:breaking): the I/O
 * they may touch, how paths are shown, and one parser for their common shape
 * `<positional> [--connector DIR|FILE] [--format stylish|json] [--flag]…`.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { REPORT_FORMATS, type ReportFormat } from '../report/index.ts';

/** What a CLI function may touch: two output streams and the folder relative paths start from. */
export interface CliIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    cwd: string;
}

/** The project folder (the default connector). */
export const PROJECT_DIR = resolve(import.meta.dirname, '..', '..');

/** A path as the user should see it: relative to the working folder when inside it. */
export function shownPath(cwd: string, path: string): string {
    const abs = resolve(cwd, path);
    const rel = relative(cwd, abs);
    return rel === '' ? abs : rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
}

/** A mistake in the arguments: the caller prints the message and the usage, and exits 2. */
export class UsageError extends Error {}

export interface CheckArgs {
    help: boolean;
    positional: string | undefined;
    connectorArg: string | undefined;
    format: ReportFormat;
    /** Boolean flags that were given (only those listed in `flags`). */
    flags: Set<string>;
}

export function parseCheckArgs(
    argv: readonly string[],
    spec: { flags?: readonly string[]; missingPositional: string },
): CheckArgs {
    const out: CheckArgs = { help: false, positional: undefined, connectorArg: undefined, format: 'stylish', flags: new Set() };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i]!;
        if (a === '--help' || a === '-h') out.help = true;
        else if (spec.flags?.includes(a)) out.flags.add(a);
        else if (a === '--connector') {
            const v = argv[++i];
            if (v === undefined) throw new UsageError('--connector needs a value');
            out.connectorArg = v;
        } else if (a === '--format') {
            const f = argv[++i];
            if (!REPORT_FORMATS.includes(f as ReportFormat)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}`);
            out.format = f as ReportFormat;
        } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
        else if (out.positional === undefined) out.positional = a;
        else throw new UsageError(`unexpected argument ${a}`);
    }
    if (!out.help && out.positional === undefined) throw new UsageError(spec.missingPositional);
    return out;
}
