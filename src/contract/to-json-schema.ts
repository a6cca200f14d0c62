/**
 * Swagger 2.0 schema objects (as emitted into apiDefinition.swagger.json) → JSON Schema draft-07 for
 * AJV, with Power Platform semantics:
 * - `x-nullable: true` admits null; nothing else does (an untyped schema gets `not: {type: null}`).
 * - `format` int32 / int64 / float / double / date-time / … is kept and checked by the formats
 *   registered in ./ajv.ts (ranges in ./formats.ts).
 * - `required`, `enum`, `minimum`/`maximum`, `exclusiveMinimum`/`exclusiveMaximum` (Swagger's draft-04
 *   booleans become draft-07 numbers), string/array bounds, `items`, `allOf`, `additionalProperties` maps.
 * - `$ref: '#/definitions/X'` becomes `<refBase>#/definitions/X`, so every schema resolves against one
 *   registered root that holds all converted definitions (see `definitionsToJsonSchema`).
 * - mode 'response': objects accept properties the schema does not declare (APIs add fields);
 *   mode 'request': objects with declared properties reject unknown ones (the connector builds the body).
 *   An object that declares no properties is a free-form map in both modes.
 * Annotations (title, description, default, example, x-ms-*) are dropped: they do not constrain values.
 *
 * Why not a library: @openapi-contrib/openapi-schema-to-json-schema (the maintained converter) targets
 * OpenAPI 3 `nullable`, not `x-nullable`; turns int32/int64 into bare minimum/maximum (so an overflow
 * can no longer be reported as "integer (int32)"); has no request/response split for unknown
 * properties; and leaves `$ref`s untouched. Adapting it needs before/after hooks for every one of those,
 * which is more code than this typed walk.
 */
import type { SchemaFormat, SwaggerRef, SwaggerSchema } from '../swagger/types.ts';
import type { JsonPathSegments } from '../core/pointer.ts';
import { KNOWN_FORMATS } from './formats.ts';
import { ToolError } from '../core/errors.ts';

export type ContractMode = 'request' | 'response';

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'null';

/** The draft-07 subset this converter produces. */
export interface JsonSchema {
    $id?: string;
    $ref?: string;
    type?: JsonType | JsonType[];
    format?: string;
    enum?: unknown[];
    minimum?: number;
    maximum?: number;
    exclusiveMinimum?: number;
    exclusiveMaximum?: number;
    multipleOf?: number;
    minLength?: number;
    maxLength?: number;
    pattern?: string;
    items?: JsonSchema;
    minItems?: number;
    maxItems?: number;
    uniqueItems?: boolean;
    properties?: Record<string, JsonSchema>;
    required?: string[];
    additionalProperties?: boolean | JsonSchema;
    allOf?: JsonSchema[];
    not?: JsonSchema;
    definitions?: Record<string, JsonSchema>;
}

/** Swagger 2.0 validation keywords that the typed output model does not emit today but the converter honours. */
export interface SwaggerSchemaInput extends SwaggerSchema {
    exclusiveMinimum?: boolean;
    exclusiveMaximum?: boolean;
    multipleOf?: number;
    minLength?: number;
    maxLength?: number;
    pattern?: string;
    minItems?: number;
    maxItems?: number;
    uniqueItems?: boolean;
    allOf?: (SwaggerSchemaInput | SwaggerRef)[];
}

export interface ConvertOptions {
    mode: ContractMode;
    /** `$id` of the root that holds the converted definitions; '' keeps refs document-local. */
    refBase: string;
}

const DEFINITION_REF = /^#\/definitions\/([^/]+)$/;
const SWAGGER_TYPES: ReadonlySet<string> = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object']);

const isRef = (s: SwaggerSchemaInput | SwaggerRef): s is SwaggerRef => typeof (s as SwaggerRef).$ref === 'string';

function convertRef(ref: string, options: ConvertOptions, at: JsonPathSegments): JsonSchema {
    const m = DEFINITION_REF.exec(ref);
    if (!m) throw new ToolError(undefined, at, `$ref "${ref}" is not of the form #/definitions/<name>.`);
    return { $ref: `${options.refBase}${ref}` };
}

