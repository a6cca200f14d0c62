/**
 * Checks on the example payloads (read by src/model/examples.ts) that gate packaging:
 * - checkExamplePayloads: every example matches its schema in the emitted document (rule `contract`;
 *   `file` = the example, `path` = pointer segments inside it);
 * - checkExampleCoverage: every operation with a body parameter has a request example, and every
 *   declared status that declares a body schema has a response example (`example-coverage`);
 * - checkEmbeddedExamples: every `examples['application/json']` in the document equals one of the
 *   example files for that status, so the designer shows a checked file, not a stale copy (`example-embedded`).
 */
import { isDeepStrictEqual } from 'node:util';
import type { Diagnostic } from '../core/diagnostic.ts';
import { finding } from '../core/rules.ts';
import type { Example, ExampleScan } from '../model/examples.ts';
import { bodyParameter, statusesOf, typedOperations } from '../swagger/reader.ts';
import type { SwaggerDocument } from '../swagger/types.ts';
import { createContractChecker } from './checker.ts';
import { CONTRACT_RULES } from './rules.ts';

/** Every example checked against the emitted document's schemas. Never throws. */
export function checkExamplePayloads(examples: readonly Example[], doc: SwaggerDocument): Diagnostic[] {
    const checker = createContractChecker(doc);
    const out: Diagnostic[] = [];
    for (const ex of examples) {
        const found = ex.kind === 'request' ? checker.checkRequestBody(ex.operationId, ex.body) : checker.checkResponse(ex.operationId, ex.status!, ex.body);
        for (const d of found) out.push({ ...d, file: ex.file });
    }
    return out;
}

const exampleKey = (operationId: string, kindOrStatus: string) => `${operationId} ${kindOrStatus}`;

function indexExamples(examples: readonly Example[]): Map<string, Example[]> {
    const byKey = new Map<string, Example[]>();
    for (const ex of examples) {
        const key = exampleKey(ex.operationId, ex.kind === 'request' ? 'request' : ex.status!);
        byKey.set(key, [...(byKey.get(key) ?? []), ex]);
    }
    return byKey;
}

/**
 * Every operation needs examples: one request when it has a body parameter, and one response per
 * declared status that declares a body schema (a status without a schema, such as 401, has no body
 * to show). Badly named or broken files do not count (the reader reports them).
 */
export function checkExampleCoverage(examples: readonly Example[], examplesDir: string, doc: SwaggerDocument): Diagnostic[] {
    const byKey = indexExamples(examples);
    const out: Diagnostic[] = [];
    for (const { operationId, operation, at } of typedOperations(doc)) {
        const folder = `${examplesDir}/${operationId}`;
        const body = bodyParameter(operation);
        if (body && !byKey.has(exampleKey(operationId, 'request'))) {
            out.push(finding(CONTRACT_RULES.exampleCoverage, `${operationId} has a body parameter but no request example (${folder}/request.<case>.json).`, [...at, 'parameters', body.index]));
        }
        for (const status of statusesOf(operation)) {
            if (operation.responses[status]?.schema === undefined || byKey.has(exampleKey(operationId, status))) continue;
            out.push(finding(CONTRACT_RULES.exampleCoverage, `${operationId} declares a ${status} body but has no example for it (${folder}/response-${status}.<case>.json).`, [...at, 'responses', status]));
        }
    }
    return out;
}

/** Every example embedded in the document must equal an example file of the same operation and status. */
export function checkEmbeddedExamples(examples: readonly Example[], examplesDir: string, doc: SwaggerDocument): Diagnostic[] {
    const byKey = indexExamples(examples);
    const out: Diagnostic[] = [];
    for (const { operationId, operation, at } of typedOperations(doc)) {
        for (const status of statusesOf(operation)) {
            const response = operation.responses[status]!;
            const embedded = response.examples;
            if (embedded === undefined || !('application/json' in embedded)) {
                if (response.schema !== undefined) {
                    out.push({
                        ...finding(CONTRACT_RULES.exampleEmbedded, `${operationId} ${status} declares a body but embeds no example, so the designer shows none (set exampleFile in the model).`, [...at, 'responses', status]),
                        severity: 'warn',
                    });
                }
                continue;
            }
            const candidates = byKey.get(exampleKey(operationId, status)) ?? [];
            if (!candidates.some((ex) => isDeepStrictEqual(ex.body, embedded['application/json']))) {
                out.push(
                    finding(
                        CONTRACT_RULES.exampleEmbedded,
                        `${operationId} ${status}: the embedded example equals none of ${examplesDir}/${operationId}/response-${status}.*.json; run npm run build.`,
                        [...at, 'responses', status, 'examples', 'application/json'],
                    ),
                );
            }
        }
    }
    return out;
}

/** All example checks, in order: the reader's findings, payloads against schemas, coverage, embedded examples. */
export function checkExamples(scan: ExampleScan, examplesDir: string, doc: SwaggerDocument): Diagnostic[] {
    return [
        ...scan.diagnostics,
        ...checkExamplePayloads(scan.examples, doc),
        ...checkExampleCoverage(scan.examples, examplesDir, doc),
        ...checkEmbeddedExamples(scan.examples, examplesDir, doc),
    ];
}
