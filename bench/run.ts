/**
 * npm run bench [-- --only build,validate,...] [--json FILE]
 * Runs every benchmark suite under bench/ and prints one line per figure. Figures are measurements,
 * never pass/fail gates. Runs on tsx (package.json), not compiled like the commands in scripts/.
 */
import { resolve } from 'node:path';
import { parseCommand, stringOption } from '../src/cli/args.ts';
import { processIo, runCommand } from '../src/cli/io.ts';
import { writeFileAtomic } from '../src/core/atomic-write.ts';
import { UsageError } from '../src/core/errors.ts';
import type { BenchResult, BenchSuite } from './types.ts';

/** Each suite is loaded only when it runs. */
const SUITES: { id: string; load: () => Promise<BenchSuite> }[] = [
    { id: 'build', load: async () => (await import('./build.ts')).buildBench },
    { id: 'validate', load: async () => (await import('./validate.ts')).validateBench },
    { id: 'calibrate', load: async () => (await import('./calibrate.ts')).calibrateBench },
    { id: 'contract', load: async () => (await import('./contract.ts')).contractBench },
    { id: 'package', load: async () => (await import('./package.ts')).packageBench },
    { id: 'sandbox', load: async () => (await import('./sandbox.ts')).sandboxBench },
    { id: 'drift', load: async () => (await import('./drift.ts')).driftBench },
    { id: 'commands', load: async () => (await import('./commands.ts')).commandsBench },
];

const USAGE = `usage: npm run bench [-- --only ${SUITES.map((s) => s.id).join(',')}] [--json FILE]`;
const SPEC = { options: { only: { type: 'string' }, json: { type: 'string' } }, positionals: { min: 0, max: 0 } } as const;

const io = processIo();
process.exitCode = await runCommand({ name: 'bench', usage: USAGE }, io, async () => {
    const args = parseCommand(process.argv.slice(2), SPEC);
    if (args.help) {
        io.stdout(`${USAGE}\n`);
        return 0;
    }
    const only = stringOption(args.values, 'only')?.split(',');
    const unknown = only?.filter((id) => !SUITES.some((s) => s.id === id)) ?? [];
    if (unknown.length > 0) throw new UsageError(`no benchmark suite ${unknown.join(', ')}`);
    const jsonFile = stringOption(args.values, 'json');

    const all: (BenchResult & { suite: string })[] = [];
    let failed = false;
    for (const suite of SUITES) {
        if (only && !only.includes(suite.id)) continue;
        io.stdout(`== ${suite.id}\n`);
        try {
            for (const r of await (await suite.load())()) {
                all.push({ suite: suite.id, ...r });
                const value = r.unit === 'bytes' ? r.value.toLocaleString('en-US') : Number(r.value.toFixed(2)).toString();
                io.stdout(`  ${r.name}: ${value} ${r.unit}${r.note ? `  (${r.note})` : ''}\n`);
            }
        } catch (e) {
            io.stderr(`bench: suite ${suite.id} failed: ${(e as Error).message}\n`);
            failed = true;
        }
    }
    if (jsonFile) writeFileAtomic(resolve(io.cwd, jsonFile), JSON.stringify(all, null, 4) + '\n');
    return failed ? 2 : 0;
});
