/**
 * The only module of the contract checks that imports AJV (STYLE C5). The converted schemas are JSON
 * Schema draft-07 (type unions, numeric exclusiveMinimum), so this uses AJV's default draft-07 class,
 * in strict mode (a converter bug fails loudly instead of being ignored), with `allErrors` (collect
 * every mismatch) and `verbose` (the failing schema travels with each error, for messages).
 *
 * With a cache folder (src/precompile), each validator is kept as AJV standalone code keyed by the
 * converted schema and the roots it refers to: a model edit changes the converted schema, so it gets
 * a new key and a new entry. The formats are passed to that code by reference, as a module the cache
 * provides, so their code can change without invalidating anything. AJV itself loads only on a miss.
 */
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type AjvModule from 'ajv';
import type AjvFormatsModule from 'ajv-formats';
import type { DefinedFormats } from 'ajv-formats/dist/formats.js';
import { cacheKey, loadPrecompiled, type CacheOptions } from '../precompile/cache.ts';
import { ajvPackageVersions, GENERATOR_VERSION, standaloneModule } from '../precompile/standalone.ts';
import { FROM_AJV_FORMATS, OWN_FORMATS } from './formats.ts';
import type { JsonSchema } from './to-json-schema.ts';

const require = createRequire(import.meta.url);

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

const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true } as const;

/** Contract entries kept in the cache: a model edit makes new ones, so the oldest beyond this go. */
const KEEP_ENTRIES = 500;

/** The module id under which precompiled validators find the formats (see contractFormats). */
const FORMATS_MODULE = 'emabler-connector:contract-formats';

/** Every format a contract check knows, as AJV gets it: ajv-formats' full definitions, then ours. */
function contractFormats(): Record<string, unknown> {
    const full = (require('ajv-formats/dist/formats.js') as { fullFormats: DefinedFormats }).fullFormats;
    const out: Record<string, unknown> = {};
    for (const name of FROM_AJV_FORMATS) out[name] = full[name];
    for (const [name, format] of Object.entries(OWN_FORMATS)) out[name] = { type: format.type, validate: format.validate };
    return out;
}

/** What the generated code depends on besides the schemas: the format names and the kind of value each checks. */
const FORMAT_SHAPES = [...FROM_AJV_FORMATS.map((n) => [n, 'ajv-formats']), ...Object.entries(OWN_FORMATS).map(([n, f]) => [n, f.type])];

function newAjv(source: boolean): InstanceType<typeof AjvModule.Ajv> {
    const { Ajv, _ } = require('ajv') as typeof AjvModule;
    const ajvFormats = (require('ajv-formats') as typeof AjvFormatsModule).default;
    const ajv = new Ajv({ ...AJV_OPTIONS, ...(source ? { code: { source: true, formats: _`require(${FORMATS_MODULE})` } } : {}) });
    ajvFormats(ajv, { mode: 'full', formats: [...FROM_AJV_FORMATS], keywords: false });
    for (const [name, format] of Object.entries(OWN_FORMATS)) {
        if (format.type === 'number') ajv.addFormat(name, { type: 'number', validate: format.validate });
        else ajv.addFormat(name, { type: 'string', validate: format.validate });
    }
    return ajv;
}

const asValidator = (validate: ValidateFunction): SchemaValidator => (data) => (validate(data) ? [] : (validate.errors ?? []).map(toSchemaError));

/**
 * A fresh AJV instance: create one per checked document so compiled schemas never leak between documents.
 * Each compiled validator is kept as a precompiled module in the cache folder (default: defaultCacheDir();
 * `cacheDir: false` compiles in memory only).
 */
export function createContractAjv(cache: CacheOptions = {}): ContractAjv {
    if (cache.cacheDir === false) {
        const ajv = newAjv(false);
        return {
            addRoot: (schema) => void ajv.addSchema(schema),
            compile: (schema) => asValidator(ajv.compile(schema)),
        };
    }
    const roots: { id: string; json: string; schema: JsonSchema }[] = [];
    let generator: { ajv: InstanceType<typeof AjvModule.Ajv>; roots: number } | undefined;
    let formats: Record<string, unknown> | undefined;
    /** The roots a schema can reach through `$ref`s (by `$id`), in the order they were added. */
    const reachedRoots = (json: string) => {
        const reached = new Set<string>();
        for (let grew = true; grew; ) {
            grew = false;
            for (const r of roots) {
                if (reached.has(r.id) || !(json.includes(r.id) || roots.some((o) => reached.has(o.id) && o.json.includes(r.id)))) continue;
                reached.add(r.id);
                grew = true;
            }
        }
        return roots.filter((r) => reached.has(r.id)).map((r) => r.json);
    };
    return {
        addRoot(schema) {
            if (typeof schema.$id !== 'string') throw new Error('a contract root schema needs an $id');
            roots.push({ id: schema.$id, json: JSON.stringify(schema), schema });
        },
        compile(schema) {
            const json = JSON.stringify(schema);
            const key = cacheKey({ generator: GENERATOR_VERSION, packages: ajvPackageVersions(), options: AJV_OPTIONS, formats: FORMAT_SHAPES }, ...reachedRoots(json), json);
            const generate = () => {
                generator ??= { ajv: newAjv(true), roots: 0 };
                for (; generator.roots < roots.length; generator.roots++) generator.ajv.addSchema(roots[generator.roots]!.schema);
                return standaloneModule(generator.ajv, generator.ajv.compile(schema), { key, header: 'Validator of a contract (payload) schema.' });
            };
            formats ??= contractFormats();
            return asValidator(loadPrecompiled({ ...cache, name: 'contract', key, generate, virtual: { [FORMATS_MODULE]: formats }, keep: KEEP_ENTRIES }) as ValidateFunction);
        },
    };
}
