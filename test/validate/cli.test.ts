/** npm run validate (src/validate/cli.ts, in-process) on fixture folders: exit codes 0/1/2 and exact output. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../src/validate/cli.ts';
import { runCli } from '../helpers/io.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

const FIX = 'test/fixtures/connectors';
const SKIPPED = "apiDefinition.swagger.json#  info  official-schemas-skipped  Microsoft's official schemas were not checked; pass --official-schemas DIR (for example ../shared/schemas/microsoft).";

async function validate(...args: string[]) {
    const r = await runCli((io) => run(args, io, { rootDir: ROOT_DIR }));
    return { code: r.status, stdout: r.stdout.split('\n'), stderr: r.stderr };
}

describe('npm run validate', () => {
    test('clean connector: exit 0, the skipped-schemas note and the count line', async () => {
        expect(await validate(`${FIX}/valid`)).toEqual({ code: 0, stdout: [SKIPPED, '0 errors, 0 warnings, 1 info', ''], stderr: '' });
    });
    test('errors and warnings: exit 1, one line per finding', async () => {
        expect(await validate(`${FIX}/with-findings`)).toEqual({
            code: 1,
            stdout: [
                SKIPPED,
                'apiDefinition.swagger.json#/info/title  error  title-no-reserved-words  Title contains the reserved word "API".',
                'apiDefinition.swagger.json#/paths/~1records~1{recordId}/get/summary  warn  operation-summary-no-trailing-period  GetRecord: summary must not end with a period or whitespace.',
                '1 error, 1 warning, 1 info',
                '',
            ],
            stderr: '',
        });
    });
    test('--format json with --config turning a rule off', async () => {
        const r = await validate(`${FIX}/with-findings`, '--format', 'json', '--config', `${FIX}/with-findings/lint-config.json`);
        expect([r.code, r.stderr, JSON.parse(r.stdout.join('\n'))]).toEqual([
            1,
            '',
            [
                { file: 'apiDefinition.swagger.json', pointer: '#', ruleId: 'official-schemas-skipped', severity: 'info', message: "Microsoft's official schemas were not checked; pass --official-schemas DIR (for example ../shared/schemas/microsoft)." },
                { file: 'apiDefinition.swagger.json', pointer: '#/info/title', ruleId: 'title-no-reserved-words', severity: 'error', message: 'Title contains the reserved word "API".' },
            ],
        ]);
    });
    test('recoverable JSON syntax error: exit 1 with line:column, the rest is still validated', async () => {
        expect(await validate(`${FIX}/recoverable-json`)).toEqual({
            code: 1,
            stdout: [SKIPPED, 'apiDefinition.swagger.json#/info/description  error  json-syntax  JSON syntax error at 6:9: comma expected; validated the recovered document.', '1 error, 0 warnings, 1 info', ''],
            stderr: '',
        });
    });
    test.each([
        ['not JSON', [`${FIX}/not-json`], `validate: cannot run: ${FIX}/not-json/apiDefinition.swagger.json: the top level is not a JSON object (first syntax error at 1:1: invalid symbol).\n`],
        ['missing apiProperties.json', [`${FIX}/missing-api-properties`], `validate: cannot run: ${FIX}/missing-api-properties/apiProperties.json: the file is missing.\n`],
        ['unknown rule in --config', [`${FIX}/with-findings`, '--config', `${FIX}/with-findings/bad-config.json`], `validate: cannot run: ${FIX}/with-findings/bad-config.json: unknown rule id "no-such-rule" at #/rules/no-such-rule.\n`],
        ['unknown flag', ['--bogus'], 'validate: unknown option --bogus\nusage: npm run validate -- [DIR] [--format stylish|json] [--official-schemas DIR] [--config FILE]\n'],
        ['two folders', [`${FIX}/valid`, `${FIX}/with-findings`], `validate: unexpected argument ${FIX}/with-findings\nusage: npm run validate -- [DIR] [--format stylish|json] [--official-schemas DIR] [--config FILE]\n`],
        ['missing folder', [`${FIX}/nope`], `validate: cannot run: ${FIX}/nope: is not a connector folder (no such directory).\n`],
    ])('%s: exit 2, reason on stderr, nothing on stdout', async (_name, args, stderr) => {
        expect(await validate(...args)).toEqual({ code: 2, stdout: [''], stderr });
    });

    test('scripts/validate.ts wires argv, output and the exit code (child process)', () => {
        const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT_DIR, 'scripts', 'validate.ts'), `${FIX}/with-findings`, '--format', 'json'], { cwd: ROOT_DIR, encoding: 'utf8' });
        expect([r.status, r.stderr, (JSON.parse(r.stdout) as { ruleId: string }[]).map((d) => d.ruleId)]).toEqual([1, '', ['official-schemas-skipped', 'title-no-reserved-words', 'operation-summary-no-trailing-period']]);
    });
});
