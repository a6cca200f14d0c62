/** Model → the two committed connector files, as text; plus the stale-output check. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connector } from '../model/index.ts';
import type { ConnectorModel } from '../model/types.ts';
import { emitApiProperties } from '../emit/api-properties.ts';
import { emitSwagger } from '../emit/swagger/document.ts';
import type { ExampleLookup } from '../emit/swagger/response.ts';
import { toJsonText } from '../emit/write-json.ts';
import { writeFileAtomic } from '../core/atomic-write.ts';
import { fileExampleLookup } from './examples.ts';

export const SWAGGER_FILE = 'apiDefinition.swagger.json';
export const API_PROPERTIES_FILE = 'apiProperties.json';

export interface GeneratedFile {
    name: string;
    text: string;
}

export function generateConnectorFiles(
    rootDir: string,
    model: ConnectorModel = connector,
    examples: ExampleLookup = fileExampleLookup(rootDir),
): GeneratedFile[] {
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

export function writeConnectorFiles(rootDir: string, files: readonly GeneratedFile[]): void {
    for (const f of files) writeFileAtomic(join(rootDir, f.name), f.text);
}
