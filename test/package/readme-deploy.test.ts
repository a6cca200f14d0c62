/** docs/deploy.md is the text rendered from the model (one source, no drift); the README links to it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { connector } from '../../src/emabler/connector.ts';
import { DEPLOY_DOC, renderDeployDoc } from '../../src/package/readme/deploy.ts';
import { committedSwagger } from '../helpers/project.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

test('docs/deploy.md equals renderDeployDoc(model, swagger)', () => {
    expect(readFileSync(join(ROOT_DIR, DEPLOY_DOC), 'utf8')).toBe(renderDeployDoc(connector, committedSwagger()));
});

test('the portal solution import is the first route, and it warns against importing the OpenAPI file alone', () => {
    const doc = renderDeployDoc(connector, committedSwagger());
    const headings = doc.split('\n').filter((l) => l.startsWith('## '));
    expect(headings.slice(0, 3)).toEqual(['## Package contents', '## Import the solution in the portal (recommended)', '## Power Automate and Power Apps with paconn']);
    expect(doc).toContain('Do not use **New custom connector** → **Import an OpenAPI file** with `apiDefinition.swagger.json`');
    expect(doc).toContain('— the custom code (`script.csx`) that **When a charging session ends** and **When a charging session starts** need, and the icon.');
    expect(doc).toContain('`dist/solution/eMablerConnector_1_0_0_0.zip`');
});

test('the README links to the deployment guide', () => {
    expect(readFileSync(join(ROOT_DIR, 'README.md'), 'utf8')).toContain('(docs/deploy.md)');
});

test('the Logic Apps route names the operations its template leaves out (served by custom code)', () => {
    const doc = renderDeployDoc(connector, committedSwagger());
    expect(doc).toContain(
        'They run no custom code either, so the template leaves out **When a charging session ends**, **When a charging session starts** (served by `script.csx`); use them in Power Automate.',
    );
    const plain = renderDeployDoc({ ...connector, operations: connector.operations.filter((op) => !op.customCode) }, committedSwagger());
    expect(plain).not.toContain('They run no custom code either');
});
