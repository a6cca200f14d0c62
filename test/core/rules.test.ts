/** What every tool's rules share (src/core/rules.ts): findings, severity overrides from a config file. */
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { ToolError } from '../../src/core/errors.ts';
import { applyOverrides, effectiveSeverity, finding, severityOverrides, type RuleInfo, type SeverityOverrides } from '../../src/core/rules.ts';
import { thrown } from '../helpers/thrown.ts';

const rule = (id: string, defaultSeverity: RuleInfo['defaultSeverity'] = 'error'): RuleInfo => ({ id, defaultSeverity, description: `${id}.`, source: 'test' });
const KNOWN = [rule('title-max-30'), rule('info-description-length', 'warn'), rule('upstream-coverage', 'info')];

describe('finding', () => {
    test.each<[string, Parameters<typeof finding>, Diagnostic]>([
        ['message only: the root path, no file', [KNOWN[0]!, 'Too long.'], { ruleId: 'title-max-30', severity: 'error', message: 'Too long.', path: [] }],
        ['with a path', [KNOWN[1]!, 'Short.', ['info', 'description']], { ruleId: 'info-description-length', severity: 'warn', message: 'Short.', path: ['info', 'description'] }],
        ['with a path and a file', [KNOWN[2]!, '1 of 3.', ['paths'], 'up.json'], { ruleId: 'upstream-coverage', severity: 'info', message: '1 of 3.', path: ['paths'], file: 'up.json' }],
        ['an empty file name is kept', [KNOWN[0]!, 'x', [], ''], { ruleId: 'title-max-30', severity: 'error', message: 'x', path: [], file: '' }],
    ])('%s', (_name, args, want) => {
        // toStrictEqual: no `file: undefined` key when no file is given.
        expect(finding(...args)).toStrictEqual(want);
    });
});

describe('severityOverrides', () => {
    const error = (value: unknown): [boolean, string | undefined, string] => {
        const e = thrown(() => severityOverrides(value, 'lint-config.json', KNOWN));
        return [e instanceof ToolError, (e as ToolError).file, e.message];
    };

    test.each<[string, unknown, SeverityOverrides]>([
        ['every setting', { rules: { 'title-max-30': 'off', 'info-description-length': 'error', 'upstream-coverage': 'warn' } }, { 'title-max-30': 'off', 'info-description-length': 'error', 'upstream-coverage': 'warn' }],
        ['no rules', { rules: {} }, {}],
    ])('valid: %s', (_name, value, want) => {
        expect(severityOverrides(value, 'lint-config.json', KNOWN)).toEqual(want);
    });

    const SHAPE = 'lint-config.json: config must look like { "rules": { "<rule-id>": "off" | "warn" | "error" } }.';
    test.each<[string, unknown]>([
        ['null', null],
        ['an array', [{ rules: {} }]],
        ['a string', 'rules'],
        ['an empty object', {}],
        ['rules is an array', { rules: ['title-max-30'] }],
        ['rules is null', { rules: null }],
        ['rules is a string', { rules: 'off' }],
        ['another top-level key', { rules: {}, extends: 'recommended' }],
    ])('wrong shape: %s', (_name, value) => {
        expect(error(value)).toEqual([true, 'lint-config.json', SHAPE]);
    });

    test.each<[string, unknown, string]>([
        ['an unknown id', { rules: { 'title-max-31': 'off' } }, 'lint-config.json: unknown rule id "title-max-31" at #/rules/title-max-31.'],
        ['ids are case-sensitive', { rules: { 'Title-Max-30': 'off' } }, 'lint-config.json: unknown rule id "Title-Max-30" at #/rules/Title-Max-30.'],
        ['the first bad entry is reported', { rules: { 'title-max-30': 'warn', nope: 'off', 'upstream-coverage': 'loud' } }, 'lint-config.json: unknown rule id "nope" at #/rules/nope.'],
        ['an unknown id with a bad setting: the id is reported', { rules: { nope: 7 } }, 'lint-config.json: unknown rule id "nope" at #/rules/nope.'],
        ['"info" is no setting', { rules: { 'title-max-30': 'info' } }, 'lint-config.json: #/rules/title-max-30 must be "off", "warn" or "error" (found "info").'],
        ['settings are case-sensitive', { rules: { 'title-max-30': 'Off' } }, 'lint-config.json: #/rules/title-max-30 must be "off", "warn" or "error" (found "Off").'],
        ['a number', { rules: { 'title-max-30': 0 } }, 'lint-config.json: #/rules/title-max-30 must be "off", "warn" or "error" (found 0).'],
        ['a boolean', { rules: { 'title-max-30': false } }, 'lint-config.json: #/rules/title-max-30 must be "off", "warn" or "error" (found false).'],
        ['null', { rules: { 'title-max-30': null } }, 'lint-config.json: #/rules/title-max-30 must be "off", "warn" or "error" (found null).'],
        ['an array (ESLint style)', { rules: { 'title-max-30': ['warn'] } }, 'lint-config.json: #/rules/title-max-30 must be "off", "warn" or "error" (found ["warn"]).'],
    ])('%s', (_name, value, message) => {
        expect(error(value)).toEqual([true, 'lint-config.json', message]);
    });

    test('only the rules passed as known may be configured', () => {
        expect(thrown(() => severityOverrides({ rules: { 'title-max-30': 'off' } }, 'c.json', [])).message).toBe('c.json: unknown rule id "title-max-30" at #/rules/title-max-30.');
    });
});

describe('effectiveSeverity', () => {
    const overrides: SeverityOverrides = { 'title-max-30': 'warn', 'upstream-coverage': 'off' };
    test.each<[string, Diagnostic['severity'], Diagnostic['severity'] | 'off']>([
        ['title-max-30', 'error', 'warn'],
        ['upstream-coverage', 'info', 'off'],
        ['info-description-length', 'warn', 'warn'],
        ['info-description-length', 'info', 'info'],
    ])('%s produced as %s → %s', (id, produced, want) => {
        expect(effectiveSeverity(id, produced, overrides)).toBe(want);
    });
});

describe('applyOverrides', () => {
    const d = (ruleId: string, severity: Diagnostic['severity'], message: string): Diagnostic => ({ ruleId, severity, message, path: ['info'], file: 'a.json' });
    const found = [d('title-max-30', 'error', 'a'), d('upstream-coverage', 'info', 'b'), d('info-description-length', 'warn', 'c'), d('title-max-30', 'error', 'd')];

    test('"off" drops the rule\'s findings, others take the configured severity, the rest are kept; order kept', () => {
        expect(applyOverrides(found, { 'title-max-30': 'warn', 'upstream-coverage': 'off' })).toEqual([d('title-max-30', 'warn', 'a'), d('info-description-length', 'warn', 'c'), d('title-max-30', 'warn', 'd')]);
    });

    test('a warning can be raised to an error', () => {
        expect(applyOverrides(found, { 'info-description-length': 'error' })).toEqual([found[0], found[1], d('info-description-length', 'error', 'c'), found[3]]);
    });

    test('no overrides: equal copies; the input is not changed', () => {
        const before = structuredClone(found);
        const out = applyOverrides(found, { 'title-max-30': 'off' });
        expect([applyOverrides(found, {}), out.length, found]).toEqual([before, 2, before]);
        expect(applyOverrides(found, {})[0]).not.toBe(found[0]);
    });

    test('nothing found → []', () => {
        expect(applyOverrides([], { 'title-max-30': 'error' })).toEqual([]);
    });
});
