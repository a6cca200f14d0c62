/**
 * Contract-fidelity benchmark: check:upstream against eMabler's OpenAPI (1.19 MB, 332 operations) with
 * and without --coverage, reading + parsing that document, and check:breaking of the connector (swagger +
 * apiProperties.json) against itself. Needs ../shared for the upstream figures; without it they are skipped with a note.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkBreaking } from '../src/breaking/check.ts';
import { checkUpstream, linksOf } from '../src/drift/check.ts';
import { connector } from '../src/emabler/connector.ts';
import { ROOT, UPSTREAM_FILE } from './project.ts';
import type { BenchResult, BenchSuite } from './types.ts';
import { timeRuns } from './timing.ts';

export const driftBench: BenchSuite = async () => {
    const swagger = JSON.parse(readFileSync(resolve(ROOT, 'apiDefinition.swagger.json'), 'utf8')) as unknown;
    const properties = JSON.parse(readFileSync(resolve(ROOT, 'apiProperties.json'), 'utf8')) as unknown;
    const links = linksOf(connector.operations);
    const out: BenchResult[] = [];
    out.push({
        name: 'check:breaking: connector (swagger + apiProperties.json) against itself (median of 50)',
        value: timeRuns(50, () => {
            const sides = { old: { doc: properties, file: 'old' }, current: { doc: properties, file: 'new' } };
            if (checkBreaking({ old: swagger, oldFile: 'old', current: swagger, currentFile: 'new', properties: sides }).length !== 0) throw new Error('bench: unchanged connector reported changes');
        }),
        unit: 'ms',
    });
    if (!existsSync(UPSTREAM_FILE)) {
        out.push({ name: 'check:upstream', value: 0, unit: 'ms', note: `skipped: ${UPSTREAM_FILE} is not present` });
        return out;
    }
    let upstream: unknown;
    out.push({ name: 'read + JSON.parse eMabler OpenAPI (median of 10)', value: timeRuns(10, () => (upstream = JSON.parse(readFileSync(UPSTREAM_FILE, 'utf8')) as unknown)), unit: 'ms' });
    const run = (coverage: boolean) => checkUpstream({ swagger, swaggerFile: 's', openapi: upstream, openapiFile: 'u', links, coverage });
    let findings = 0;
    out.push({ name: `check:upstream: ${connector.operations.length} connector operations vs 332 upstream (median of 50)`, value: timeRuns(50, () => (findings = run(false).length)), unit: 'ms', note: `${findings} findings` });
    out.push({ name: 'check:upstream --coverage (median of 50)', value: timeRuns(50, () => (findings = run(true).length)), unit: 'ms', note: `${findings} findings` });
    return out;
};
