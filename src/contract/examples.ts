/**
 * Checks on the example payloads that gate packaging:
 * - checkPayloadFixtures: every fixture file is valid JSON, well named, and matches its schema in the
 *   emitted document (ruleId `contract`; `file` = the fixture, `path` = pointer segments inside it);
 * - checkExampleCoverage: every operation with a body parameter has a request example, and every
 *   declared status that declares a body schema has a response example (ruleId `example-coverage`);
 * - checkEmbeddedExamples: every `examples['application/json']` in the document equals one of the
 *   fixture files for that status, so the designer shows a checked file, not a stale copy
 *   (ruleId `example-embedded`).
 */
import { isDeepStrictEqual } from 'node:util';
import type { SwaggerDocument } from '../swagger/types.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import { createContractChecker } from './checker.ts';
import { PAYLOADS_FOLDER, scanPayloadFixtures, type PayloadFixture, type PayloadFixtureScan } from './fixture-files.ts';
import { bodyParameter, statusesOf, typedOperations } from '../swagger/reader.ts';

export { PAYLOADS_FOLDER, parseFixtureName, scanPayloadFixtures, type PayloadFixture } from './fixture-files.ts';

export const EXAMPLE_COVERAGE_RULE_ID = 'example-coverage';
export const EXAMPLE_EMBEDDED_RULE_ID = 'example-embedded';

/** A fixture file could not be read as a fixture; `file` names it. */
export class PayloadFixtureError extends Error {
    constructor(
        readonly file: string,
        readonly reason: string,
    ) {
        super(`${file}: ${reason}`);
        this.name = 'PayloadFixtureError';
    }
}

/**
 * Every payload fixture under rootDir. Throws PayloadFixtureError (naming the file) when one is
 * badly named or not JSON; checks that must not throw use checkPayloadFixtures instead.
 */
export function loadPayloadFixtures(rootDir: string): PayloadFixture[] {
    const { fixtures, diagnostics } = scanPayloadFixtures(rootDir);
    const first = diagnostics[0];
    if (first) throw new PayloadFixtureError(first.file ?? PAYLOADS_FOLDER, first.message);
    return fixtures;
}

/**
 * Every fixture checked against the emitted document's schemas. Never throws. (`scan` lets a caller
 * that runs several checks read the files once; by default they are read from rootDir.)
 */
export function checkPayloadFixtures(rootDir: string, doc: SwaggerDocument, scan: PayloadFixtureScan = scanPayloadFixtures(rootDir)): Diagnostic[] {
    const { fixtures, diagnostics } = scan;
    const checker = createContractChecker(doc);
    const out = [...diagnostics];
    for (const fx of fixtures) {
        const found =
            fx.kind === 'request'
                ? checker.checkRequestBody(fx.operationId, fx.body)
                : checker.checkResponse(fx.operationId, fx.status!, fx.body);
        for (const d of found) out.push({ ...d, file: fx.file });
    }
    return out;
}

const fixtureKey = (operationId: string, kindOrStatus: string) => `${operationId} ${kindOrStatus}`;

function indexFixtures(fixtures: readonly PayloadFixture[]): Map<string, PayloadFixture[]> {
    const byKey = new Map<string, PayloadFixture[]>();
    for (const fx of fixtures) {
        const key = fixtureKey(fx.operationId, fx.kind === 'request' ? 'request' : fx.status!);
        byKey.set(key, [...(byKey.get(key) ?? []), fx]);
    }
    return byKey;
}

/**
 * Every operation needs examples: one request when it has a body parameter, and one response per
 * declared status that declares a body schema (a status without a schema, such as 401, has no body
 * to show). Badly named or broken files do not count (checkPayloadFixtures reports them).
 */
export function checkExampleCoverage(rootDir: string, doc: SwaggerDocument, scan: PayloadFixtureScan = scanPayloadFixtures(rootDir)): Diagnostic[] {
    const byKey = indexFixtures(scan.fixtures);
    const out: Diagnostic[] = [];
    const missing = (path: Diagnostic['path'], message: string) =>
        out.push({ ruleId: EXAMPLE_COVERAGE_RULE_ID, severity: 'error', message, path });
    for (const { operationId, operation, at } of typedOperations(doc)) {
        const folder = `${PAYLOADS_FOLDER}/${operationId}`;
        const body = bodyParameter(operation);
        if (body && !byKey.has(fixtureKey(operationId, 'request'))) {
            missing([...at, 'parameters', body.index], `${operationId} has a body parameter but no request example (${folder}/request.<case>.json).`);
        }
        for (const status of statusesOf(operation)) {
            if (operation.responses[status]?.schema === undefined) continue;
            if (!byKey.has(fixtureKey(operationId, status))) {
                missing(
                    [...at, 'responses', status],
                    `${operationId} declares a ${status} body but has no example for it (${folder}/response-${status}.<case>.json).`,
                );
            }
        }
    }
    return out;
}

/** Every example embedded in the document must equal a fixture file of the same operation and status. */
export function checkEmbeddedExamples(rootDir: string, doc: SwaggerDocument, scan: PayloadFixtureScan = scanPayloadFixtures(rootDir)): Diagnostic[] {
    const byKey = indexFixtures(scan.fixtures);
    const out: Diagnostic[] = [];
    for (const { operationId, operation, at } of typedOperations(doc)) {
        for (const status of statusesOf(operation)) {
            const response = operation.responses[status]!;
            const path = [...at, 'responses', status, 'examples', 'application/json'];
            const examples = response.examples;
            if (examples === undefined || !('application/json' in examples)) {
                if (response.schema !== undefined) {
                    out.push({
                        ruleId: EXAMPLE_EMBEDDED_RULE_ID,
                        severity: 'warn',
                        message: `${operationId} ${status} declares a body but embeds no example, so the designer shows none (set exampleFile in the model).`,
                        path: [...at, 'responses', status],
                    });
                }
                continue;
            }
            const candidates = byKey.get(fixtureKey(operationId, status)) ?? [];
            if (!candidates.some((fx) => isDeepStrictEqual(fx.body, examples['application/json']))) {
                out.push({
                    ruleId: EXAMPLE_EMBEDDED_RULE_ID,
                    severity: 'error',
                    message: `${operationId} ${status}: the embedded example equals none of ${PAYLOADS_FOLDER}/${operationId}/response-${status}.*.json; run npm run build.`,
                    path,
                });
            }
        }
    }
    return out;
}
