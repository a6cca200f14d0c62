/** The rule registry, rule files, tests and the README rules table stay in step (STYLE C1, C11). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { knownRuleIds } from '../../src/lint/config.ts';
import { allRules } from '../../src/lint/rules/index.ts';
import { layerRules } from '../../src/validate/layer-rules.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

const readme = readFileSync(join(ROOT_DIR, 'README.md'), 'utf8');
const block = readme.slice(readme.indexOf('<!-- rules:start -->'), readme.indexOf('<!-- rules:end -->'));
const tableIds = block.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| id ') && !l.startsWith('| ---')).map((l) => l.split('|')[1]!.trim());
const ruleTests = readdirSync(join(ROOT_DIR, 'test', 'lint', 'rules')).map((f) => readFileSync(join(ROOT_DIR, 'test', 'lint', 'rules', f), 'utf8')).join('\n');

describe('rule registry', () => {
    test('ids are unique kebab-case, and layer ids do not clash with rule ids', () => {
        const ids = knownRuleIds();
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
    });
    test.each(allRules.map((r) => [r.id, r] as const))('%s: own file, one-sentence description, a source, a table test', (id, rule) => {
        expect(existsSync(join(ROOT_DIR, 'src', 'lint', 'rules', `${id}.ts`))).toBe(true);
        expect([rule.description.endsWith('.'), rule.source.length > 10, ['error', 'warn', 'info'].includes(rule.defaultSeverity)]).toEqual([true, true, true]);
        expect(ruleTests).toContain(`testRule('${id}',`);
    });
    test('every rule file in src/lint/rules is registered', () => {
        const files = readdirSync(join(ROOT_DIR, 'src', 'lint', 'rules')).filter((f) => f !== 'index.ts').map((f) => f.replace(/\.ts$/, '')).sort();
        expect(files).toEqual(allRules.map((r) => r.id).sort());
    });
    test('the README rules table lists exactly the registered ids, in registry order, with their severity', () => {
        expect(tableIds).toEqual([...layerRules.map((r) => r.id), ...allRules.map((r) => r.id)]);
        for (const r of [...layerRules, ...allRules]) expect(block).toContain(`| ${r.id} | ${r.defaultSeverity} |`);
    });
});
