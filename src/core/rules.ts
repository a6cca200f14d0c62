/**
 * What every tool's rules have in common (STYLE C1, C2, C11): an id, a default severity and their
 * documentation. Each tool keeps its rules in one table (lint: one file per rule, because each has
 * its own check); src/catalogue.ts lists them all for the README tables, the config and the tests.
 * Severity overrides (`{ "rules": { "<id>": "off" | "warn" | "error" } }`) are parsed here too.
 */
import type { Diagnostic, Severity } from './diagnostic.ts';
import { ToolError } from './errors.ts';
import type { JsonPathSegments } from './pointer.ts';

export interface RuleInfo {
    /** kebab-case, unique across every tool. */
    id: string;
    defaultSeverity: Severity;
    /** One sentence: what the rule reports. */
    description: string;
    /** Why it exists and where the requirement comes from. */
    source: string;
}

/** A Diagnostic of `rule` at its default severity. */
export const finding = (rule: RuleInfo, message: string, path: JsonPathSegments = [], file?: string): Diagnostic => ({
    ruleId: rule.id,
    severity: rule.defaultSeverity,
    message,
    path,
    ...(file !== undefined ? { file } : {}),
});

export type SeveritySetting = 'off' | 'warn' | 'error';
export type SeverityOverrides = Readonly<Record<string, SeveritySetting>>;

const SETTINGS: readonly string[] = ['off', 'warn', 'error'];

/**
 * Checks a parsed config (`{ "rules": { "<rule-id>": "off" | "warn" | "error" } }`) against the rules
 * that may be configured; a ToolError names the file and the offending key.
 */
export function severityOverrides(value: unknown, file: string, known: readonly RuleInfo[]): SeverityOverrides {
    const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
    const rules = isObject(value) ? value['rules'] : undefined;
    if (!isObject(value) || !isObject(rules) || Object.keys(value).some((k) => k !== 'rules')) {
        throw new ToolError(file, undefined, 'config must look like { "rules": { "<rule-id>": "off" | "warn" | "error" } }.');
    }
    const ids = new Set(known.map((r) => r.id));
    const out: Record<string, SeveritySetting> = {};
    for (const [id, setting] of Object.entries(rules)) {
        if (!ids.has(id)) throw new ToolError(file, undefined, `unknown rule id "${id}" at #/rules/${id}.`);
        if (typeof setting !== 'string' || !SETTINGS.includes(setting)) {
            throw new ToolError(file, undefined, `#/rules/${id} must be "off", "warn" or "error" (found ${JSON.stringify(setting)}).`);
        }
        out[id] = setting as SeveritySetting;
    }
    return out;
}

/** The severity a finding is reported with: the override for its rule, else as produced. */
export const effectiveSeverity = (ruleId: string, produced: Severity, overrides: SeverityOverrides): Severity | 'off' => overrides[ruleId] ?? produced;

/** Applies overrides: findings of rules set to "off" are dropped, others take the configured severity. */
export const applyOverrides = (diagnostics: readonly Diagnostic[], overrides: SeverityOverrides): Diagnostic[] =>
    diagnostics.flatMap((d) => {
        const severity = effectiveSeverity(d.ruleId, d.severity, overrides);
        return severity === 'off' ? [] : [{ ...d, severity }];
    });
