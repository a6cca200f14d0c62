/**
 * Package benchmark: wall time of a full package run (build → validate → example checks → dist/),
 * in-process (median of 3 after a warm-up) and as the compiled command in a fresh process (what a
 * user waits for, minus npm's own start-up; bench/commands.ts times `npm run package` itself), plus the
 * size in bytes of each dist/ artifact.
 * Runs against a throw-away copy of the project (the real dist/ and root files are not touched).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { packConnector, type PackResult } from '../src/package/pipeline.ts';
import { copyPackageInputs, PROJECT, ROOT } from './project.ts';
import type { BenchResult, BenchSuite } from './types.ts';
import { median } from './timing.ts';

export const packageBench: BenchSuite = async () => {
    const root = mkdtempSync(join(tmpdir(), 'connector-bench-package-'));
    try {
        copyPackageInputs(root);
        const { officialSchemasDir } = PROJECT;
        const options = { project: { ...PROJECT, rootDir: root }, ...(officialSchemasDir ? { officialSchemasDir } : {}) };
        const note = officialSchemasDir ? 'with Microsoft schemas' : 'Microsoft schemas skipped (no ../shared)';

        let last: PackResult = await packConnector(options);
        const runs = 3;
        const times: number[] = [];
        for (let i = 0; i < runs; i++) {
            const t = performance.now();
            last = await packConnector(options);
            times.push(performance.now() - t);
        }
        if (last.status !== 'packaged') throw new Error(`package run reported findings: ${last.diagnostics.map((d) => d.message).join('; ')}`);

        const args = [join(ROOT, 'bin', 'emabler-connector.mjs'), 'package', '--root', root];
        if (officialSchemasDir) args.push('--official-schemas', officialSchemasDir);
        const t = performance.now();
        const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
        const scriptMs = performance.now() - t;
        if (child.status !== 0) throw new Error(`emabler-connector package exited ${child.status}: ${child.stderr}`);

        const results: BenchResult[] = [
            { name: `package: full run in-process (median of ${runs}, warm)`, value: median(times), unit: 'ms', note },
            { name: 'package: the compiled command in a fresh process (node bin/emabler-connector.mjs package, no npm)', value: scriptMs, unit: 'ms', note },
        ];
        for (const f of last.files) results.push({ name: `package: dist/${f.path}`, value: f.bytes, unit: 'bytes' });
        results.push({ name: 'package: dist/ total', value: last.files.reduce((n, f) => n + f.bytes, 0), unit: 'bytes' });
        return results;
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
};
