/**
 * The only module of the contract checks that imports AJV (STYLE C5). The converted schemas are JSON
 * Schema draft-07 (type unions, numeric exclusiveMinimum), so this uses AJV's default draft-07 class,
 * in strict mode (a converter bug fails loudly instead of being ignored), with `allErrors` (collect
 * every mismatch) and `verbose` (the failing schema travels with each error, for messages).
 */
import { Ajv, type ErrorObject } from 'ajv';
import ajvFormats from 'ajv-formats';
import { FROM_AJV_FORMATS, OWN_FORMATS } from './formats.ts';
import type { JsonSchema } from './to-json-schema.ts';

/** One AJV finding, in the shape ./messages.ts turns into a Diagnostic. */
export interface SchemaError {
    keyword: string;
    /** RFC 6901 pointer into the checked value ('' = the value itself). */
    instancePath: string;
    params: Record<string, unknown>;
    /** The (converted) schema object that holds the failing keyword. */
    parentSchema: JsonSchema;
    /** The failing value. */
    data: unknown;
    /** AJV's own English message, used for keywords without a message of ours. */
    message: string;
}

export type SchemaValidator = (data: unknown) => SchemaError[];

export interface ContractAjv {
    /** Registers a root schema (with `$id`) that other schemas `$ref` into. */
    addRoot(schema: JsonSchema): void;
    /** Compiles a schema; throws when it cannot (e.g. a `$ref` with no target). */
    compile(schema: JsonSchema): SchemaValidator;
}

const toSchemaError = (e: ErrorObject): SchemaError => ({
    keyword: e.keyword,
    instancePath: e.instancePath,
    params: e.params as Record<string, unknown>,
    parentSchema: (e.parentSchema ?? {}),
    data: e.data,
    message: e.message ?? e.keyword,
});

/** A fresh AJV instance: create one per checked document so compiled schemas never leak between documents. */
export function createContractAjv(): ContractAjv {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    ajvFormats.default(ajv, { mode: 'full', formats: [...FROM_AJV_FORMATS], keywords: false });
    for (const [name, format] of Object.entries(OWN_FORMATS)) {
        if (format.type === 'number') ajv.addFormat(name, { type: 'number', validate: format.validate });
        else ajv.addFormat(name, { type: 'string', validate: format.validate });
    }
    return {
        addRoot(schema) {
            ajv.addSchema(schema);
        },
        compile(schema) {
            const validate = ajv.compile(schema);
            return (data) => (validate(data) ? [] : (validate.errors ?? []).map(toSchemaError));
        },
    };
}
