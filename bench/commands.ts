/**
 * Whole-process benchmark (issue G5): what a user waits for. Each command is a fresh `npm run …` process,
 * next to `spectral lint` with Spectral's OAS "recommended" ruleset on the same swagger file.
 *
 * - Paired and interleaved: every round runs every command once, in an order rotated each round, after
 *   one warm-up run each (disk cache, compiled commands, precompiled validators). A time is the median of
 *   the rounds; a ratio is the median of the per-round ratios, so every ratio comes from this one run on
 *   this one machine. Rounds: $BENCH_ROUNDS (default 9).
 * - Peak memory: one more run of each command, every node process reporting its own maxRSS at exit
 *   (through NODE_OPTIONS); the largest one other than npm itself.
 * - Spectral is not a dependency of the project: `npm run bench:setup` installs the pinned version into
 *   bench/spectral (its own package.json and lockfile), or $SPECTRAL_BIN names a spectral executable.
 *   Without either, the Spectral lines are skipped with a note.
 * The project's own files are never written: package runs on a throw-away copy (--root), try calls an
 * in-process sandbox.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SANDBOX_API_KEY, startSandbox } from '../src/emabler/sandbox/server.ts';
import { copyPackageInputs, PROJECT, ROOT, UPSTREAM_FILE } from './project.ts';
import { writeSynthetic } from './synthetic.ts';
import type { BenchResult, BenchSuite } from './types.ts';
import { median } from './timing.ts';

const SPECTRAL_DIR = join(ROOT, 'bench', 'spectral');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const SYNTHETIC_OPERATIONS = 332;

interface Command {
    id: string;
    label: string;
    cwd: string;
    argv: string[];
}

interface Run {
    ms: number;
    code: number | null;
    stderr: string;
}

function runOnce(c: Command, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
    return new Promise((done, fail) => {
        const t = performance.now();
        const child = spawn(c.argv[0]!, c.argv.slice(1), { cwd: c.cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('error', fail);
        child.on('close', (code) => done({ ms: performance.now() - t, code, stderr }));
    });
}

/** The spectral executable: $SPECTRAL_BIN, else the one `npm run bench:setup` installs. */
function spectralBin(): string | undefined {
    const bin = process.env.SPECTRAL_BIN ?? join(SPECTRAL_DIR, 'node_modules', '.bin', 'spectral');
    return existsSync(bin) ? bin : undefined;
}

