/** Loads example payload files (test/fixtures/payloads/<operationId>/<file>) for the swagger `examples`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExampleLookup } from '../emit/swagger/response.ts';

/** Folder (relative to the project root) that holds one sub-folder of example payloads per operation. */
export const PAYLOADS_DIR = join('test', 'fixtures', 'payloads');

export class ExampleFileError extends Error {
    constructor(
        readonly file: string,
        message: string,
    ) {
        super(`${file}: ${message}`);
        this.name = 'ExampleFileError';
    }
}

export function fileExampleLookup(rootDir: string): ExampleLookup {
    return (operationId, file) => {
        const rel = join(PAYLOADS_DIR, operationId, file);
        let text: string;
        try {
            text = readFileSync(join(rootDir, rel), 'utf8');
        } catch {
            throw new ExampleFileError(rel, 'example file is missing or unreadable.');
        }
        try {
            return JSON.parse(text) as unknown;
        } catch (e) {
            throw new ExampleFileError(rel, `not valid JSON (${(e as Error).message}).`);
        }
    };
}
