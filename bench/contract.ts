/**
 * Contract benchmark: what the packaging gate costs (every example check on the project), the cost of
 * a fresh checker (AJV set-up and schema compilation), and checking a full 1000-session page (the
 * page-size maximum) with a warm checker, as the sandbox/harness does per response.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContractChecker } from '../src/contract/checker.ts';
import { checkExamples } from '../src/contract/examples.ts';
import { requireExamples } from '../src/model/examples.ts';
import { PROJECT, readProjectExamples, ROOT } from './project.ts';
import type { SwaggerDocument } from '../src/swagger/types.ts';
import type { BenchResult, BenchSuite } from './types.ts';
import { timeRuns } from './timing.ts';

const OP = 'QueryChargingSessions';

export const contractBench: BenchSuite = async () => {
    const doc = JSON.parse(readFileSync(resolve(ROOT, 'apiDefinition.swagger.json'), 'utf8')) as SwaggerDocument;
    const fixtures = requireExamples(readProjectExamples());
    const realistic = fixtures.find((f) => f.operationId === OP && f.case === 'realistic')?.body as { items: unknown[] } | undefined;
    if (!realistic) throw new Error('bench: response-200.realistic.json is missing');
    const bigPage = {
        ...realistic,
        limit: 1000,
        items: Array.from({ length: 1000 }, (_, i) => ({ ...(realistic.items[i % realistic.items.length] as object), id: 90000000 + i })),
    };

    const gate = timeRuns(10, () => {
        if (checkExamples(readProjectExamples(), PROJECT.examplesDir, doc).length !== 0) throw new Error('bench: the examples do not pass');
    });
    const cold = timeRuns(20, () => {
        const checker = createContractChecker(doc);
        checker.checkRequestBody(OP, {});
        checker.checkResponse(OP, 200, realistic);
    });
    const warm = createContractChecker(doc);
    warm.checkResponse(OP, 200, bigPage);
    const page = timeRuns(20, () => {
        if (warm.checkResponse(OP, 200, bigPage).length !== 0) throw new Error('bench: the 1000-session page does not pass');
    });

    const results: BenchResult[] = [
        { name: 'contract: example payload files', value: fixtures.length, unit: 'count' },
        { name: 'contract: checkExamples on the project, the packaging gate (median of 10)', value: gate, unit: 'ms' },
        { name: 'contract: new checker + first request and 200 check (median of 20)', value: cold, unit: 'ms', note: 'AJV set-up and compilation' },
        { name: 'contract: check a 1000-session page, warm checker (median of 20)', value: page, unit: 'ms' },
    ];
    return results;
};
