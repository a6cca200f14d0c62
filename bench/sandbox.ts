/**
 * Sandbox / harness benchmark (issue F5):
 * - requests and wall time to read all 10,000 sessions of one month through the harness
 *   (readAllPages over QueryChargingSessions) at limit 100 vs 1000 — the physical minimum at 1000 is 10 requests;
 * - dataset generation time for the default 20,000 sessions;
 * - sandbox throughput at limit 100 (bounded loop of direct POSTs on loopback, 8 in flight).
 * Loopback only; every server is closed before returning.
 */
import { performance } from 'node:perf_hooks';
import { createHarness } from '../src/harness/execute.ts';
import { readAllPages } from '../src/harness/paging.ts';
import { pagedOperations } from '../src/swagger/paging.ts';
import { generateDataset } from '../src/emabler/sandbox/dataset.ts';
import { startSandbox } from '../src/emabler/sandbox/server.ts';
import type { BenchResult, BenchSuite } from './types.ts';
import { median, timeRuns } from './timing.ts';
import { ROOT } from './project.ts';

const KEY = 'fake-bench-key-0000';
const MONTH = { from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' };
const MONTH_FILTER = { startTime: '2026-10-01T00:00:00Z', startTimeSearchEnd: '2026-10-31T23:59:59.999Z' };

export const sandboxBench: BenchSuite = async () => {
    const results: BenchResult[] = [];

    results.push({ name: 'sandbox: generate the default 20,000 sessions (median of 5)', value: timeRuns(5, () => generateDataset()), unit: 'ms' });

    const sandbox = await startSandbox({ sessions: 10_000, ...MONTH, apiKeys: [KEY] });
    try {
        const harness = createHarness({ rootDir: ROOT, connection: { environment: sandbox.url, api_key: KEY }, allowCustomValues: true });
        await readAllPages(harness, pagedOperations(harness.files.swagger)[0]!, { ...MONTH_FILTER, transactionIds: [1] }, { limit: 1 }); // warm-up (JIT, AJV compile)
        for (const limit of [100, 1000]) {
            const times: number[] = [];
            let requests = 0;
            for (let run = 0; run < 3; run++) {
                const t = performance.now();
                const r = await readAllPages(harness, pagedOperations(harness.files.swagger)[0]!, MONTH_FILTER, { limit });
                times.push(performance.now() - t);
                if (!r.ok || r.items.length !== 10_000) throw new Error(`bench: reading the month at limit ${limit} failed: ${JSON.stringify(r.diagnostics)}`);
                requests = r.requests;
            }
            results.push({ name: `harness: read one month (10,000 sessions) at limit ${limit}: requests`, value: requests, unit: 'requests' });
            results.push({
                name: `harness: read one month (10,000 sessions) at limit ${limit}: wall time (median of 3)`,
                value: Math.round(median(times)),
                unit: 'ms',
                note: 'client and sandbox share one process; incl. input + response contract checks',
            });
        }

        const total = 2_000;
        const inFlight = 8;
        const body = JSON.stringify({ limit: 100, page: 1 });
        const post = (page: number) =>
            fetch(`${sandbox.url}/v2/transactions`, {
                method: 'POST',
                headers: { 'x-api-key': KEY, 'content-type': 'application/json' },
                body: page === 1 ? body : JSON.stringify({ limit: 100, page }),
            }).then((r) => r.arrayBuffer());
        await Promise.all(Array.from({ length: inFlight }, (_, i) => post(i + 1)));
        let sent = 0;
        const t = performance.now();
        await Promise.all(
            Array.from({ length: inFlight }, async () => {
                while (sent < total) {
                    sent++;
                    await post((sent % 100) + 1);
                }
            }),
        );
        const seconds = (performance.now() - t) / 1000;
        results.push({ name: `sandbox: throughput at limit 100 (${total} requests, ${inFlight} in flight)`, value: Math.round(total / seconds), unit: 'req/s' });
    } finally {
        await sandbox.close();
    }
    return results;
};
