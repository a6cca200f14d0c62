/** Human-readable output: `file#/json/pointer  severity  rule-id  message`, then a count line. */
import { type Diagnostic } from '../core/diagnostic.ts';
import { toPointer } from '../core/pointer.ts';

export function formatStylish(diagnostics: readonly Diagnostic[]): string {
    const lines = diagnostics.map(
        (d) => `${d.file ?? ''}${toPointer(d.path)}  ${d.severity}  ${d.ruleId}  ${d.message}`,
    );
    const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
    const errors = count('error');
    const warnings = count('warn');
    const infos = count('info');
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}`);
    return lines.join('\n') + '\n';
}
