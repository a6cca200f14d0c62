/** Reading a generated Swagger document in tests. */
import type { SwaggerDocument, SwaggerRef, SwaggerSchema } from '../../src/swagger/types.ts';

/** The definition a `#/definitions/<name>` reference points at; throws when it does not resolve. */
export function definitionOf(doc: SwaggerDocument, ref: SwaggerSchema | SwaggerRef | undefined): SwaggerSchema {
    const target = ref !== undefined && '$ref' in ref ? ref.$ref : undefined;
    const name = target?.startsWith('#/definitions/') ? target.slice('#/definitions/'.length) : undefined;
    const def = name === undefined ? undefined : (doc.definitions?.[name]);
    if (def === undefined) throw new Error(`not a resolvable definition reference: ${JSON.stringify(ref)}`);
    return def;
}
