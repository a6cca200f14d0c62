/**
 * Layer 2: Swagger 2.0 structure and semantics via @apidevtools/swagger-parser. This is the one
 * adapter for it: the parser stops at its first failing stage, so its message and AJV errors are
 * translated into Diagnostics here. Most documents are dereferenced by dereference.ts, which gives what
 * swagger-parser's dereference gives and leaves the input alone; the others go through swagger-parser,
 * which mutates its input (it gets a deep clone).
 */
import { createRequire } from 'node:module';
import type { OpenAPI } from 'openapi-types';
import { mapAjvErrors, runValidator, swagger20Validator } from './ajv.ts';
import { dereferenceFast } from './dereference.ts';
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../core/diagnostic.ts';
import type { JsonPathSegments } from '../core/pointer.ts';
import { SWAGGER_FILE } from '../core/files.ts';
import { isObject, lookup, walkJson, type JsonObject } from '../core/json.ts';
import { declaredProperties } from '../swagger/reader.ts';
import { SWAGGER_STRUCTURE } from './rules.ts';
import type { DocumentWalks } from '../lint/rule.ts';
import { documentWalks } from '../lint/run.ts';

/**
 * swagger-parser's spec stage, the function validate() calls after dereferencing (lib/validators/spec.js;
 * the package has no exports map and is pinned, and the tests compare runSwagger20 with validate()).
 */
const validateSpec = (): ((api: JsonObject) => void) => createRequire(import.meta.url)('@apidevtools/swagger-parser/lib/validators/spec.js') as (api: JsonObject) => void;

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
function locateSemantic(walks: Pick<DocumentWalks, 'operations'>, text: string): JsonPathSegments {
    const dup = /^Duplicate operation id '(.*)'$/.exec(text);
    if (dup) {
        const hits = walks.operations().filter((op) => op.operationId === dup[1]);
        const second = hits[1] ?? hits[0];
        return second ? [...second.at, 'operationId'] : [];
    }
    const req = /^Property '(.*)' listed as required but does not exist in '\/definitions\/(.*)'$/.exec(text);
    if (req) return ['definitions', req[2]!, 'required'];
    // "/paths/{path}/{method} is missing path parameter(s) for {id}" and similar per-operation messages.
    const hits = walks.operations().filter((op) => text.includes(`/paths${op.pathKey}/${op.method} `));
    const best = hits.sort((a, b) => b.pathKey.length - a.pathKey.length)[0];
    return best ? best.at : [];
}

/** What swagger-parser's validate() concludes about a document: valid, the schema's AJV errors, or the error it throws. */
export type Swagger20Outcome = { stage: 'valid' } | { stage: 'schema'; errors: ErrorObject[] } | { stage: 'thrown'; error: Error & { targetRef?: unknown } };

/**
 * The document as validate() first dereferences it (a clone, circular $refs left in place), and the rest
 * of validate() after its schema stage.
 */
async function dereference(doc: JsonObject): Promise<{ api: JsonObject; checkSpec: () => Promise<unknown> }> {
    // Most documents (no circular, external or merged $refs) take the fast dereference, which
    // gives what swagger-parser's would and leaves `doc` as it is (dereference.ts).
    const fast = dereferenceFast(doc);
    if (fast.ok) return { api: fast.value, checkSpec: async () => validateSpec()(fast.value) };
    // swagger-parser takes about 60 ms to load: only the documents the fast path declines need it.
    const SwaggerParser = (await import('@apidevtools/swagger-parser')).default;
    const parser = new SwaggerParser();
    const api = (await parser.dereference(structuredClone(doc) as unknown as OpenAPI.Document, { dereference: { circular: 'ignore' } })) as unknown as JsonObject;
    // validate() dereferences again, this time resolving the circular $refs the first pass left, then checks
    // the spec. Without circular $refs that second dereference finds nothing left to do, yet walks the whole
    // document again (about 100 ms on 6 MB): run validate()'s spec stage directly.
    const checkSpec = parser.$refs.circular
        ? () => SwaggerParser.validate(api as unknown as OpenAPI.Document, { validate: { schema: false, spec: true } })
        : async () => validateSpec()(api);
    return { api, checkSpec };
}

