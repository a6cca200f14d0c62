/** validateConnectorDir passes the swagger file's byte size to the `swagger-file-size` rule (facts §3.2, §5.6: < 1 MB). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { validateConnectorDir } from '../../src/validate/index.ts';
import { validApiProperties, validSwagger } from '../helpers/connector-fixture.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The fixture connector, its swagger padded with trailing whitespace (still valid JSON) to `bytes` bytes. */
function connectorOfSize(bytes: number): string {
    const dir = mkdtempSync(join(tmpdir(), 'emabler-size-'));
    dirs.push(dir);
    const text = JSON.stringify(validSwagger(), null, 4) + '\n';
    writeFileSync(join(dir, 'apiDefinition.swagger.json'), text + ' '.repeat(bytes - Buffer.byteLength(text)));
    writeFileSync(join(dir, 'apiProperties.json'), JSON.stringify(validApiProperties(), null, 4) + '\n');
    return dir;
}

const sizeFindings = async (dir: string) => (await validateConnectorDir(dir)).filter((d) => d.ruleId === 'swagger-file-size' || d.ruleId === 'limits');

test('a swagger file of 1048575 bytes passes', async () => {
    expect(await sizeFindings(connectorOfSize(1048575))).toEqual([]);
});

test('a swagger file of 1 MB is a warning at the root of that file', async () => {
    expect(await sizeFindings(connectorOfSize(1048576))).toEqual([
        { ruleId: 'swagger-file-size', severity: 'warn', message: 'The swagger file has 1048576 bytes; keep it smaller than 1 MB (1048576 bytes).', path: [], file: 'apiDefinition.swagger.json' },
    ]);
});
