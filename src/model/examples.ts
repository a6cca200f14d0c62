/**
 * Example payloads, the one reader: `<examplesDir>/<operationId>/<kind>.<case>.json`, where kind is
 * `request` or `response-<status>` (e.g. response-200.realistic.json). They are product data: the
 * build embeds the chosen ones into the swagger (the designer shows them), the contract checks test
 * every one against the emitted schemas, the README and the sandbox tests use them.
 * Reading never throws for a bad file: a missing folder, an entry that cannot be read (a link loop,
 * no permission), a badly named file or text that is not strict JSON becomes an `example-file`
 * finding naming the file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.ts';
import { parseJson } from '../core/json-file.ts';
import { ToolError } from '../core/errors.ts';
import { finding, type RuleInfo } from '../core/rules.ts';

export const EXAMPLE_FILE_RULE: RuleInfo = {
    id: 'example-file',
    defaultSeverity: 'error',
    description: 'An example payload file is well named (request.<case>.json or response-<status>.<case>.json, in a folder named after an operationId) and strict JSON.',
    source: 'Project convention: examples are checked against their schemas and embedded into the swagger, so each must be found and parsed',
};

export interface Example {
    operationId: string;
    kind: 'request' | 'response';
    /** HTTP status ('200', '400', 'default'); only for responses. */
    status?: string;
    /** The `<case>` part of the name, e.g. 'realistic'. */
    case: string;
    /** The file name inside its operation folder, e.g. response-200.realistic.json. */
    name: string;
    /** Path relative to the project root, '/'-separated. */
    file: string;
    body: unknown;
}

export interface ExampleScan {
    examples: Example[];
    diagnostics: Diagnostic[];
}

const FILE_NAME = /^(request|response-([1-5]\d\d|default))\.([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;

/** Splits an example file name into its parts, or undefined when the name does not follow the pattern. */
export function parseExampleName(name: string): Pick<Example, 'kind' | 'status' | 'case'> | undefined {
    const m = FILE_NAME.exec(name);
    if (!m) return undefined;
    const status = m[2];
    return status === undefined ? { kind: 'request', case: m[3]! } : { kind: 'response', status, case: m[3]! };
}

const sortedEntries = (dir: string): string[] => readdirSync(dir).filter((n) => !n.startsWith('.')).sort();

/** ` (ELOOP)` for a Node file-system error with a code, else nothing. */
const codeOf = (e: unknown): string => {
    const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
    return typeof code === 'string' ? ` (${code})` : '';
};

/** Every example under `<rootDir>/<examplesDir>`, in a stable order (operation folder, then file name). */
export function readExamples(rootDir: string, examplesDir: string): ExampleScan {
    const examples: Example[] = [];
    const diagnostics: Diagnostic[] = [];
    const problem = (file: string, message: string) => diagnostics.push(finding(EXAMPLE_FILE_RULE, message, [], file));
    const base = join(rootDir, examplesDir);
    let operationDirs: string[];
    try {
        operationDirs = sortedEntries(base);
    } catch {
        problem(examplesDir, 'example folder is missing or unreadable.');
        return { examples, diagnostics };
    }
    for (const operationId of operationDirs) {
        const rel = `${examplesDir}/${operationId}`;
        let isFolder: boolean;
        try {
            isFolder = statSync(join(base, operationId), { throwIfNoEntry: false })?.isDirectory() === true;
        } catch (e) {
            problem(rel, `entry is unreadable${codeOf(e)}.`);
            continue;
        }
        if (!isFolder) {
            problem(rel, 'expected a folder named after an operationId, found a file.');
            continue;
        }
        let names: string[];
        try {
            names = sortedEntries(join(base, operationId));
        } catch (e) {
            problem(rel, `folder is unreadable${codeOf(e)}.`);
            continue;
        }
        for (const name of names) {
            const file = `${rel}/${name}`;
            const parts = parseExampleName(name);
            if (!parts) {
                problem(file, 'file name must be request.<case>.json or response-<status>.<case>.json (case in kebab-case).');
                continue;
            }
            let text: string;
            try {
                text = readFileSync(join(base, operationId, name), 'utf8');
            } catch {
                problem(file, 'file is unreadable.');
                continue;
            }
            try {
                examples.push({ operationId, ...parts, name, file, body: parseJson(text, file) });
            } catch (e) {
                if (!(e instanceof ToolError)) throw e;
                problem(file, e.detail);
            }
        }
    }
    return { examples, diagnostics };
}

/** The examples of a scan, or a ToolError (exit 2) naming the first bad file. */
export function requireExamples(scan: ExampleScan): Example[] {
    const first = scan.diagnostics[0];
    if (first) throw new ToolError(first.file, undefined, first.message);
    return scan.examples;
}

/** Every example file the model embeds (a response's `exampleFile`) exists among the examples. */
export function checkNamedExamples(model: { operations: readonly { operationId: string; responses: readonly { exampleFile?: string }[] }[] }, examples: readonly Example[], examplesDir: string): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const op of model.operations) {
        for (const r of op.responses) {
            if (r.exampleFile === undefined || examples.some((e) => e.operationId === op.operationId && e.name === r.exampleFile)) continue;
            out.push(finding(EXAMPLE_FILE_RULE, `the model embeds ${r.exampleFile} for ${op.operationId}, but there is no such example file.`, [], `${examplesDir}/${op.operationId}/${r.exampleFile}`));
        }
    }
    return out;
}
