/**
 * The one finding shape shared by every validator, linter and checker in this project.
 * `path` stays an array of segments (Swagger path keys contain "/"); it is encoded to a JSON pointer
 * only at the edge, by the formatters.
 */
import { toPointer, type JsonPathSegments } from './pointer.ts';

export type Severity = 'error' | 'warn' | 'info';

export interface Diagnostic {
    ruleId: string;
    severity: Severity;
    message: string;
    path: JsonPathSegments;
    /** File the path points into (relative to the validated folder), when known. */
    file?: string;
}

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean => diagnostics.some((d) => d.severity === 'error');

/** Process exit code convention (Spectral's fail()): 0 clean or warnings/info only, 1 errors found. */
export const exitCodeFor = (diagnostics: readonly Diagnostic[]): 0 | 1 => (hasErrors(diagnostics) ? 1 : 0);

/** Deterministic order: file, then JSON pointer, then rule id, then message. */
export const compareDiagnostics = (a: Diagnostic, b: Diagnostic): number => {
    const keys = (d: Diagnostic) => [d.file ?? '', toPointer(d.path), d.ruleId, d.message];
    const ka = keys(a);
    const kb = keys(b);
    for (let i = 0; i < ka.length; i++) {
        const x = ka[i]!;
        const y = kb[i]!;
        if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
};

export const sortDiagnostics = (diagnostics: readonly Diagnostic[]): Diagnostic[] => [...diagnostics].sort(compareDiagnostics);
