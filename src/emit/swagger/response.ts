/** Response objects, with examples taken from the payload fixture files. */
import type { SwaggerRef, SwaggerResponse, SwaggerSchema } from '../../swagger/types.ts';
import type { ResponseModel, ResponseSchemaModel } from '../../model/types.ts';
import { definitionRef } from './schema.ts';

/** A named schema by reference, or an array of it. */
const emitResponseSchema = (s: ResponseSchemaModel): SwaggerSchema | SwaggerRef => ('kind' in s ? { type: 'array', items: definitionRef(s.items) } : definitionRef(s));

/** Returns the parsed example payload for an operation's example file. */
export type ExampleLookup = (operationId: string, file: string) => unknown;

export function emitResponse(r: ResponseModel, operationId: string, examples: ExampleLookup): SwaggerResponse {
    return {
        description: r.description,
        ...(r.summary ? { 'x-ms-summary': r.summary } : {}),
        ...(r.schema ? { schema: emitResponseSchema(r.schema) } : {}),
        ...(r.exampleFile ? { examples: { 'application/json': examples(operationId, r.exampleFile) } } : {}),
    };
}

export function emitResponses(
    responses: readonly ResponseModel[],
    operationId: string,
    examples: ExampleLookup,
): Record<string, SwaggerResponse> {
    const out: Record<string, SwaggerResponse> = {};
    const sorted = [...responses].sort((a, b) => a.status.localeCompare(b.status));
    for (const r of sorted) {
        if (out[r.status]) throw new Error(`${operationId}: response ${r.status} is declared twice.`);
        out[r.status] = emitResponse(r, operationId, examples);
    }
    return out;
}
