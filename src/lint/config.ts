/**
 * The only place that changes how strict we are (STYLE C2). Rules carry a default severity taken
 * from power-platform-facts §3 (validator error → error, review/guideline → warn); overrides here and
 * in a `--config <file.json>` (`{ "rules": { "<rule-id>": "off" | "warn" | "error" } }`) win.
 */
import { readFileSync } from 'node:fs';
import type { Severity } from '../core/diagnostic.ts';
import { ToolError } from '../core/errors.ts';
import { parseJsonText } from '../validate/json-source.ts';
import { isObject } from '../core/json.ts';
import { layerRules } from '../validate/layer-rules.ts';
import { allRules } from './rules/index.ts';

export type SeveritySetting = 'off' | 'warn' | 'error';
export type SeverityOverrides = Readonly<Record<string, SeveritySetting>>;

/** Project-wide defaults. Empty: every rule runs at the severity the facts give it. */
export const defaultSeverityOverrides: SeverityOverrides = {};

export const knownRuleIds = (): string[] => [...layerRules.map((r) => r.id), ...allRules.map((r) => r.id)];

const SETTINGS: readonly string[] = ['off', 'warn', 'error'];

/** Parse and check a config file's text; throws ToolError naming the file and key. */
export function parseConfig(text: string, file: string): SeverityOverrides {
    const parsed = parseJsonText(text, file);
    const firstError = parsed.diagnostics[0];
    if (firstError) throw new ToolError(file, undefined, `config is not valid JSON: ${firstError.message.replace(/; validated the recovered document\.$/, '')}.`);
    const value: unknown = parsed.value;
    const rules = isObject(value) ? value.rules : undefined;
    if (!isObject(value) || !isObject(rules) || Object.keys(value).some((k) => k !== 'rules')) {
        throw new ToolError(file, undefined, 'config must look like { "rules": { "<rule-id>": "off" | "warn" | "error" } }.');
    }
    const known = new Set(knownRuleIds());
    const out: Record<string, SeveritySetting> = {};
    for (const [id, setting] of Object.entries(rules)) {
        if (!known.has(id)) throw new ToolError(file, undefined, `unknown rule id "${id}" at #/rules/${id}.`);
        if (typeof setting !== 'string' || !SETTINGS.includes(setting)) {
            throw new ToolError(file, undefined, `#/rules/${id} must be "off", "warn" or "error" (found ${JSON.stringify(setting)}).`);
        }
        out[id] = setting as SeveritySetting;
    }
    return out;
}

export function loadConfigFile(file: string): SeverityOverrides {
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (e) {
        throw new ToolError(file, undefined, `cannot read the config file (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
    }
    return parseConfig(text, file);
}

/** Effective severity of a finding: config override, else project default, else as produced. */
export function effectiveSeverity(ruleId: string, produced: Severity, overrides: SeverityOverrides): Severity | 'off' {
    return overrides[ruleId] ?? defaultSeverityOverrides[ruleId] ?? produced;
}
