/**
 * Compiles connector custom code (script.csx) together with the stand-ins and the runner in
 * ./csharp into one executable for Mono. The result is cached in <project>/.tmp/custom-code (git-ignored),
 * named by a SHA-256 of every input (sources, references, compiler version, flags), and written
 * atomically: compiled into a private temporary folder, then renamed into place, so parallel test
 * workers never see half an assembly.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ToolError } from '../../core/errors.ts';
import { findProjectRoot } from '../../cli/io.ts';
import { cacheKey } from '../../precompile/cache.ts';
import { requireMono, type MonoToolchain } from './mono.ts';

/**
 * The C# sources beside this file, found from the toolkit's folder: the compiled commands run from
 * bundles in .build/, where import.meta.dirname is the bundle's folder, not this one (docs/performance.md).
 */
export const CSHARP_DIR = resolve(findProjectRoot(import.meta.dirname), 'src', 'harness', 'custom-code', 'csharp');
/** Where compiled scripts are cached, relative to the project root. */
export const CACHE_DIR = '.tmp/custom-code';
/** Bump to invalidate every cached assembly. */
const CACHE_VERSION = '1';
const MCS_FLAGS = ['-nologo', '-target:exe', '-optimize+', '-warn:4'];

export interface CompileOptions {
    /** The custom code (absolute, or relative to the working folder). */
    scriptPath: string;
    /** The cache folder (usually <project root>/.tmp/custom-code). */
    cacheDir: string;
    toolchain?: MonoToolchain;
}

export interface CompiledScript {
    /** Path of the executable (run with `mono <assembly>`). */
    assembly: string;
    hash: string;
    /** True when the assembly came from the cache. */
    cached: boolean;
    /** Time spent compiling (0 when cached). */
    compileMs: number;
    /** Compiler warnings (file(line,col): warning CSxxxx: …). */
    warnings: string[];
    scriptPath: string;
}

export class ScriptCompileError extends ToolError {
    override name = 'ScriptCompileError';
}

function sources(scriptPath: string): { name: string; path: string; text: string }[] {
    let script: string;
    try {
        script = readFileSync(scriptPath, 'utf8');
    } catch (e) {
        throw new ToolError(scriptPath, undefined, `cannot read the custom code: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const harness = readdirSync(CSHARP_DIR)
        .filter((f) => f.endsWith('.cs'))
        .sort()
        .map((f) => ({ name: `csharp/${f}`, path: join(CSHARP_DIR, f), text: readFileSync(join(CSHARP_DIR, f), 'utf8') }));
    return [...harness, { name: 'script.csx', path: scriptPath, text: script }];
}

export function compileScript(options: CompileOptions): CompiledScript {
    const toolchain = options.toolchain ?? requireMono();
    const scriptPath = resolve(options.scriptPath);
    const cacheDir = resolve(options.cacheDir);
    const inputs = sources(scriptPath);

    const hash = cacheKey({ version: CACHE_VERSION, mono: toolchain.version, flags: MCS_FLAGS, references: toolchain.references }, ...inputs.flatMap((s) => [s.name, s.text]));
    const assembly = join(cacheDir, `script-${hash.slice(0, 24)}.exe`);
    if (existsSync(assembly)) return { assembly, hash, cached: true, compileMs: 0, warnings: [], scriptPath };

    mkdirSync(cacheDir, { recursive: true });
    const work = mkdtempSync(join(cacheDir, '.build-'));
    try {
        const out = join(work, basename(assembly));
        const args = [...MCS_FLAGS, `-out:${out}`, ...toolchain.references.map((r) => `-r:${r}`), ...inputs.map((s) => s.path)];
        const started = performance.now();
        const r = spawnSync(toolchain.mcs, args, { encoding: 'utf8', timeout: 120_000 });
        const compileMs = Math.round(performance.now() - started);
        const lines = `${r.stdout ?? ''}${r.stderr ?? ''}`.split('\n').map((l) => l.trim()).filter((l) => l !== '');
        if (r.error || r.status !== 0 || !existsSync(out)) {
            const errors = lines.filter((l) => /error CS\d+/.test(l));
            const detail = (errors.length > 0 ? errors : lines).slice(0, 20).join('\n  ') || (r.error?.message ?? `exit ${r.status}`);
            throw new ScriptCompileError(scriptPath, undefined, `the custom code does not compile with Mono (${toolchain.mcs}):\n  ${detail}`);
        }
        renameSync(out, assembly);
        return { assembly, hash, cached: false, compileMs, warnings: lines.filter((l) => /warning CS\d+/.test(l)), scriptPath };
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
}
