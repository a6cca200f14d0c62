/** Machine-readable output: an array of {file, pointer, ruleId, severity, message}. */
import { type Diagnostic } from '../core/diagnostic.ts';
import { toPointer } from '../core/pointer.ts';

export interface JsonDiagnostic {
    file: string;
    pointer: string;
    ruleId: string;
    severity: Diagnostic['severity'];
    message: string;
}

export const toJsonDiagnostics = (diagnostics: readonly Diagnostic[]): JsonDiagnostic[] =>
    diagnostics.map((d) => ({
        file: d.file ?? '',
        pointer: toPointer(d.path),
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message,
    }));

export const formatJson = (diagnostics: readonly Diagnostic[]): string =>
    JSON.stringify(toJsonDiagnostics(diagnostics), null, 4) + '\n';
