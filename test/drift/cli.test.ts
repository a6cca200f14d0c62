/** scripts/check-upstream.ts: output formats and exit codes (0 clean, 1 undeclared drift, 2 cannot run). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { describeShared, ROOT_DIR, sharedPath } from '../helpers/shared.ts';

const TSX = pathToFileURL(join(ROOT_DIR, 'node_modules/tsx/dist/loader.mjs')).href;
const SCRIPT = join(ROOT_DIR, 'scripts', 'check-upstream.ts');
const FIX = 'test/fixtures/drift';
const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', TSX, SCRIPT, ...args], { cwd: ROOT_DIR, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('check:upstream CLI', () => {
    test('undeclared drift → exit 1, stylish output with file#pointer per finding', () => {
        expect(run(`${FIX}/widgets.openapi.json`, '--connector', `${FIX}/widgets.swagger.json`)).toEqual({
            status: 1,
            stdout:
                `${FIX}/widgets.swagger.json#/definitions/Widget/properties/name  error  upstream-different  GetWidget responses/200/schema/name/nullable: nullable is false here but true upstream (getWidget, #/components/schemas/widget/properties/name/nullable).\n` +
                `${FIX}/widgets.swagger.json#/definitions/Widget/properties/tags/items/type  error  upstream-different  GetWidget responses/200/schema/tags[]/type: type is "string" here but "integer" upstream (getWidget, #/components/schemas/widget/properties/tags/items/type).\n` +
                '2 errors, 0 warnings, 0 infos\n',
            stderr: '',
        });
    });

    test('--coverage --format json', () => {
        const r = run(`${FIX}/widgets.openapi.json`, '--connector', `${FIX}/widgets.swagger.json`, '--coverage', '--format', 'json');
        expect(r.status).toBe(1);
        expect(JSON.parse(r.stdout)).toEqual([
            {
                file: `${FIX}/widgets.swagger.json`,
                pointer: '#/definitions/Widget/properties/name',
                ruleId: 'upstream-different',
                severity: 'error',
                message: 'GetWidget responses/200/schema/name/nullable: nullable is false here but true upstream (getWidget, #/components/schemas/widget/properties/name/nullable).',
            },
            {
                file: `${FIX}/widgets.swagger.json`,
                pointer: '#/definitions/Widget/properties/tags/items/type',
                ruleId: 'upstream-different',
                severity: 'error',
                message: 'GetWidget responses/200/schema/tags[]/type: type is "string" here but "integer" upstream (getWidget, #/components/schemas/widget/properties/tags/items/type).',
            },
            {
                file: `${FIX}/widgets.openapi.json`,
                pointer: '#/paths/~1health/get',
                ruleId: 'upstream-not-implemented',
                severity: 'info',
                message: 'GET /health (getHealth): Health check; not implemented by the connector.',
            },
            {
                file: `${FIX}/widgets.openapi.json`,
                pointer: '#/paths',
                ruleId: 'upstream-coverage',
                severity: 'info',
                message: '1 of 2 upstream operations implemented; 1 not implemented.',
            },
        ]);
    });

    test.each([
        ['no OpenAPI path', [], 'check:upstream: missing the OpenAPI 3 document path\n'],
        ['a missing file', [`${FIX}/nope.json`], `check:upstream: ${FIX}/nope.json: does not exist.\n`],
        ['a Swagger 2.0 file instead of OpenAPI 3', [`${FIX}/widgets.swagger.json`], `check:upstream: ${FIX}/widgets.swagger.json#/openapi: is not an OpenAPI 3 document (found swagger "2.0").\n`],
        ['an unknown option', [`${FIX}/widgets.openapi.json`, '--strict'], 'check:upstream: unknown option --strict\n'],
        ['a bad --format', [`${FIX}/widgets.openapi.json`, '--format', 'xml'], 'check:upstream: --format must be one of stylish, json\n'],
    ])('%s → exit 2 naming the problem', (_name, args, firstLine) => {
        const r = run(...args);
        expect(r.status).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr.split('\n')[0] + '\n').toBe(firstLine);
    });

    test('a file that is not JSON → exit 2 naming the file', () => {
        const r = run(`${FIX}/not-json.json`);
        expect(r.status).toBe(2);
        expect(r.stderr.startsWith(`check:upstream: ${FIX}/not-json.json: is not valid JSON (`)).toBe(true);
    });
});

describeShared('check:upstream CLI against eMabler OpenAPI (../shared)', () => {
    test('our connector → exit 0 with only the declared differences as info', () => {
        const r = run(sharedPath('upstream', 'emabler-entity-api.openapi.json'));
        expect(r.status).toBe(0);
        expect(r.stderr).toBe('');
        const findings = r.stdout.split('\n').filter((l) => l.startsWith('apiDefinition.swagger.json#/'));
        expect(findings.map((l) => l.split('  ').slice(1, 3).join(' '))).toEqual([
            'info upstream-different',
            'info upstream-different',
            'info upstream-different',
            'info upstream-different',
            'info upstream-extra-here',
            'info upstream-extra-here',
            'info upstream-extra-here',
            'info upstream-extra-here',
        ]);
        expect(r.stdout.endsWith('\n0 errors, 0 warnings, 8 infos\n')).toBe(true);
    });
});
