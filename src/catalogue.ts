/**
 * The rule catalogue: every rule id any tool emits, with its default severity and documentation,
 * grouped by tool. The rule tables live with their tools (one file per lint rule, one table
 * elsewhere); this module only lists them. docs/rules.md is rendered from it (`npm run build`
 * writes it, `build --check` keeps it honest), and tests read it (ids unique, each documented).
 */
import { breakingRules } from './breaking/rules.ts';
import { contractRules } from './contract/rules.ts';
import type { RuleInfo } from './core/rules.ts';
import { driftRules } from './drift/rules.ts';
import { harnessRules } from './harness/rules.ts';
import type { CalibratedRuleInfo } from './lint/rule.ts';
import { lintRules } from './lint/rules/index.ts';
import { EXAMPLE_FILE_RULE } from './model/examples.ts';
import { layerRules } from './validate/rules.ts';

interface SectionHead {
    /** Heading in docs/rules.md. */
    title: string;
    /** The command whose output carries these ids. */
    command: string;
    /** What a finding of this section means for the exit code. */
    about: string;
}

/**
 * A section of the catalogue. The validator's sections are calibrated against what Microsoft accepts
 * (G4): their tables also say which Microsoft code each rule mirrors and why its severity is what it is.
 */
export type CatalogueSection = SectionHead & ({ calibrated?: false; rules: readonly RuleInfo[] } | { calibrated: true; rules: readonly CalibratedRuleInfo[] });

export const CATALOGUE: readonly CatalogueSection[] = [
    {
        title: 'Validator: layers',
        command: 'npm run validate',
        about: 'JSON syntax, Swagger 2.0 structure and Microsoft\'s schemas. Override severities with `--config FILE`.',
        calibrated: true,
        rules: layerRules,
    },
    {
        title: 'Validator: certification, platform and cross-file rules',
        command: 'npm run validate',
        about: 'One file per rule in src/lint/rules/. Override severities with `--config FILE`.',
        calibrated: true,
        rules: lintRules,
    },
    {
        title: 'Example payloads and contract checks',
        command: 'npm run package, npm test',
        about: 'Example payloads (src/<instance>/examples/) against the schemas of the generated swagger; any error stops packaging.',
        rules: [EXAMPLE_FILE_RULE, ...contractRules],
    },
    {
        title: 'Runtime harness',
        command: 'npm run try',
        about: 'Findings about the connection, the request and the response of one call; any error makes the call fail (exit 1).',
        rules: harnessRules,
    },
    {
        title: 'Upstream drift',
        command: 'npm run check:upstream',
        about: 'Differences from the API\'s own OpenAPI document. A difference declared in the model (or left out by a declared subset) is reported as info.',
        rules: driftRules,
    },
    {
        title: 'Breaking changes',
        command: 'npm run check:breaking',
        about: 'Changes since a previous release, classified the way Power Platform treats a connector update.',
        rules: breakingRules,
    },
];

export const catalogueRules: readonly RuleInfo[] = CATALOGUE.flatMap((s) => s.rules);

const cell = (text: string): string => text.replace(/\r?\n/g, ' ').replaceAll('|', '\\|');

/** docs/rules.md: one table per section, in catalogue order. */
export function renderRulesDoc(): string {
    const lines = [
        '# Rules',
        '',
        '<!-- Generated from src/catalogue.ts by `npm run build`; never edit by hand (`npm run build -- --check` fails when it is stale). -->',
        '',
        'Every finding of every tool carries one of these rule ids. Exit codes: 0 no errors (warnings and infos allowed), 1 errors, 2 cannot run.',
        '',
        "The validator's rules are calibrated against what Microsoft accepts: an error means Microsoft's validator, paconn or a certification reviewer would stop the connector. Their tables name the Microsoft validator code each rule mirrors (Learn \"Fix Swagger Validator errors\") and why its severity is what it is; the measurements are in docs/validator.md.",
    ];
    for (const s of CATALOGUE) {
        lines.push('', `## ${s.title}`, '', `\`${s.command}\`. ${s.about}`, '');
        if (s.calibrated) {
            lines.push('| id | severity | what | Microsoft code | why this severity | source |', '| --- | --- | --- | --- | --- | --- |');
            for (const r of s.rules) lines.push(`| ${r.id} | ${r.defaultSeverity} | ${cell(r.description)} | ${cell(r.mirrors)} | ${cell(r.severityReason)} | ${cell(r.source)} |`);
        } else {
            lines.push('| id | severity | what | why / source |', '| --- | --- | --- | --- |');
            for (const r of s.rules) lines.push(`| ${r.id} | ${r.defaultSeverity} | ${cell(r.description)} | ${cell(r.source)} |`);
        }
    }
    return lines.join('\n') + '\n';
}

/** The generated files the catalogue contributes to `npm run build`. */
export const RULES_DOC = 'docs/rules.md';
