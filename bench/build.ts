/** Build benchmark: time to generate both connector files from the model, and their sizes. */
import { resolve } from 'node:path';
import { generateConnectorFiles } from '../src/build/generate.ts';
import type { BenchResult, BenchSuite } from './types.ts';
import { timeRuns } from './timing.ts';

const ROOT = resolve(import.meta.dirname, '..');

export const buildBench: BenchSuite = async () => {
    const runs = 50;
    const files = generateConnectorFiles(ROOT);
    const ms = timeRuns(runs, () => generateConnectorFiles(ROOT));
    const results: BenchResult[] = [{ name: `build: generate both files (median of ${runs})`, value: ms, unit: 'ms' }];
    for (const f of files) results.push({ name: `build: ${f.name} size`, value: Buffer.byteLength(f.text), unit: 'bytes' });
    return results;
};
