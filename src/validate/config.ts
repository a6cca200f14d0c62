/**
 * `--config FILE` of the validator: `{ "rules": { "<rule-id>": "off" | "warn" | "error" } }` for any
 * rule the validator reports (its layers and the lint rules). The only place besides the rule tables
 * that changes how strict we are (STYLE C2).
 */
import { readFileSync } from 'node:fs';
import { ToolError } from '../core/errors.ts';
import { severityOverrides, type SeverityOverrides } from '../core/rules.ts';
import type { CalibratedRuleInfo } from '../lint/rule.ts';
import { lintRules } from '../lint/rules/index.ts';
import { parseJsonText } from './json-source.ts';
import { layerRules } from './rules.ts';

/** Every rule the validator reports, in README order: the layers, then the lint rules. */
export const validatorRules: readonly CalibratedRuleInfo[] = [...layerRules, ...lintRules];

/** Parse and check a config file's text; throws a ToolError naming the file and key. */
export function parseConfig(text: string, file: string): SeverityOverrides {
    const parsed = parseJsonText(text, file);
    const firstError = parsed.diagnostics[0];
    if (firstError) throw new ToolError(file, undefined, `config is not valid JSON: ${firstError.message.replace(/; validated the recovered document\.$/, '')}.`);
    return severityOverrides(parsed.value, file, validatorRules);
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
