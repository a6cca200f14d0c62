/**
 * Finds the offline C# toolchain the harness compiles and runs connector custom code with: Mono from
 * Debian (mcs, mono, System.Net.Http, Newtonsoft.Json). When any part is missing, requireMono throws
 * a MonoMissingError (a ToolError: CLI exit 2) that says what to install.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { ToolError } from '../../core/errors.ts';

export const MONO_PACKAGES = ['mono-mcs', 'mono-runtime', 'libmono-system-net-http4.0-cil', 'libnewtonsoft-json5.0-cil'] as const;
export const MONO_INSTALL_HINT = `apt-get install -y ${MONO_PACKAGES.join(' ')}`;

export interface MonoToolchain {
    /** The C# compiler. */
    mcs: string;
    /** The runtime. */
    mono: string;
    /** Assemblies passed to mcs with -r: (System.Net.Http, Newtonsoft.Json). */
    references: string[];
    /** `mcs --version` and `mono --version` first lines: part of the compile cache key. */
    version: string;
}

export class MonoMissingError extends ToolError {
    override name = 'MonoMissingError';
    constructor(readonly missing: string) {
        super(undefined, undefined, `Mono is needed to compile and run the connector's custom code (script.csx), but ${missing} was not found. Install it with: ${MONO_INSTALL_HINT}`);
    }
}

function onPath(name: string, path: string | undefined): string | undefined {
    for (const dir of (path ?? '').split(delimiter)) {
        if (dir === '') continue;
        const candidate = join(dir, name);
        try {
            accessSync(candidate, constants.X_OK);
            return candidate;
        } catch {
            // not here
        }
    }
    return undefined;
}

function firstLine(command: string, args: string[]): string {
    const r = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 });
    return (r.stdout ?? '').split('\n')[0]?.trim() ?? '';
}

/** Newest Newtonsoft.Json.dll in the GAC under `monoLib` (…/lib/mono). */
function findNewtonsoft(monoLib: string): string | undefined {
    const gac = join(monoLib, 'gac', 'Newtonsoft.Json');
    if (!existsSync(gac)) return undefined;
    const versions = readdirSync(gac).sort().reverse();
    for (const v of versions) {
        const dll = join(gac, v, 'Newtonsoft.Json.dll');
        if (existsSync(dll)) return dll;
    }
    return undefined;
}

export type MonoLookup = { ok: true; toolchain: MonoToolchain } | { ok: false; missing: string };

/**
 * Environment variable that, when set, replaces PATH for the lookup (a folder holding mcs and mono; an
 * empty folder makes the toolchain "missing", which is how the tests reach that path).
 */
export const MONO_TOOLCHAIN_PATH_ENV = 'CUSTOM_CODE_MONO_PATH';

/** Look for the toolchain on PATH (or on $CUSTOM_CODE_MONO_PATH when set). */
export function findMono(env: Readonly<Record<string, string | undefined>> = process.env): MonoLookup {
    const path = env[MONO_TOOLCHAIN_PATH_ENV] ?? env['PATH'];
    const mcs = onPath('mcs', path);
    if (!mcs) return { ok: false, missing: 'the C# compiler "mcs"' };
    const mono = onPath('mono', path);
    if (!mono) return { ok: false, missing: 'the runtime "mono"' };
    const monoLib = join(dirname(dirname(mono)), 'lib', 'mono');
    const http = join(monoLib, '4.5', 'System.Net.Http.dll');
    if (!existsSync(http)) return { ok: false, missing: `System.Net.Http (${http})` };
    const newtonsoft = findNewtonsoft(monoLib);
    if (!newtonsoft) return { ok: false, missing: `Newtonsoft.Json (in ${join(monoLib, 'gac')})` };
    const version = `${firstLine(mcs, ['--version'])} / ${firstLine(mono, ['--version'])}`;
    return { ok: true, toolchain: { mcs, mono, references: [http, newtonsoft], version } };
}

const found = new Map<string, MonoToolchain>();

/** The toolchain, or a MonoMissingError. Looked up once per process and search path. */
export function requireMono(env: Readonly<Record<string, string | undefined>> = process.env): MonoToolchain {
    const key = env[MONO_TOOLCHAIN_PATH_ENV] ?? env['PATH'] ?? '';
    const known = found.get(key);
    if (known) return known;
    const lookup = findMono(env);
    if (!lookup.ok) throw new MonoMissingError(lookup.missing);
    found.set(key, lookup.toolchain);
    return lookup.toolchain;
}
