/**
 * Validator benchmark: wall time of validateConnectorDir on our connector (median of N warm runs,
 * plus the first, cold call), on a synthetic 300-operation connector written to a temp folder, and on
 * each real connector in ../shared/corpus/connectors (median of 3 warm runs each; skipped with a note
 * when the corpus is absent). Uses Microsoft's schemas from ../shared when present (as CI does).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateConnectorDir } from '../src/validate/index.ts';
import { CORPUS_DIR, PROJECT, ROOT } from './project.ts';
import { writeSynthetic } from './synthetic.ts';
import type { BenchResult, BenchSuite } from './types.ts';
import { median, time } from './timing.ts';

export const validateBench: BenchSuite = async () => {
    const { officialSchemasDir } = PROJECT;
    const options = officialSchemasDir !== undefined ? { officialSchemasDir } : {};
    const note = officialSchemasDir !== undefined ? "all layers, Microsoft's schemas from ../shared" : 'layers 1, 2, 4, 5 (no ../shared)';
    const results: BenchResult[] = [];

    results.push({ name: 'validate: our connector, first call (cold: schema compile + swagger-parser warm-up)', value: await time(() => validateConnectorDir(ROOT, options)), unit: 'ms', note });
    const runs = 20;
    const ours: number[] = [];
    for (let i = 0; i < runs; i++) ours.push(await time(() => validateConnectorDir(ROOT, options)));
    results.push({ name: `validate: our connector (median of ${runs})`, value: median(ours), unit: 'ms', note });

    const ops = 300;
    const dir = mkdtempSync(join(tmpdir(), 'emabler-bench-validate-'));
    try {
        writeSynthetic(dir, ops);
        const big: number[] = [];
        for (let i = 0; i < 5; i++) big.push(await time(() => validateConnectorDir(dir, options)));
        const findings = await validateConnectorDir(dir, options);
        results.push({ name: `validate: synthetic connector with ${ops} operations (median of 5)`, value: median(big), unit: 'ms', note: `${note}; ${findings.length} finding(s): ${[...new Set(findings.map((f) => f.ruleId))].join(', ')}` });
        results.push({ name: `validate: synthetic connector size`, value: readFileSync(join(dir, 'apiDefinition.swagger.json')).length, unit: 'bytes' });
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }

    if (!existsSync(CORPUS_DIR)) {
        results.push({ name: 'validate: corpus connectors', value: 0, unit: 'count', note: `skipped: no corpus at ${CORPUS_DIR}` });
        return results;
    }
    const names = readdirSync(CORPUS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    const slowest = { name: '', ms: 0 };
    for (const name of names) {
        const folder = join(CORPUS_DIR, name);
        const times: number[] = [];
        for (let i = 0; i < 3; i++) times.push(await time(() => validateConnectorDir(folder, options)));
        const ms = median(times);
        if (ms > slowest.ms) Object.assign(slowest, { name, ms });
        const kb = Math.round(statSync(join(folder, 'apiDefinition.swagger.json')).size / 1024);
        results.push({ name: `validate: corpus ${name} (median of 3)`, value: ms, unit: 'ms', note: `${note}; swagger ${kb} KiB` });
    }
    results.push({ name: 'validate: slowest corpus connector', value: slowest.ms, unit: 'ms', note: slowest.name });
    return results;
};
