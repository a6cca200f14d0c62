/** Every registered drift rule is documented in the README's check:upstream table, with its severity. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { driftRules } from '../../src/drift/index.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

const readme = readFileSync(join(ROOT_DIR, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### `npm run check:upstream'), readme.indexOf('### `npm run check:breaking'));

test.each(driftRules.map((r) => [r.id, r.defaultSeverity] as const))('README check:upstream table documents %s as %s', (id, severity) => {
    expect(section).toContain(`| \`${id}\` | ${severity} | `);
});
