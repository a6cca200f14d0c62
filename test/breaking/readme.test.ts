/** Every registered breaking-change rule is documented in the README's check:breaking table, with its severity. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { breakingRules } from '../../src/breaking/index.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

const readme = readFileSync(join(ROOT_DIR, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### `npm run check:breaking'), readme.indexOf('<!-- areas:end -->'));

test.each(breakingRules.map((r) => [r.id, r.defaultSeverity] as const))('README check:breaking table documents %s as %s', (id, severity) => {
    expect(section).toContain(`| \`${id}\` | ${severity} | `);
});
