/**
 * Layer 2: Swagger 2.0 structure and semantics via @apidevtools/swagger-parser. This is the one
 * adapter for it: the parser mutates its input (we pass a deep clone) and throws on the first
 * problem, so its message and AJV `details` are translated into Diagnostics here.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPI } from 'openapi-types';
import { mapAjvErrors } from './ajv.ts';
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../core/diagnostic.ts';
import type { JsonPathSegments } from '../core/pointer.ts';
import { SWAGGER_FILE } from '../core/files.ts';
import { isObject, walkJson, type JsonObject } from '../core/json.ts';
import { operations } from '../swagger/reader.ts';
import { SWAGGER_STRUCTURE } from './rules.ts';

const finding = (message: string, path: JsonPathSegments): Diagnostic => ({
    ruleId: SWAGGER_STRUCTURE,
    severity: 'error',
    message,
    path,
    file: SWAGGER_FILE,
});

function firstRefTo(doc: JsonObject, target: string): JsonPathSegments {
    let found: JsonPathSegments | undefined;
    walkJson(doc, (v, p) => {
        if (found) return false;
        if (isObject(v) && v.$ref === target) found = [...p, '$ref'];
        return undefined;
    });
    return found ?? [];
}

/** Translate swagger-parser's semantic ("Validation failed. …") messages into a path. */
function locateSemantic(doc: JsonObject, text: string): JsonPathSegments {
    const dup = /^Duplicate operation id '(.*)'$/.exec(text);
    if (dup) {
        const hits = operations(doc).filter((op) => op.operationId === dup[1]);
        const second = hits[1] ?? hits[0];
        return second ? [...second.at, 'operationId'] : [];
    }
    const req = /^Property '(.*)' listed as required but does not exist in '\/definitions\/(.*)'$/.exec(text);
    if (req) return ['definitions', req[2]!, 'required'];
    // "/paths/{path}/{method} is missing path parameter(s) for {id}" and similar per-operation messages.
    const hits = operations(doc).filter((op) => text.includes(`/paths${op.pathKey}/${op.method} `));
    const best = hits.sort((a, b) => b.pathKey.length - a.pathKey.length)[0];
    return best ? best.at : [];
}

export async function checkSwaggerStructure(doc: JsonObject): Promise<Diagnostic[]> {
    try {
        await SwaggerParser.validate(structuredClone(doc) as unknown as OpenAPI.Document);
        return [];
    } catch (e) {
        const err = e as Error & { details?: unknown; targetRef?: unknown };
        if (Array.isArray(err.details) && err.details.length > 0) {
            return mapAjvErrors(err.details as ErrorObject[], {
                ruleId: SWAGGER_STRUCTURE,
                file: SWAGGER_FILE,
                source: 'Swagger 2.0 schema',
                doc,
                skipThroughRefs: true,
            });
        }
        if (typeof err.targetRef === 'string') {
            return [finding(`Unresolved $ref "${err.targetRef}": the target does not exist.`, firstRefTo(doc, err.targetRef))];
        }
        const message = String(err.message ?? e).trim();
        const semantic = message.replace(/^Validation failed\.\s*/, '');
        const path = semantic !== message ? locateSemantic(doc, semantic) : [];
        return [finding(`${semantic.endsWith('.') ? semantic : semantic + '.'}`, path)];
    }
}
