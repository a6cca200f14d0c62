/** A drift rule: one kind of finding, its default severity and how its message reads. */
import type { Severity } from '../../core/diagnostic.ts';

export interface DriftRule<F> {
    id: string;
    /** One sentence, shown in the README's findings table. */
    description: string;
    defaultSeverity: Severity;
    message(finding: F): string;
}

/** `"string"`, `1000`, `true`, `["a","b"]`, or `absent`. */
export const showValue = (v: unknown): string => (v === undefined ? 'absent' : JSON.stringify(v));
