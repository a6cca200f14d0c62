/**
 * standaloneModule (src/precompile/standalone.ts): the generated module validates exactly like the
 * validator compiled at run time, and with `root` its errors' schema objects are the root's own objects
 * (src/validate/ajv.ts prunes oneOf branches by identity).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { describe, expect, test } from 'vitest';
import { evaluateModule } from '../../src/precompile/cache.ts';
import { ajvPackageVersions, standaloneModule } from '../../src/precompile/standalone.ts';

const schema = () => ({
    type: 'object',
    definitions: {
        param: {
            oneOf: [
                { type: 'object', required: ['in', 'name'], properties: { in: { enum: ['query'] }, name: { type: 'string' } } },
                { type: 'object', required: ['in', 'schema'], properties: { in: { enum: ['body'] }, schema: { type: 'object' } } },
            ],
        },
    },
    properties: { params: { type: 'array', items: { $ref: '#/definitions/param' } }, title: { type: 'string', maxLength: 5 } },
    additionalProperties: false,
});
const invalid = { params: [{ in: 'query' }, { in: 'path', name: 1 }], title: 'too long', extra: true };
const options = { allErrors: true, verbose: true, strict: false } as const;

function generated(root: Record<string, unknown> | undefined): ValidateFunction & { cacheKey?: unknown } {
    const ajv = new Ajv({ ...options, code: { source: true } });
    const s = root ?? schema();
    const code = standaloneModule(ajv, ajv.compile(s), { key: 'k1', header: 'Test.', ...(root ? { root } : {}) });
    return evaluateModule(code, 'test.cjs') as ValidateFunction & { cacheKey?: unknown };
}

const errorsOf = (v: ValidateFunction, data: unknown): ErrorObject[] => (v(data) ? [] : [...(v.errors ?? [])]);

function objectsIn(root: unknown): Set<unknown> {
    const seen = new Set<unknown>();
    const walk = (o: unknown) => {
        if (o === null || typeof o !== 'object' || seen.has(o)) return;
        seen.add(o);
        for (const v of Object.values(o)) walk(v);
    };
    walk(root);
    return seen;
}

describe('standaloneModule', () => {
    test('validates like the validator compiled at run time, and carries its key', () => {
        const runtime = new Ajv(options).compile(schema());
        const v = generated(schema());
        expect(v.cacheKey).toBe('k1');
        expect(errorsOf(v, invalid)).toEqual(errorsOf(runtime, invalid));
        expect(errorsOf(v, { params: [{ in: 'query', name: 'a' }], title: 'ok' })).toEqual([]);
    });

    test('with the root given, .schema is the root and every schema object in an error is one of its objects', () => {
        const root = schema();
        const v = generated(root) as ValidateFunction & { schema: unknown };
        expect(v.schema).toEqual(root);
        const inRoot = objectsIn(v.schema);
        const errors = errorsOf(v, invalid);
        expect(errors.length).toBeGreaterThan(3);
        for (const e of errors) expect(inRoot.has(e.parentSchema)).toBe(true);
    });

    test('without the root, the module exports no schema', () => {
        const ajv = new Ajv({ ...options, code: { source: true } });
        const v = evaluateModule(standaloneModule(ajv, ajv.compile(schema()), { key: 'k2', header: 'Test.' }), 'test.cjs') as { schema?: unknown };
        expect(v.schema).toBeUndefined();
    });

    test('the AJV package versions (part of every key) are the installed ones', () => {
        expect(Object.keys(ajvPackageVersions())).toEqual(['ajv', 'ajv-draft-04', 'ajv-formats']);
        expect(Object.values(ajvPackageVersions()).every((v) => /^\d+\.\d+\.\d+/.test(v))).toBe(true);
    });
});
