/**
 * Example payload files: test/fixtures/payloads/<operationId>/<kind>.<case>.json, where kind is
 * `request` or `response-<status>` (e.g. response-200.realistic.json). Reading never throws for a bad
 * file: a missing folder, a badly named file or text that is not JSON becomes a diagnostic naming the
 * file (ruleId `payload-fixture`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as jsonc from 'jsonc-parser';
import type { Diagnostic } from '../core/diagnostic.ts';

/** Folder, relative to the project root and with '/' separators, that holds one folder per operation. */
export const PAYLOADS_FOLDER = 'test/fixtures/payloads';
export const PAYLOAD_FIXTURE_RULE_ID = 'payload-fixture';

export interface PayloadFixture {
    operationId: string;
    kind: 'request' | 'response';
    /** HTTP status ('200', '400', 'default'); only for responses. */
    status?: string;
    /** The `<case>` part of the name, e.g. 'realistic'. */
    case: string;
    /** Path relative to rootDir, '/'-separated, e.g. test/fixtures/payloads/Op/request.empty.json. */
    file: string;
    body: unknown;
}

export interface PayloadFixtureScan {
    fixtures: PayloadFixture[];
    diagnostics: Diagnostic[];
}

const FILE_NAME = /^(request|response-([1-5]\d\d|default))\.([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;

/** Splits a fixture file name into its parts, or undefined when the name does not follow the pattern. */
export function parseFixtureName(name: string): Pick<PayloadFixture, 'kind' | 'status' | 'case'> | undefined {
    const m = FILE_NAME.exec(name);
    if (!m) return undefined;
    const status = m[2];
    return status === undefined ? { kind: 'request', case: m[3]! } : { kind: 'response', status, case: m[3]! };
}

const problem = (file: string, message: string): Diagnostic => ({
    ruleId: PAYLOAD_FIXTURE_RULE_ID,
    severity: 'error',
    message,
    path: [],
    file,
});

function lineAndColumn(text: string, offset: number): string {
    const before = text.slice(0, offset).split('\n');
    return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}

/** Parses strict JSON; on failure, a message with the first error's line and column. */
export function parseStrictJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
    const errors: jsonc.ParseError[] = [];
    jsonc.parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first) return { ok: false, message: `not valid JSON: ${jsonc.printParseErrorCode(first.error)} at ${lineAndColumn(text, first.offset)}.` };
    try {
        // Same parser as the build uses to embed examples, so what is checked is what ships.
        return { ok: true, value: JSON.parse(text) as unknown };
    } catch (e) {
        return { ok: false, message: `not valid JSON: ${(e as Error).message}.` };
    }
}

const sortedEntries = (dir: string): string[] => readdirSync(dir).filter((n) => !n.startsWith('.')).sort();

/** Reads every payload fixture under rootDir, in a stable order (operation folder, then file name). */
export function scanPayloadFixtures(rootDir: string): PayloadFixtureScan {
    const fixtures: PayloadFixture[] = [];
    const diagnostics: Diagnostic[] = [];
    const base = join(rootDir, PAYLOADS_FOLDER);
    let operationDirs: string[];
    try {
        operationDirs = sortedEntries(base);
    } catch {
        return { fixtures, diagnostics: [problem(PAYLOADS_FOLDER, 'payload fixture folder is missing or unreadable.')] };
    }
    for (const operationId of operationDirs) {
        const rel = `${PAYLOADS_FOLDER}/${operationId}`;
        if (statSync(join(base, operationId), { throwIfNoEntry: false })?.isDirectory() !== true) {
            diagnostics.push(problem(rel, 'expected a folder named after an operationId, found a file.'));
            continue;
        }
        let names: string[];
        try {
            names = sortedEntries(join(base, operationId));
        } catch {
            diagnostics.push(problem(rel, 'folder is unreadable.'));
            continue;
        }
        for (const name of names) {
            const file = `${rel}/${name}`;
            const parts = parseFixtureName(name);
            if (!parts) {
                diagnostics.push(
                    problem(file, 'file name must be request.<case>.json or response-<status>.<case>.json (case in kebab-case).'),
                );
                continue;
            }
            let text: string;
            try {
                text = readFileSync(join(base, operationId, name), 'utf8');
            } catch {
                diagnostics.push(problem(file, 'file is unreadable.'));
                continue;
            }
            const parsed = parseStrictJson(text);
            if (!parsed.ok) {
                diagnostics.push(problem(file, parsed.message));
                continue;
            }
            fixtures.push({ operationId, ...parts, file, body: parsed.value });
        }
    }
    return { fixtures, diagnostics };
}
