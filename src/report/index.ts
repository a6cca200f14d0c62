import type { Diagnostic } from '../core/diagnostic.ts';
import { formatJson } from './json.ts';
import { formatStylish } from './stylish.ts';

export type ReportFormat = 'stylish' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['stylish', 'json'];

export const formatDiagnostics = (diagnostics: readonly Diagnostic[], format: ReportFormat): string =>
    format === 'json' ? formatJson(diagnostics) : formatStylish(diagnostics);

export { formatJson, formatStylish };
