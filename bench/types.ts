/** One measured figure printed by `npm run bench`. */
export interface BenchResult {
    /** What was measured, e.g. "validate: our connector (median of 20)". */
    name: string;
    value: number;
    unit: 'ms' | 's' | 'bytes' | 'requests' | 'req/s' | 'count' | 'ratio';
    note?: string;
}

export type BenchSuite = () => Promise<BenchResult[]>;
