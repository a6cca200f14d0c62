/** Model → the committed generated files (the two connector files, plus any the caller adds), as text; and the stale-output check. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../core/atomic-write.ts';
import { ToolError } from '../core/errors.ts';
import { API_PROPERTIES_FILE, SWAGGER_FILE } from '../core/files.ts';
import { emitApiProperties } from '../emit/api-properties.ts';
import { emitSwagger } from '../emit/swagger/document.ts';
import type { ExampleLookup } from '../emit/swagger/response.ts';
import { toJsonText } from '../emit/write-json.ts';
import type { Example } from '../model/examples.ts';
import type { ConnectorModel } from '../model/types.ts';

export interface GeneratedFile {
    /** Path relative to the project root, '/'-separated. */
    name: string;
    text: string;
}

/** Finds the example a response's `exampleFile` names; a missing one is a ToolError naming the file. */
export const exampleLookup = (examples: readonly Example[], examplesDir: string): ExampleLookup => (operationId, file) => {
    const found = examples.find((e) => e.operationId === operationId && e.name === file);
    if (!found) throw new ToolError(`${examplesDir}/${operationId}/${file}`, undefined, 'example file is missing (the model names it as an exampleFile).');
    return found.body;
};

export function generateConnectorFiles(model: ConnectorModel, examples: ExampleLookup): GeneratedFile[] {
    return [
        { name: SWAGGER_FILE, text: toJsonText(emitSwagger(model, examples)) },
        { name: API_PROPERTIES_FILE, text: toJsonText(emitApiProperties(model)) },
    ];
}

export interface StaleFile {
    name: string;
    reason: 'missing' | 'differs';
    /** 1-based line of the first difference (when the file exists). */
    line?: number;
}

export function findStaleFiles(rootDir: string, files: readonly GeneratedFile[]): StaleFile[] {
    const stale: StaleFile[] = [];
    for (const f of files) {
        const path = join(rootDir, f.name);
        if (!existsSync(path)) {
            stale.push({ name: f.name, reason: 'missing' });
            continue;
        }
        const current = readFileSync(path, 'utf8');
        if (current === f.text) continue;
        const a = current.split('\n');
        const b = f.text.split('\n');
        let line = 0;
        while (line < a.length && line < b.length && a[line] === b[line]) line++;
        stale.push({ name: f.name, reason: 'differs', line: line + 1 });
    }
    return stale;
}

export function writeGeneratedFiles(rootDir: string, files: readonly GeneratedFile[]): void {
    for (const f of files) writeFileAtomic(join(rootDir, ...f.name.split('/')), f.text);
}