/** Converts one Swagger schema (or `$ref`) found at `at` in the document. */
export function toJsonSchema(
    schema: SwaggerSchemaInput | SwaggerRef,
    options: ConvertOptions,
    at: JsonPathSegments = [],
): JsonSchema {
    if (isRef(schema)) return convertRef(schema.$ref, options, [...at, '$ref']);

    const out: JsonSchema = {};
    const nullable = schema['x-nullable'] === true;
    const type = schema.type;
    const isObject = type === 'object' || (type === undefined && schema.properties !== undefined);

    if (type !== undefined) {
        if (!SWAGGER_TYPES.has(type)) throw new ToolError(undefined, [...at, 'type'], `unknown type "${String(type)}".`);
        out.type = nullable ? [type, 'null'] : type;
    } else if (isObject) {
        out.type = nullable ? ['object', 'null'] : 'object';
    }
    if (schema.format !== undefined) out.format = checkedFormat(schema.format, [...at, 'format']);
    if (schema.enum !== undefined) out.enum = nullable && !schema.enum.includes(null) ? [...schema.enum, null] : [...schema.enum];

    copyNumericBounds(schema, out);
    if (schema.minLength !== undefined) out.minLength = schema.minLength;
    if (schema.maxLength !== undefined) out.maxLength = schema.maxLength;
    if (schema.pattern !== undefined) out.pattern = schema.pattern;

    if (type === 'array' || schema.items !== undefined) {
        if (schema.items !== undefined) out.items = toJsonSchema(schema.items, options, [...at, 'items']);
        if (schema.minItems !== undefined) out.minItems = schema.minItems;
        if (schema.maxItems !== undefined) out.maxItems = schema.maxItems;
        if (schema.uniqueItems !== undefined) out.uniqueItems = schema.uniqueItems;
    }

    if (isObject || schema.additionalProperties !== undefined) convertObject(schema, options, at, out);

    if (schema.allOf !== undefined) {
        out.allOf = schema.allOf.map((s, i) => toJsonSchema(s, options, [...at, 'allOf', i]));
    }

    // JSON Schema lets an untyped schema accept null; Power Platform semantics do not.
    if (out.type === undefined && !nullable) out.not = { type: 'null' };
    return out;
}

function checkedFormat(format: SchemaFormat, at: JsonPathSegments): string {
    if (!KNOWN_FORMATS.has(format)) throw new ToolError(undefined, at, `unknown format "${String(format)}".`);
    return format;
}

function copyNumericBounds(schema: SwaggerSchemaInput, out: JsonSchema): void {
    if (schema.minimum !== undefined) {
        if (schema.exclusiveMinimum === true) out.exclusiveMinimum = schema.minimum;
        else out.minimum = schema.minimum;
    }
    if (schema.maximum !== undefined) {
        if (schema.exclusiveMaximum === true) out.exclusiveMaximum = schema.maximum;
        else out.maximum = schema.maximum;
    }
    if (schema.multipleOf !== undefined) out.multipleOf = schema.multipleOf;
}

function convertObject(schema: SwaggerSchemaInput, options: ConvertOptions, at: JsonPathSegments, out: JsonSchema): void {
    const declared = schema.properties ?? {};
    const names = Object.keys(declared);
    if (names.length > 0) {
        out.properties = {};
        for (const name of names) {
            out.properties[name] = toJsonSchema(declared[name]!, options, [...at, 'properties', name]);
        }
    }
    if (schema.required !== undefined && schema.required.length > 0) out.required = [...schema.required];

    const extra = schema.additionalProperties;
    if (extra === false) out.additionalProperties = false;
    else if (typeof extra === 'object') out.additionalProperties = toJsonSchema(extra, options, [...at, 'additionalProperties']);
    else if (extra === undefined && options.mode === 'request' && names.length > 0) out.additionalProperties = false;
    // extra === true, or a response object, or a free-form object: unknown properties are accepted.
}

/**
 * All of the document's definitions converted for one mode, as one root schema with `$id` =
 * `options.refBase`; `$ref`s produced by `toJsonSchema` with the same options resolve into it.
 */
export function definitionsToJsonSchema(
    definitions: Readonly<Record<string, SwaggerSchemaInput>>,
    options: ConvertOptions,
): JsonSchema {
    const converted: Record<string, JsonSchema> = {};
    for (const name of Object.keys(definitions).sort()) {
        converted[name] = toJsonSchema(definitions[name]!, options, ['definitions', name]);
    }
    return { ...(options.refBase ? { $id: options.refBase } : {}), definitions: converted };
}
