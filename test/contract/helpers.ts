/** Small Swagger documents for contract tests, and access to the committed emitted document. */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SwaggerDocument, SwaggerOperation, SwaggerPathItem, SwaggerSchema } from '../../src/swagger/types.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

/** The committed, generated apiDefinition.swagger.json (read fresh: tests must never share a mutated copy). */
export const readEmittedDocument = (): SwaggerDocument =>
    JSON.parse(readFileSync(join(ROOT_DIR, 'apiDefinition.swagger.json'), 'utf8')) as SwaggerDocument;

export function makeDoc(paths: Record<string, SwaggerPathItem>, definitions: Record<string, SwaggerSchema> = {}): SwaggerDocument {
    return {
        swagger: '2.0',
        info: { title: 'Test', description: 'Test document.', version: '1.0.0', contact: { name: 'n', url: 'https://example.com', email: 'a@example.com' } },
        host: 'example.com',
        basePath: '/',
        schemes: ['https'],
        consumes: ['application/json'],
        produces: ['application/json'],
        paths,
        definitions,
        parameters: {},
        responses: {},
        securityDefinitions: {},
        security: [],
        tags: [],
        'x-ms-connector-metadata': [],
    };
}

/** An operation with an optional body schema and the given responses. */
export function makeOperation(
    operationId: string,
    body: SwaggerSchema | { $ref: string } | undefined,
    responses: SwaggerOperation['responses'],
    bodyRequired = true,
): SwaggerOperation {
    return {
        operationId,
        summary: operationId,
        description: `${operationId}.`,
        parameters: body ? [{ name: 'body', in: 'body', required: bodyRequired, description: 'Body.', schema: body }] : [],
        responses,
    };
}

/** A throw-away project folder with the given files (path relative to it → text). */
export function makeProject(files: Record<string, string>): { dir: string; remove: () => void } {
    const dir = mkdtempSync(join(tmpdir(), 'contract-test-'));
    for (const [rel, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, rel)), { recursive: true });
        writeFileSync(join(dir, rel), text);
    }
    return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
