/** The hand-written docs name every operation of the model, so a new operation cannot go unmentioned. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MODEL } from '../helpers/project.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

const read = (file: string) => readFileSync(join(ROOT_DIR, file), 'utf8');

describe.each(MODEL.operations.map((o) => [o.operationId, o] as const))('%s', (_id, op) => {
    test('the README lists it by its summary, in bold', () => {
        expect(read('README.md')).toContain(`**${op.summary}**`);
    });
    test('docs/connector.md lists it with its operationId', () => {
        expect(read('docs/connector.md')).toContain(`${op.summary} (\`${op.operationId}\`)`);
    });
});
