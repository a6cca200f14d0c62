/**
 * The one "cannot run" error of every tool (exit code 2): a missing or unreadable file, text that is
 * not JSON, a document of the wrong kind, an unresolvable `$ref`, a broken config or schema folder, a
 * bad argument. It keeps the parts of its message apart — the file (path or label), the JSON pointer
 * into it and the detail — and formats them one way: `<file>#/<pointer>: <detail>` (each part only when known).
 * UsageError is the only subclass: a CLI prints the usage after its message.
 */
import { toPointer, type JsonPathSegments } from './pointer.ts';

export class ToolError extends Error {
    override name = 'ToolError';

    constructor(
        /** The file (path or label such as `v1.0.0:apiDefinition.swagger.json`), when the problem is in one. */
        readonly file: string | undefined,
        /** Where in that file, when known. */
        readonly path: JsonPathSegments | undefined,
        /** What is wrong, one sentence. */
        readonly detail: string,
        options?: { cause?: unknown },
    ) {
        super(file === undefined && path === undefined ? detail : `${file ?? ''}${path ? toPointer(path) : ''}: ${detail}`, options);
    }

    /** The same problem, reported against another name for the file (e.g. a label instead of a path). */
    inFile(file: string): ToolError {
        return new ToolError(file, this.path, this.detail, { cause: this });
    }
}

/** A mistake in the command-line arguments: the CLI prints the message, then the usage, and exits 2. */
export class UsageError extends ToolError {
    override name = 'UsageError';

    constructor(detail: string) {
        super(undefined, undefined, detail);
    }
}

/** Wraps anything thrown as a ToolError, keeping ToolErrors as they are (`prefix` goes before foreign messages). */
export const asToolError = (e: unknown, prefix = ''): ToolError =>
    e instanceof ToolError ? e : new ToolError(undefined, undefined, `${prefix}${e instanceof Error ? e.message : String(e)}`, { cause: e });
