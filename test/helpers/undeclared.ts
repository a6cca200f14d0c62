/**
 * The contract checker tolerates unknown response properties (as the platform does); tests of our own
 * servers want more: every property sent is declared. Walks a value along a schema of the generated
 * swagger and lists the paths of properties the schema does not declare.
 */
import type { SwaggerDocument, SwaggerRef, SwaggerSchema } from '../../src/swagger/types.ts';

export function undeclaredProperties(doc: SwaggerDocument, schema: SwaggerSchema | SwaggerRef | undefined, value: unknown, path = ''): string[] {
    if (schema === undefined) return [];
    if ('$ref' in schema) return undeclaredProperties(doc, doc.definitions[schema.$ref.replace('#/definitions/', '')], value, path);
    if (Array.isArray(value)) return value.flatMap((v, i) => undeclaredProperties(doc, schema.items, v, `${path}/${i}`));
    if (value === null || typeof value !== 'object') return [];
    const out: string[] = [];
    for (const [k, v] of Object.entries(value)) {
        const declared = schema.properties?.[k];
        if (declared) out.push(...undeclaredProperties(doc, declared, v, `${path}/${k}`));
        else if (typeof schema.additionalProperties === 'object') out.push(...undeclaredProperties(doc, schema.additionalProperties, v, `${path}/${k}`));
        else if (schema.additionalProperties !== true) out.push(`${path}/${k}`);
    }
    return out;
}
