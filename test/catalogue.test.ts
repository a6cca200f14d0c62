/** The rule catalogue, the rule files and tests, and docs/rules.md stay in step (STYLE C1, C11). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOGUE, catalogueRules, renderRulesDoc, RULES_DOC } from '../src/catalogue.ts';
import { lintRules } from '../src/lint/rules/index.ts';
import { validatorRules } from '../src/validate/config.ts';
import { ROOT_DIR } from './helpers/shared.ts';

const ruleTests = readdirSync(join(ROOT_DIR, 'test', 'lint', 'rules')).map((f) => readFileSync(join(ROOT_DIR, 'test', 'lint', 'rules', f), 'utf8')).join('\n');

describe('rule catalogue', () => {
    test('every id of every tool is unique kebab-case', () => {
        const ids = catalogueRules.map((r) => r.id);
        expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
        expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
    });

    test.each(catalogueRules.map((r) => [r.id, r] as const))('%s: a one-sentence description, a source and a severity', (_id, rule) => {
        expect([rule.description.endsWith('.'), rule.source.length > 10, ['error', 'warn', 'info'].includes(rule.defaultSeverity)]).toEqual([true, true, true]);
    });

    test.each(lintRules.map((r) => [r.id] as const))('lint rule %s has its own file and a table test', (id) => {
        expect(existsSync(join(ROOT_DIR, 'src', 'lint', 'rules', `${id}.ts`))).toBe(true);
        expect(ruleTests).toContain(`testRule('${id}',`);
    });

    test.each(lintRules.map((r) => [r.id] as const))('the table test of lint rule %s has a passing case (expected: []) and a failing one', (id) => {
        // The text from this rule's testRule( to the next one: its table.
        const start = ruleTests.indexOf(`testRule('${id}',`);
        const next = ruleTests.indexOf('testRule(', start + 1);
        const table = ruleTests.slice(start, next === -1 ? undefined : next);
        expect([/expected: \[\]/.test(table), /expected: \[\s*[^\]\s]/.test(table)]).toEqual([true, true]);
    });

    test('every rule file in src/lint/rules is registered', () => {
        const files = readdirSync(join(ROOT_DIR, 'src', 'lint', 'rules')).filter((f) => f !== 'index.ts').map((f) => f.replace(/\.ts$/, '')).sort();
        expect(files).toEqual(lintRules.map((r) => r.id).sort());
    });

    test('the validator configures exactly its own rules: the first two sections of the catalogue', () => {
        expect(validatorRules).toEqual([...CATALOGUE[0]!.rules, ...CATALOGUE[1]!.rules]);
    });

    test('docs/rules.md is the rendered catalogue: one table row per rule, in catalogue order', () => {
        const doc = readFileSync(join(ROOT_DIR, RULES_DOC), 'utf8');
        expect(doc).toBe(renderRulesDoc());
        const rows = doc.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| id ') && !l.startsWith('| ---'));
        expect(rows.map((l) => l.split('|')[1]!.trim())).toEqual(catalogueRules.map((r) => r.id));
        for (const r of catalogueRules) expect(doc).toContain(`| ${r.id} | ${r.defaultSeverity} |`);
    });
});
