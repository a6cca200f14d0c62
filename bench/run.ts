/**
 * npm run bench [-- --only build,validate,...] [--json FILE]
 * Runs every benchmark suite under bench/ and prints one line per figure. Figures are measurements,
 * never pass/fail gates. Runs on tsx (package.json), not compiled like the commands in scripts/.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BenchResult, BenchSuite } from './types.ts';
import { writeFileAtomic } from '../src/core/atomic-write.ts';

const SUITES: { id: string; file: string; exportName: string }[] = [
    { id: 'build', file: 'build.ts', exportName: 'buildBench' },
    { id: 'validate', file: 'validate.ts', exportName: 'validateBench' },
    { id: 'calibrate', file: 'calibrate.ts', exportName: 'calibrateBench' },
    { id: 'contract', file: 'contract.ts', exportName: 'contractBench' },
    { id: 'package', file: 'package.ts', exportName: 'packageBench' },
    { id: 'sandbox', file: 'sandbox.ts', exportName: 'sandboxBench' },
    { id: 'drift', file: 'drift.ts', exportName: 'driftBench' },
    { id: 'commands', file: 'commands.ts', exportName: 'commandsBench' },
];

const args = process.argv.slice(2);
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? (args[onlyArg + 1] ?? '').split(',') : undefined;
const jsonArg = args.indexOf('--json');
const jsonFile = jsonArg >= 0 ? args[jsonArg + 1] : undefined;

const benchDir = import.meta.dirname;
const all: (BenchResult & { suite: string })[] = [];
let failed = false;
for (const suite of SUITES) {
    if (only && !only.includes(suite.id)) continue;
    const path = resolve(benchDir, suite.file);
    if (!existsSync(path)) continue;
    const mod = (await import(path)) as Record<string, BenchSuite | undefined>;
    const run = mod[suite.exportName];
    if (!run) {
        process.stderr.write(`bench: ${suite.file} does not export ${suite.exportName}\n`);
        failed = true;
        continue;
    }
    process.stdout.write(`== ${suite.id}\n`);
    try {
        for (const r of await run()) {
            all.push({ suite: suite.id, ...r });
            const value = r.unit === 'bytes' ? r.value.toLocaleString('en-US') : Number(r.value.toFixed(2)).toString();
            process.stdout.write(`  ${r.name}: ${value} ${r.unit}${r.note ? `  (${r.note})` : ''}\n`);
        }
    } catch (e) {
        process.stderr.write(`bench: suite ${suite.id} failed: ${(e as Error).message}\n`);
        failed = true;
    }
}
if (jsonFile) writeFileAtomic(resolve(jsonFile), JSON.stringify(all, null, 4) + '\n');
process.exitCode = failed ? 2 : 0;
