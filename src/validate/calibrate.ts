/**
 * Calibration (G4): run the validator in process over many connector folders and count, per rule, on
 * how many connectors it fires as an error, a warning and an info, plus the exit-code split (0 / 1 / 2)
 * and the cost per connector. The library half of `npm run calibrate` (src/validate/calibrate-cli.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exitCodeFor, type Diagnostic } from '../core/diagnostic.ts';
import { ToolError } from '../core/errors.ts';
import { isDirectory, SWAGGER_FILE } from '../core/files.ts';
import { toPointer } from '../core/pointer.ts';
import type { OfficialSchemaValidators } from './ajv.ts';
import { findFileIgnoringCase } from './file-checks.ts';
import { validateConnectorDir } from './index.ts';

export interface ConnectorResult {
    /** Folder, relative to the calibration root ("." for the root itself). */
    name: string;
    exit: 0 | 1 | 2;
    /** Wall time of validateConnectorDir in ms. */
    ms: number;
    /** CPU time (user + system) of this process during the call, in ms: steadier than wall time on a busy machine. */
    cpuMs: number;
    /** Why the folder could not be validated (exit 2). */
    cannot?: string;
    diagnostics: Diagnostic[];
}

export interface RuleCount {
    ruleId: string;
    /** Connectors with at least one finding of this rule at this severity. */
    errorConnectors: number;
    warnConnectors: number;
    infoConnectors: number;
    /** Findings in total. */
    findings: number;
}

export interface CalibrationSummary {
    connectors: number;
    exit: Record<0 | 1 | 2, number>;
    /** Over the connectors that could be validated (exit 0 or 1); 0 when there are none. */
    medianMs: number;
    p95Ms: number;
    medianCpuMs: number;
    /** Sorted by connectors with an error, then with a warning, then with an info, then id. */
    rules: RuleCount[];
}

/**
 * Connector folders under `root`: `root` itself when it holds a swagger file, else every folder below
 * it (up to `depth` levels: 2 covers a checkout of microsoft/PowerPlatformConnectors, whose connectors
 * sit in certified-connectors/<name>) that does, in name order. Hidden folders and node_modules are skipped.
 */
export function findConnectorDirs(root: string, depth = 2): string[] {
    // In any letter case: the validator reads a differently cased swagger file too.
    if (findFileIgnoringCase(root, SWAGGER_FILE) !== undefined) return [root];
    if (depth === 0) return [];
    let names: string[];
    try {
        names = readdirSync(root).sort();
    } catch {
        return [];
    }
    return names.filter((n) => !n.startsWith('.') && n !== 'node_modules' && isDirectory(join(root, n))).flatMap((n) => findConnectorDirs(join(root, n), depth - 1));
}

/**
 * The folders a `--list` file names, one per line relative to `root` (blank lines and lines starting
 * with "#" skipped). `shown` is how messages name the list file.
 */
