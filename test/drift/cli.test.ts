/**
 * check:upstream CLI: runCheckUpstream (src/drift/cli.ts) in-process for arguments, formats and exit codes
 * (0 clean, 1 undeclared drift, 2 cannot run); child-process runs of scripts/check-upstream.ts prove the
 * script wires argv, output and the exit code.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { run as runUpstream } from '../../src/drift/cli.ts';
import { runCli } from '../helpers/io.ts';
import { MODEL } from '../helpers/project.ts';
import { describeShared, ROOT_DIR, sharedPath } from '../helpers/shared.ts';

const TSX = pathToFileURL(join(ROOT_DIR, 'node_modules/tsx/dist/loader.mjs')).href;
const SCRIPT = join(ROOT_DIR, 'scripts', 'check-upstream.ts');
const FIX = 'test/fixtures/drift';
const USAGE = 'usage: npm run check:upstream -- <openapi.json> [--connector DIR|FILE] [--coverage] [--print-declarations] [--format stylish|json]';
const run = (...args: string[]) => runCli((io) => runUpstream(args, io, { rootDir: ROOT_DIR, model: MODEL }));
const spawnRun = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', TSX, SCRIPT, ...args], { cwd: ROOT_DIR, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('check:upstream CLI', () => {
    test('undeclared drift → exit 1, stylish output with file#pointer per finding', async () => {
        expect(await run(`${FIX}/widgets.openapi.json`, '--connector', `${FIX}/widgets.swagger.json`)).toEqual({
            status: 1,
            stdout:
                `${FIX}/widgets.swagger.json#/definitions/Widget/properties/name  error  upstream-different  GetWidget responses/200/schema/name/nullable: nullable is false here but true upstream (getWidget, #/components/schemas/widget/properties/name/nullable).\n` +
                `${FIX}/widgets.swagger.json#/definitions/Widget/properties/tags/items/type  error  upstream-different  GetWidget responses/200/schema/tags[]/type: type is "string" here but "integer" upstream (getWidget, #/components/schemas/widget/properties/tags/items/type).\n` +
                '2 errors, 0 warnings, 0 infos\n',
            stderr: '',
        });
    });

    test('--coverage --format json', async () => {
        const r = await run(`${FIX}/widgets.openapi.json`, '--connector', `${FIX}/widgets.swagger.json`, '--coverage', '--format', 'json');
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
        ['no OpenAPI path', [], 'missing the OpenAPI 3 document path'],
        ['an unknown option', [`${FIX}/widgets.openapi.json`, '--strict'], 'unknown option --strict'],
        ['a bad --format', [`${FIX}/widgets.openapi.json`, '--format', 'xml'], '--format must be one of stylish, json'],
        ['--connector without a value', [`${FIX}/widgets.openapi.json`, '--connector'], '--connector needs a value'],
        ['a second positional', [`${FIX}/widgets.openapi.json`, 'other.json'], 'unexpected argument other.json'],
    ])('%s → exit 2 with the usage', async (_name, args, message) => {
        expect(await run(...args)).toEqual({ status: 2, stdout: '', stderr: `check:upstream: ${message}\n${USAGE}\n` });
    });

    test.each([
        ['a missing file', [`${FIX}/nope.json`], `check:upstream: cannot run: ${FIX}/nope.json: does not exist.\n`],
        ['a Swagger 2.0 file instead of OpenAPI 3', [`${FIX}/widgets.swagger.json`], `check:upstream: cannot run: ${FIX}/widgets.swagger.json#/openapi: is not an OpenAPI 3 document (found swagger "2.0").\n`],
        ['a missing connector', [`${FIX}/widgets.openapi.json`, '--connector', `${FIX}/nope`], `check:upstream: cannot run: ${FIX}/nope: does not exist.\n`],
    ])('%s → exit 2 naming the file', async (_name, args, stderr) => {
        expect(await run(...args)).toEqual({ status: 2, stdout: '', stderr });
    });

    test('--help → exit 0, says which operations the model declarations apply to', async () => {
        const r = await run('--help');
        expect([r.status, r.stderr]).toEqual([0, '']);
        expect(r.stdout.split('\n')[0]).toBe(USAGE);
        expect(r.stdout).toContain(
            "The model's upstream links and declared differences apply only to connector operations whose\n" +
                'operationId exists in the model; any other operation is compared with no declarations, so each of\n' +
                'its differences is an error.\n',
        );
    });

    describe('scripts/check-upstream.ts (child process)', () => {
        test('undeclared drift → exit 1 with the findings on stdout', async () => {
            const r = spawnRun(`${FIX}/widgets.openapi.json`, '--connector', `${FIX}/widgets.swagger.json`);
            expect([r.status, r.stderr, r.stdout.split('\n').at(-2)]).toEqual([1, '', '2 errors, 0 warnings, 0 infos']);
        });

        test('bad arguments → exit 2 with the usage on stderr', async () => {
            expect(spawnRun()).toEqual({ status: 2, stdout: '', stderr: `check:upstream: missing the OpenAPI 3 document path\n${USAGE}\n` });
        });
    });

    test('a file that is not JSON → exit 2 naming the file', async () => {
        const r = await run(`${FIX}/not-json.json`);
        expect(r.status).toBe(2);
        expect(r.stderr).toBe(`check:upstream: cannot run: ${FIX}/not-json.json: is not valid JSON: invalid symbol at line 1, column 1.\n`);
    });
});

describeShared('check:upstream CLI against eMabler OpenAPI (../shared)', () => {
    test('another connector (--connector) whose operationId is not in the model: the model declarations do not apply', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'f6-upstream-foreign-'));
        try {
            const doc = JSON.parse(readFileSync(join(ROOT_DIR, 'apiDefinition.swagger.json'), 'utf8'));
            doc.paths['/v2/transactions'].post.operationId = 'ListTransactions';
            writeFileSync(join(dir, 'apiDefinition.swagger.json'), JSON.stringify(doc));
            const r = await run(sharedPath('upstream', 'emabler-entity-api.openapi.json'), '--connector', dir, '--format', 'json');
            expect(r.status).toBe(1);
            const findings = JSON.parse(r.stdout) as { severity: string; ruleId: string; message: string }[];
            const renamed = findings.filter((f) => f.message.startsWith('ListTransactions '));
            const seedDeclarations = MODEL.operations.find((o) => o.operationId === 'QueryChargingSessions')?.upstream?.differences ?? [];
            expect(renamed.map((f) => f.severity)).toEqual(seedDeclarations.map(() => 'error'));
            expect(renamed.every((f) => !f.message.includes('Declared:'))).toBe(true);
            // The other operations keep their declarations: nothing else is an error.
            expect(findings.filter((f) => f.severity === 'error')).toEqual(renamed);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    test('a different API-key header than upstream → upstream-security-different', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'f6-upstream-security-'));
        try {
            const doc = JSON.parse(readFileSync(join(ROOT_DIR, 'apiDefinition.swagger.json'), 'utf8'));
            doc.securityDefinitions.api_key.name = 'x-functions-key';
            writeFileSync(join(dir, 'apiDefinition.swagger.json'), JSON.stringify(doc));
            const r = await run(sharedPath('upstream', 'emabler-entity-api.openapi.json'), '--connector', dir, '--format', 'json');
            expect(r.status).toBe(1);
            const errors = (JSON.parse(r.stdout) as { severity: string; ruleId: string; pointer: string; message: string }[]).filter((f) => f.severity === 'error');
            const linked = MODEL.operations.filter((o) => o.upstream);
            const byMessage = (a: { message: string }, b: { message: string }) => a.message.localeCompare(b.message);
            expect([...errors].sort(byMessage)).toEqual(
                linked.map((o) => ({
                    file: join(dir, 'apiDefinition.swagger.json'),
                    pointer: '#/securityDefinitions/api_key/name',
                    ruleId: 'upstream-security-different',
                    severity: 'error',
                    message: `${o.operationId} security/api_key: the API key is sent in header "x-functions-key" here but upstream takes header "x-api-key" (${o.upstream?.operationId}, #/components/securitySchemes/apiKey).`,
                })).sort(byMessage),
            );
            expect(errors.map((e) => e.message.split(' ')[0])).toContain('QueryChargingSessions');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    test('our connector → exit 0 with only the declared differences as info', async () => {
        const r = await run(sharedPath('upstream', 'emabler-entity-api.openapi.json'));
        expect(r.status).toBe(0);
        expect(r.stderr).toBe('');
        const findings = r.stdout.split('\n').filter((l) => l.startsWith('apiDefinition.swagger.json#/'));
        // Declared differences plus one upstream-connector-only info per connector-only operation (the triggers).
        const declared = MODEL.operations.reduce((n, o) => n + (o.upstream?.differences.length ?? 0) + (o.connectorOnly ? 1 : 0), 0);
        expect(findings.filter((l) => l.includes('  upstream-connector-only  ')).length).toBe(MODEL.operations.filter((o) => o.connectorOnly).length);
        expect(findings.map((l) => l.split('  ')[1])).toEqual(Array(declared).fill('info'));
        expect(findings.every((l) => l.includes(' Declared: '))).toBe(true);
        expect(r.stdout.endsWith(`\n0 errors, 0 warnings, ${declared} infos\n`)).toBe(true);
    });
});
