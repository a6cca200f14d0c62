/** Is a parsed file the kind of API document a tool expects? A ToolError (exit 2) names the file and what was found. */
import { ToolError } from '../core/errors.ts';
import { isObject, type JsonObject } from '../core/json.ts';

/** An OpenAPI 3.x document: `openapi: "3.…"` and a `paths` object. */
export function assertOpenApi3(doc: unknown, file: string): JsonObject {
    if (!isObject(doc)) throw new ToolError(file, undefined, 'is not an OpenAPI 3 document (the top level is not an object).');
    const version = doc['openapi'];
    if (typeof version !== 'string' || !version.startsWith('3.')) {
        const found =
            version !== undefined ? `openapi ${JSON.stringify(version)}` : doc['swagger'] !== undefined ? `swagger ${JSON.stringify(doc['swagger'])}` : 'no "openapi" field';
        throw new ToolError(file, ['openapi'], `is not an OpenAPI 3 document (found ${found}).`);
    }
    if (!isObject(doc['paths'])) throw new ToolError(file, ['paths'], 'is not an OpenAPI 3 document (no paths object).');
    return doc;
}

/** A Swagger 2.0 document: `swagger: "2.0"` and a `paths` object. */
export function assertSwagger2(doc: unknown, file: string): JsonObject {
    if (!isObject(doc)) throw new ToolError(file, undefined, 'is not a Swagger 2.0 document (the top level is not an object).');
    if (doc['swagger'] !== '2.0') {
        const found =
            doc['swagger'] !== undefined ? `swagger ${JSON.stringify(doc['swagger'])}` : doc['openapi'] !== undefined ? `openapi ${JSON.stringify(doc['openapi'])}` : 'no "swagger" field';
        throw new ToolError(file, ['swagger'], `is not a Swagger 2.0 document (found ${found}).`);
    }
    if (!isObject(doc['paths'])) throw new ToolError(file, ['paths'], 'is not a Swagger 2.0 document (no paths object).');
    return doc;
}
