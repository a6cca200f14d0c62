/** Timing helpers shared by the benchmark suites. */
import { performance } from 'node:perf_hooks';

/** Median (mean of the two middle values for an even count); NaN for no samples. */
export function median(xs: readonly number[]): number {
    if (xs.length === 0) return NaN;
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median wall time in ms of `runs` synchronous calls. */
export function timeRuns(runs: number, fn: () => void): number {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
        const t = performance.now();
        fn();
        times.push(performance.now() - t);
    }
    return median(times);
}

/** Wall time in ms of one asynchronous call. */
export async function time(fn: () => Promise<unknown>): Promise<number> {
    const t = performance.now();
    await fn();
    return performance.now() - t;
}
