/**
 * Every validator rule says which Microsoft validator code it mirrors and why its severity is what it
 * is (G4), and docs/rules.md shows both in the validator's tables.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES_DOC } from '../../src/catalogue.ts';
import { validatorRules } from '../../src/validate/config.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

/** A code as Learn's "Fix Swagger Validator errors" spells them: PascalCase, several words. */
const CODE = /\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/;

describe('validator rule calibration', () => {
    test.each(validatorRules.map((r) => [r.id, r] as const))('%s names the code it mirrors (or "none") and why its severity', (_id, r) => {
        expect([r.mirrors.startsWith('none') || CODE.test(r.mirrors), r.severityReason.length > 20 && r.severityReason.endsWith('.')]).toEqual([true, true]);
    });

    test('docs/rules.md: the validator tables have the Microsoft code and the reason of each rule', () => {
        const rows = readFileSync(join(ROOT_DIR, RULES_DOC), 'utf8')
            .split('\n')
            .filter((l) => l.startsWith('| ') && !l.startsWith('| id ') && !l.startsWith('| ---'));
        const cells = (line: string) => line.slice(2, -2).split(/ (?<!\\)\| /);
        const byId = new Map(rows.map((l) => [cells(l)[0], cells(l)] as const));
        for (const r of validatorRules) {
            const escape = (t: string) => t.replaceAll('|', '\\|');
            expect(byId.get(r.id)).toEqual([r.id, r.defaultSeverity, escape(r.description), escape(r.mirrors), escape(r.severityReason), escape(r.source)]);
        }
    });
});
