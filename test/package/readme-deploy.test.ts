/** The project README's deploy guide is the text rendered from the model (one source, no drift). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { connector } from '../../src/emabler/connector.ts';
import { readmeDeployGuide } from '../../src/package/readme/deploy.ts';
import { committedSwagger } from '../helpers/project.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

test('README deploy section equals readmeDeployGuide(model)', () => {
    const readme = readFileSync(join(ROOT_DIR, 'README.md'), 'utf8');
    const start = readme.indexOf('<!-- deploy:start -->\n');
    const end = readme.indexOf('<!-- deploy:end -->');
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start + '<!-- deploy:start -->\n'.length, end)).toBe(readmeDeployGuide(connector, committedSwagger()).trimEnd() + '\n');
});