/**
 * SwaggerParser.validate(doc), step by step and with the Swagger 2.0 schema compiled once
 * (swagger20Validator) instead of on every call: dereference a clone leaving circular $refs in place,
 * run the schema, then the semantic checks (swagger-parser with `validate.schema` off). The outcome is
 * the same as validate()'s (test/validate/swagger-structure.test.ts compares them on real connectors).
 */
export async function runSwagger20(doc: JsonObject): Promise<Swagger20Outcome> {
    try {
        const { api, checkSpec } = await dereference(doc);
        const errors = runValidator(swagger20Validator(), api);
        if (errors.length > 0) return { stage: 'schema', errors };
        await checkSpec();
        return { stage: 'valid' };
    } catch (e) {
        return { stage: 'thrown', error: e instanceof Error ? e : new Error(String(e)) };
    }
}

/**
 * swagger-parser stops at its first failing stage, so a defect that certified connectors ship and a
 * warning rule owns would hide every later check. Such places get a placeholder in the copy it
 * validates: an empty `responses` object (operation-responses-required) gets a default response, and a
 * `required` list loses the names that are not properties (required-properties-defined).
 */
function withPlaceholders(doc: JsonObject, walks: Pick<DocumentWalks, 'operations' | 'schemaObjects'>): JsonObject {
    const edits: ((copy: JsonObject) => void)[] = [];
    for (const op of walks.operations()) {
        if (isObject(op.node['responses']) && Object.keys(op.node['responses']).length === 0) {
            edits.push((copy) => ((lookup(copy, op.at) as JsonObject)['responses'] = { default: { description: 'placeholder' } }));
        }
    }
    for (const { node, at } of walks.schemaObjects()) {
        const required = node['required'];
        const names = Array.isArray(required) ? declaredProperties(doc, node) : undefined;
        if (!Array.isArray(required) || !names) continue;
        const kept = required.filter((n) => typeof n !== 'string' || names.has(n));
        if (kept.length === required.length) continue;
        edits.push((copy) => {
            const target = lookup(copy, at) as JsonObject;
            if (kept.length > 0) target['required'] = kept;
            else delete target['required'];
        });
    }
    if (edits.length === 0) return doc;
    const copy = structuredClone(doc);
    for (const edit of edits) edit(copy);
    return copy;
}

/** `walks`: the document's walks when the caller has them (the validator shares them with its rules). */
export async function checkSwaggerStructure(doc: JsonObject, walks: Pick<DocumentWalks, 'operations' | 'schemaObjects'> = documentWalks(doc)): Promise<Diagnostic[]> {
    const outcome = await runSwagger20(withPlaceholders(doc, walks));
    switch (outcome.stage) {
        case 'valid':
            return [];
        case 'schema':
            return mapAjvErrors(outcome.errors, {
                ruleId: SWAGGER_STRUCTURE,
                file: SWAGGER_FILE,
                source: 'Swagger 2.0 schema',
                doc,
                skipThroughRefs: true,
                rootSchema: swagger20Validator().schema,
            });
        case 'thrown': {
            const err = outcome.error;
            if (typeof err.targetRef === 'string') {
                return [finding(`Unresolved $ref "${err.targetRef}": the target does not exist.`, firstRefTo(doc, err.targetRef))];
            }
            const message = err.message.trim();
            const semantic = message.replace(/^Validation failed\.\s*/, '');
            const path = semantic !== message ? locateSemantic(walks, semantic) : [];
            return [finding(`${semantic.endsWith('.') ? semantic : semantic + '.'}`, path)];
        }
    }
}
