/** Build benchmark: time to read the examples and generate both connector files from the model, and their sizes. */
import { generateProject } from './project.ts';
import type { BenchResult, BenchSuite } from './types.ts';
import { timeRuns } from './timing.ts';

export const buildBench: BenchSuite = async () => {
    const runs = 50;
    const files = generateProject();
    const ms = timeRuns(runs, () => generateProject());
    const results: BenchResult[] = [{ name: `build: generate both files (median of ${runs})`, value: ms, unit: 'ms' }];
    for (const f of files) results.push({ name: `build: ${f.name} size`, value: Buffer.byteLength(f.text), unit: 'bytes' });
    return results;
};
