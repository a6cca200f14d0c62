/** The offline C# toolchain: Mono lookup, compiling script.csx with the stand-ins (cached by content), running it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compileScript, ScriptCompileError } from '../../../src/harness/custom-code/compile.ts';
import { findMono, MONO_INSTALL_HINT, MONO_TOOLCHAIN_PATH_ENV, MonoMissingError, requireMono } from '../../../src/harness/custom-code/mono.ts';
import { runScript } from '../../../src/harness/custom-code/run.ts';
import { describeMono } from '../../helpers/mono.ts';
import { PROJECT } from '../../helpers/project.ts';
import { ROOT_DIR } from '../../helpers/shared.ts';
import { thrown } from '../../helpers/thrown.ts';

const scriptPath = join(ROOT_DIR, PROJECT.scriptFile!);
const script = readFileSync(scriptPath, 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'custom-code-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('Mono lookup', () => {
    test('a missing compiler is named, with the install command (ToolError: exit 2)', () => {
        expect(findMono({ PATH: join(scratch, 'nothing-here') })).toEqual({ ok: false, missing: 'the C# compiler "mcs"' });
        const e = thrown(() => requireMono({ [MONO_TOOLCHAIN_PATH_ENV]: join(scratch, 'nothing-here') }));
        expect(e).toBeInstanceOf(MonoMissingError);
        expect(e.message).toBe(`Mono is needed to compile and run the connector's custom code (script.csx), but the C# compiler "mcs" was not found. Install it with: ${MONO_INSTALL_HINT}`);
        expect(MONO_INSTALL_HINT).toBe('apt-get install -y mono-mcs mono-runtime libmono-system-net-http4.0-cil libnewtonsoft-json5.0-cil');
    });
});

describeMono('.ci/install-mono', () => {
    test('is idempotent: with Mono present it installs nothing and says so (exit 0)', () => {
        const r = spawnSync(join(ROOT_DIR, '.ci', 'install-mono'), { encoding: 'utf8' });
        expect([r.status, r.stdout.split(':')[0], r.stderr]).toEqual([0, 'Mono present', '']);
    });
});

describeMono('compiling script.csx with Mono', () => {
    const cacheDir = join(scratch, 'cache');

    test('compiles without warnings, then comes from the cache; only the finished assembly is left', () => {
        const first = compileScript({ scriptPath, cacheDir });
        expect([first.cached, first.warnings]).toEqual([false, []]);
        console.log(`[measure] compile script.csx (${Buffer.byteLength(script)} bytes): ${first.compileMs} ms, assembly ${statSync(first.assembly).size} bytes`);
        const second = compileScript({ scriptPath, cacheDir });
        expect(second).toEqual({ ...first, cached: true, compileMs: 0, warnings: [] });
        expect(readdirSync(cacheDir)).toEqual([`script-${first.hash.slice(0, 24)}.exe`]);
    });

    test('another script gets another assembly', () => {
        const changed = join(scratch, 'changed.csx');
        writeFileSync(changed, script.replace('IdleRetryAfterSeconds = 60', 'IdleRetryAfterSeconds = 61'));
        const a = compileScript({ scriptPath, cacheDir });
        const b = compileScript({ scriptPath: changed, cacheDir });
        expect(b.hash).not.toBe(a.hash);
        expect(b.assembly).not.toBe(a.assembly);
    });

    test('a script that does not compile is a ScriptCompileError (exit 2) with the compiler message', () => {
        const broken = join(scratch, 'broken.csx');
        writeFileSync(broken, 'public class Script : ScriptBase { public override async Task<HttpResponseMessage> ExecuteAsync() { return Missing(); } }');
        const e = thrown(() => compileScript({ scriptPath: broken, cacheDir }));
        expect(e).toBeInstanceOf(ScriptCompileError);
        expect(e.message).toMatch(/broken\.csx: the custom code does not compile with Mono \(.*mcs\):\n {2}.*broken\.csx\(1,\d+\): error CS0246: The type or namespace name `Task' could not be found/);
    });

    test('the runner reports an exception the script throws, with no call made', async () => {
        const throwing = join(scratch, 'throwing.csx');
        writeFileSync(throwing, 'using System; using System.Net.Http; using System.Threading.Tasks;\npublic class Script : ScriptBase { public override Task<HttpResponseMessage> ExecuteAsync() { throw new InvalidOperationException("boom " + this.Context.OperationId); } }');
        const run = await runScript(compileScript({ scriptPath: throwing, cacheDir }), {
            operationId: 'Anything',
            originalRequestUri: 'https://connector.invalid/x',
            request: { method: 'GET', url: 'http://127.0.0.1:9/x', headers: {} },
        });
        expect(run.ok ? run : { ok: run.ok, exception: run.exception, sends: run.sends }).toEqual({
            ok: false,
            exception: { type: 'System.InvalidOperationException', message: 'boom Anything' },
            sends: [],
        });
    });
});