export function readConnectorList(root: string, listFile: string, shown: string = listFile): string[] {
    let text: string;
    try {
        text = readFileSync(listFile, 'utf8');
    } catch (e) {
        throw new ToolError(shown, undefined, `cannot read the list (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
    }
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'))
        .map((l) => join(root, l));
}

const cpuNow = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
};

/** Validates one folder; a folder that cannot be validated (ToolError) is exit 2 with the reason. */
export async function calibrateOne(dir: string, name: string, officialSchemas?: OfficialSchemaValidators): Promise<ConnectorResult> {
    const t0 = performance.now();
    const c0 = cpuNow();
    const elapsed = () => ({ ms: performance.now() - t0, cpuMs: cpuNow() - c0 });
    try {
        const diagnostics = await validateConnectorDir(dir, { shownDir: name, ...(officialSchemas ? { officialSchemas } : {}) });
        return { name, exit: exitCodeFor(diagnostics), ...elapsed(), diagnostics };
    } catch (e) {
        if (!(e instanceof ToolError)) throw e;
        return { name, exit: 2, ...elapsed(), cannot: e.message, diagnostics: [] };
    }
}

/** Nearest-rank percentile (0 for no samples). */
export function percentile(xs: readonly number[], p: number): number {
    if (xs.length === 0) return 0;
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.max(0, Math.ceil(s.length * p) - 1))]!;
}

export function summarise(results: readonly ConnectorResult[]): CalibrationSummary {
    const rules = new Map<string, RuleCount>();
    for (const r of results) {
        const seen = new Set<string>();
        for (const d of r.diagnostics) {
            let c = rules.get(d.ruleId);
            if (!c) rules.set(d.ruleId, (c = { ruleId: d.ruleId, errorConnectors: 0, warnConnectors: 0, infoConnectors: 0, findings: 0 }));
            c.findings++;
            const key = `${d.ruleId}\0${d.severity}`;
            if (seen.has(key)) continue;
            seen.add(key);
            if (d.severity === 'error') c.errorConnectors++;
            else if (d.severity === 'warn') c.warnConnectors++;
            else c.infoConnectors++;
        }
    }
    const exit: Record<0 | 1 | 2, number> = { 0: 0, 1: 0, 2: 0 };
    for (const r of results) exit[r.exit]++;
    const ran = results.filter((r) => r.exit !== 2);
    return {
        connectors: results.length,
        exit,
        medianMs: percentile(ran.map((r) => r.ms), 0.5),
        p95Ms: percentile(ran.map((r) => r.ms), 0.95),
        medianCpuMs: percentile(ran.map((r) => r.cpuMs), 0.5),
        rules: [...rules.values()].sort(
            (a, b) => b.errorConnectors - a.errorConnectors || b.warnConnectors - a.warnConnectors || b.infoConnectors - a.infoConnectors || (a.ruleId < b.ruleId ? -1 : 1),
        ),
    };
}

const pct = (n: number, of: number) => (of === 0 ? '0.0' : ((100 * n) / of).toFixed(1));

/** The summary line, the connectors that could not be validated, and the per-rule table (Markdown). */
export function formatSummary(s: CalibrationSummary, results: readonly ConnectorResult[]): string {
    const lines = [
        `${s.connectors} connector(s): exit 0 ${s.exit[0]} (${pct(s.exit[0], s.connectors)} %), exit 1 ${s.exit[1]}, exit 2 ${s.exit[2]}`,
        `validate per connector: median ${s.medianMs.toFixed(1)} ms wall (p95 ${s.p95Ms.toFixed(1)} ms), median ${s.medianCpuMs.toFixed(1)} ms CPU`,
    ];
    for (const r of results.filter((x) => x.exit === 2)) lines.push(`cannot validate ${r.name}: ${r.cannot ?? ''}`);
    lines.push('', '| rule | connectors with error | with warning | with info | findings |', '| --- | ---: | ---: | ---: | ---: |');
    for (const r of s.rules) lines.push(`| ${r.ruleId} | ${r.errorConnectors} | ${r.warnConnectors} | ${r.infoConnectors} | ${r.findings} |`);
    return lines.join('\n') + '\n';
}

/** `--json`: per connector its exit code, times and finding counts by rule and severity. */
export function resultsJson(results: readonly ConnectorResult[]): string {
    const perConnector = results.map((r) => {
        const rules: Record<string, Partial<Record<Diagnostic['severity'], number>>> = {};
        for (const d of r.diagnostics) {
            const c = (rules[d.ruleId] ??= {});
            c[d.severity] = (c[d.severity] ?? 0) + 1;
        }
        return { name: r.name, exit: r.exit, ms: Math.round(r.ms * 10) / 10, cpuMs: Math.round(r.cpuMs * 10) / 10, ...(r.cannot !== undefined ? { cannot: r.cannot } : {}), rules };
    });
    return JSON.stringify(perConnector, null, 1) + '\n';
}

/** `--findings`: one JSON line per finding: connector, file, pointer, rule, severity, message. */
export function findingsJsonl(results: readonly ConnectorResult[]): string {
    const lines = results.flatMap((r) =>
        r.diagnostics.map((d) => JSON.stringify({ connector: r.name, file: d.file ?? SWAGGER_FILE, pointer: toPointer(d.path), ruleId: d.ruleId, severity: d.severity, message: d.message })),
    );
    return lines.map((l) => l + '\n').join('');
}
