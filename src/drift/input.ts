/**
 * Reading the documents the contract checks compare. Anything that makes a check impossible to run
 * (missing file, unreadable file, not JSON, wrong document kind, unresolvable $ref) is an InputError
 * naming the file and, when known, the JSON pointer; scripts turn it into exit code 2.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { toPointer, type JsonPathSegments } from '../core/pointer.ts';

export class InputError extends Error {
    readonly file: string;
    readonly path: JsonPathSegments | undefined;
    constructor(file: string, path: JsonPathSegments | undefined, detail: string) {
        super(`${file}${path ? toPointer(path) : ''}: ${detail}`);
        this.name = 'InputError';
        this.file = file;
        this.path = path;
    }
}

import { isObject, type JsonObject } from '../core/json.ts';

export { isObject, type JsonObject };

/** Parse JSON text that came from `file` (a path or a label such as `v1.0.0:apiDefinition.swagger.json`). */
export function parseJsonText(text: string, file: string): unknown {
    try {
        return JSON.parse(text) as unknown;
    } catch (e) {
        throw new InputError(file, undefined, `is not valid JSON (${(e as Error).message}).`);
    }
}

/** Read and parse `file`; errors name `label` (default: the path as given). */
export function readJsonFile(file: string, label: string = file): unknown {
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? (e as Error).message})`;
        throw new InputError(label, undefined, `${why}.`);
    }
    return parseJsonText(text, label);
}

/** An OpenAPI 3.x document: `openapi: "3.…"` and a `paths` object. */
export function assertOpenApi3(doc: unknown, file: string): JsonObject {
    if (!isObject(doc)) throw new InputError(file, undefined, 'is not an OpenAPI 3 document (the top level is not an object).');
    const version = doc['openapi'];
    if (typeof version !== 'string' || !version.startsWith('3.')) {
        const found =
            version !== undefined ? `openapi ${JSON.stringify(version)}` : doc['swagger'] !== undefined ? `swagger ${JSON.stringify(doc['swagger'])}` : 'no "openapi" field';
        throw new InputError(file, ['openapi'], `is not an OpenAPI 3 document (found ${found}).`);
    }
    if (!isObject(doc['paths'])) throw new InputError(file, ['paths'], 'is not an OpenAPI 3 document (no paths object).');
    return doc;
}

/** A Swagger 2.0 document: `swagger: "2.0"` and a `paths` object. */
export function assertSwagger2(doc: unknown, file: string): JsonObject {
    if (!isObject(doc)) throw new InputError(file, undefined, 'is not a Swagger 2.0 document (the top level is not an object).');
    if (doc['swagger'] !== '2.0') {
        const found =
            doc['swagger'] !== undefined ? `swagger ${JSON.stringify(doc['swagger'])}` : doc['openapi'] !== undefined ? `openapi ${JSON.stringify(doc['openapi'])}` : 'no "swagger" field';
        throw new InputError(file, ['swagger'], `is not a Swagger 2.0 document (found ${found}).`);
    }
    if (!isObject(doc['paths'])) throw new InputError(file, ['paths'], 'is not a Swagger 2.0 document (no paths object).');
    return doc;
}

export const SWAGGER_FILE_NAME = 'apiDefinition.swagger.json';

/** A connector folder (→ its apiDefinition.swagger.json) or a swagger file path, as given. */
export function connectorSwaggerPath(folderOrFile: string): string {
    let isDir = false;
    try {
        isDir = statSync(folderOrFile).isDirectory();
    } catch {
        isDir = false; // readJsonFile reports the missing path
    }
    return isDir ? join(folderOrFile, SWAGGER_FILE_NAME) : folderOrFile;
}