export const commandsBench: BenchSuite = async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'emabler-bench-commands-'));
    const sandbox = await startSandbox({ port: 0 });
    try {
        // npm run's own start: a project whose only script does nothing.
        const npmOnly = join(tmp, 'npm-only');
        mkdirSync(npmOnly);
        writeFileSync(join(npmOnly, 'package.json'), JSON.stringify({ name: 'npm-only', private: true, scripts: { noop: 'exit 0' } }));
        const packageRoot = join(tmp, 'package-root');
        copyPackageInputs(packageRoot);
        const synthetic = join(tmp, `synthetic-${SYNTHETIC_OPERATIONS}`);
        mkdirSync(synthetic);
        writeSynthetic(synthetic, SYNTHETIC_OPERATIONS);

        const notes: BenchResult[] = [];
        const schemas = PROJECT.officialSchemasDir;
        const ms = schemas !== undefined ? ['--official-schemas', schemas] : [];
        if (schemas === undefined) notes.push({ name: "commands: Microsoft's schemas", value: 0, unit: 'count', note: 'not found beside the project: validate runs without them' });
        const npm = (id: string, label: string, args: string[]): Command => ({ id, label, cwd: ROOT, argv: ['npm', 'run', '--silent', ...args] });
        const connection = JSON.stringify({ environment: sandbox.url, api_key: DEFAULT_SANDBOX_API_KEY });
        const commands: Command[] = [
            { id: 'npm', label: "npm run's own start (a script that does nothing)", cwd: npmOnly, argv: ['npm', 'run', '--silent', 'noop'] },
            npm('help', 'npm run validate -- --help', ['validate', '--', '--help']),
            npm('validate', 'npm run validate -- .', ['validate', '--', '.']),
            npm('validate-ms', `npm run validate -- .${ms.length > 0 ? " --official-schemas (Microsoft's schemas)" : ''}`, ['validate', '--', '.', ...ms]),
            npm('validate-332', `npm run validate on a ${SYNTHETIC_OPERATIONS}-operation connector${ms.length > 0 ? " with Microsoft's schemas" : ''}`, ['validate', '--', synthetic, ...ms]),
            npm('package', 'npm run package (a throw-away --root)', ['package', '--', '--root', packageRoot]),
            npm('try', 'npm run try -- QueryChargingSessions (local sandbox)', ['try', '--', 'QueryChargingSessions', '--allow-custom-values', '--connection', connection, '--input', '{"limit":10}']),
        ];
        if (existsSync(UPSTREAM_FILE)) commands.push(npm('upstream', "npm run check:upstream (eMabler's OpenAPI)", ['check:upstream', '--', UPSTREAM_FILE]));
        else notes.push({ name: 'commands: check:upstream', value: 0, unit: 'count', note: `skipped: no ${UPSTREAM_FILE}` });
        const spectral = spectralBin();
        if (spectral !== undefined) {
            commands.push({ id: 'spectral', label: 'spectral lint apiDefinition.swagger.json (OAS recommended)', cwd: ROOT, argv: [spectral, 'lint', 'apiDefinition.swagger.json', '--ruleset', join(SPECTRAL_DIR, 'oas.spectral.yaml')] });
        } else {
            notes.push({ name: 'commands: spectral lint', value: 0, unit: 'count', note: 'skipped: run "npm run bench:setup" (installs Spectral into bench/spectral) or set SPECTRAL_BIN' });
        }

        // Warm-up; its exit code is the one every timed run must give (a different one would time another path).
        const expected = new Map<string, number | null>();
        for (const c of commands) {
            const r = await runOnce(c);
            if (r.code !== 0 && r.code !== 1) throw new Error(`${c.label} exited ${r.code}: ${r.stderr.slice(0, 500)}`);
            expected.set(c.id, r.code);
        }
        const times = new Map<string, number[]>(commands.map((c) => [c.id, []]));
        for (let round = 0; round < ROUNDS; round++) {
            for (let k = 0; k < commands.length; k++) {
                const c = commands[(k + round) % commands.length]!;
                const r = await runOnce(c);
                if (r.code !== expected.get(c.id)) throw new Error(`${c.label} exited ${r.code}, in the warm-up ${expected.get(c.id)}: ${r.stderr.slice(0, 500)}`);
                times.get(c.id)!.push(r.ms);
            }
        }
        const med = (id: string) => median(times.get(id) ?? []);
        const ratio = (id: string, base: string) => median((times.get(id) ?? []).map((t, i) => t / times.get(base)![i]!));

        const probe = join(tmp, 'rss-probe.mjs');
        const rssFile = join(tmp, 'rss.jsonl');
        writeFileSync(probe, "import { appendFileSync } from 'node:fs';\nprocess.on('exit', () => appendFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ script: process.argv[1] ?? '', kb: process.resourceUsage().maxRSS }) + '\\n'));\n");
        const peak = new Map<string, number>();
        for (const c of commands) {
            rmSync(rssFile, { force: true });
            await runOnce(c, { ...process.env, BENCH_RSS_FILE: rssFile, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${pathToFileURL(probe).href}`.trim() });
            const lines = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { script: string; kb: number }) : [];
            const own = lines.filter((l) => c.id === 'npm' || !/[/\\]npm(-cli\.js)?$/.test(l.script));
            peak.set(c.id, Math.max(0, ...own.map((l) => l.kb)) * 1024);
        }

        const results: BenchResult[] = [];
        for (const c of commands) {
            const parts = [`median of ${ROUNDS}`, `exit ${expected.get(c.id)}`];
            if (c.id !== 'npm') parts.push(`${(med(c.id) - med('npm')).toFixed(0)} ms beyond npm run's own start`);
            if (spectral !== undefined && c.id !== 'spectral' && c.id !== 'npm') parts.push(`${(1 / ratio(c.id, 'spectral')).toFixed(2)}× as fast as Spectral`);
            results.push({ name: `commands: ${c.label}`, value: med(c.id), unit: 'ms', note: parts.join('; ') });
        }
        if (spectral !== undefined) {
            results.push({ name: 'commands: Spectral time / npm run validate -- . time (G5: at least 2)', value: 1 / ratio('validate', 'spectral'), unit: 'ratio' });
        }
        results.push({ name: 'commands: validate --help beyond npm run (G5: under 300)', value: median((times.get('help') ?? []).map((t, i) => t - times.get('npm')![i]!)), unit: 'ms', note: 'median of the per-round differences' });
        for (const c of commands) results.push({ name: `memory: peak RSS, ${c.label}`, value: peak.get(c.id) ?? 0, unit: 'bytes' });
        return [...results, ...notes];
    } finally {
        await sandbox.close();
        rmSync(tmp, { recursive: true, force: true });
    }
};
