/** Build benchmark: time to generate both connector files from the model, and their sizes. */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateConnectorFiles } from '../src/build/generate.ts';
import type { BenchResult, BenchSuite } from './types.ts';

const ROOT = resolve(import.meta.dirname, '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export const buildBench: BenchSuite = async () => {
    const runs = 50;
    const times: number[] = [];
    let files = generateConnectorFiles(ROOT);
    for (let i = 0; i < runs; i++) {
        const t = performance.now();
        files = generateConnectorFiles(ROOT);
        times.push(performance.now() - t);
    }
    const results: BenchResult[] = [{ name: `build: generate both files (median of ${runs})`, value: median(times), unit: 'ms' }];
    for (const f of files) results.push({ name: `build: ${f.name} size`, value: Buffer.byteLength(f.text), unit: 'bytes' });
    return results;
};
