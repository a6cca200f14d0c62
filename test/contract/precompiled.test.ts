/**
 * Contract validators through the precompiled-validator cache (src/contract/ajv.ts over src/precompile):
 * the same findings as validators compiled in memory, a model edit gets new entries (the stale ones are
 * never used), formats reach the generated code by reference, and a key covers only the roots reached.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createContractAjv } from '../../src/contract/ajv.ts';
import { createContractChecker, type ContractChecker } from '../../src/contract/checker.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { readExamples } from '../../src/model/examples.ts';
import type { SwaggerDocument, SwaggerSchema } from '../../src/swagger/types.ts';
import { ROOT_DIR } from '../helpers/shared.ts';
import { makeDoc, makeOperation, readEmittedDocument } from './helpers.ts';

const item = (): SwaggerSchema => ({
    type: 'object',
    required: ['id'],
    properties: {
        id: { type: 'integer', format: 'int64' },
        count: { type: 'integer', format: 'int32' },
        ratio: { type: 'number', format: 'float' },
        at: { type: 'string', format: 'date-time' },
        local: { type: 'string', format: 'date-no-tz' },
        day: { type: 'string', format: 'date' },
        uid: { type: 'string', format: 'uuid' },
        mail: { type: 'string', format: 'email' },
        state: { type: 'string', enum: ['Active', 'Done'] },
        maybe: { type: 'integer', format: 'int32', 'x-nullable': true },
        tags: { type: 'array', items: { type: 'string' } },
    },
});

function doc(itemSchema: SwaggerSchema = item()): SwaggerDocument {
    return makeDoc(
        {
            '/items': {
                post: makeOperation('ListItems', { $ref: '#/definitions/Query' }, { '200': { description: 'Page.', schema: { $ref: '#/definitions/Page' } } }),
            },
            '/broken': { post: makeOperation('Broken', { $ref: '#/definitions/Missing' }, { '204': { description: 'Done.' } }) },
        },
        {
            Item: itemSchema,
            Page: { type: 'object', properties: { total: { type: 'integer', format: 'int64' }, items: { type: 'array', items: { $ref: '#/definitions/Item' } } } },
            Query: { type: 'object', properties: { ids: { type: 'array', items: { type: 'string' } }, limit: { type: 'integer', format: 'int32' } } },
        },
    );
}

const goodItem = { id: 1, count: 2, ratio: 0.5, at: '2026-10-01T06:12:44Z', local: '2026-10-01T06:12:44', day: '2026-10-01', uid: '123e4567-e89b-12d3-a456-426614174000', mail: 'a@example.com', state: 'Done', maybe: null, tags: ['x'] };
const badItem = { id: 2 ** 60, count: 2 ** 40, ratio: 1e39, at: '2026-10-01', local: '2026-10-01T06:12:44Z', day: 'x', uid: 'nope', mail: 'nope', state: 'Open', tags: [1], extra: true };

/** Every call the checker offers, with valid and invalid payloads (formats of both origins, enums, nulls, unknown fields, a schema that does not compile). */
function run(checker: ContractChecker): Diagnostic[][] {
    return [
        checker.checkResponse('ListItems', 200, { total: 2, items: [goodItem, badItem, {}] }),
        checker.checkResponse('ListItems', 200, { total: 'two', items: null }),
        checker.checkRequestBody('ListItems', { ids: ['a'], limit: 10 }),
        checker.checkRequestBody('ListItems', { ids: [1], limit: 2 ** 33, extra: 1 }),
        checker.checkRequestBody('Broken', {}),
    ];
}

let cacheDir: string;
beforeEach(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'emabler-contract-cache-'));
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('contract validators, precompiled', () => {
    test('fresh and read back from the cache, they give exactly the findings of validators compiled in memory', () => {
        const expected = run(createContractChecker(doc(), { cacheDir: false }));
        expect(expected.flat().length).toBeGreaterThan(15);
        expect(run(createContractChecker(doc(), { cacheDir }))).toEqual(expected);
        const entries = readdirSync(cacheDir);
        expect(entries.length).toBe(2); // one per compiled schema; the one that does not compile leaves none
        expect(run(createContractChecker(doc(), { cacheDir }))).toEqual(expected);
        expect(readdirSync(cacheDir)).toEqual(entries);
    });

    test('the example payloads against the emitted document, as they are and broken: the same findings', () => {
        const emitted = readEmittedDocument();
        const examples = readExamples(ROOT_DIR, 'src/emabler/examples').examples;
        const breakAll = (v: unknown): unknown => (Array.isArray(v) ? v.map(breakAll) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, breakAll(x)])) : typeof v === 'string' ? 7 : 'text');
        const check = (c: ContractChecker) =>
            examples.flatMap((ex) => [ex.body, breakAll(ex.body)].map((body) => (ex.kind === 'request' ? c.checkRequestBody(ex.operationId, body) : c.checkResponse(ex.operationId, ex.status!, body))));
        const expected = check(createContractChecker(emitted, { cacheDir: false }));
        expect(expected.flat().length).toBeGreaterThan(0);
        expect(check(createContractChecker(emitted, { cacheDir }))).toEqual(expected);
        expect(check(createContractChecker(emitted, { cacheDir }))).toEqual(expected);
    });

    test('a model edit gets new entries; the entries of the old model are never used for it', () => {
        run(createContractChecker(doc(), { cacheDir }));
        const old = readdirSync(cacheDir);
        for (const f of old) plantRejectAll(join(cacheDir, f));
        // The old model now reads the planted entries: proof that entries are used ...
        expect(createContractChecker(doc(), { cacheDir }).checkRequestBody('ListItems', { ids: ['a'] })).not.toEqual([]);
        // ... while an edited model (one more optional field) compiles its own and answers correctly.
        const edited = item();
        edited.properties!.note = { type: 'string' };
        expect(run(createContractChecker(doc(edited), { cacheDir }))).toEqual(run(createContractChecker(doc(edited), { cacheDir: false })));
        expect(readdirSync(cacheDir).filter((f) => !old.includes(f)).length).toBe(2);
    });

    test('a key covers only the roots a schema reaches: a response compiled after a request reuses the entry of one compiled alone', () => {
        createContractChecker(doc(), { cacheDir }).checkResponse('ListItems', 200, { items: [] });
        const alone = readdirSync(cacheDir);
        const c = createContractChecker(doc(), { cacheDir });
        c.checkRequestBody('ListItems', {});
        c.checkResponse('ListItems', 200, { items: [] });
        expect(readdirSync(cacheDir).filter((f) => alone.includes(f))).toEqual(alone);
        expect(readdirSync(cacheDir).length).toBe(2);
    });

    test('a root schema without an $id is refused (the cache key names the roots a schema reaches by $id); with one it is taken', () => {
        const ajv = createContractAjv({ cacheDir });
        expect(() => ajv.addRoot({ type: 'object' })).toThrow('a contract root schema needs an $id');
        ajv.addRoot({ $id: 'urn:test:root', type: 'object', definitions: { N: { type: 'integer' } } });
        expect(ajv.compile({ $ref: 'urn:test:root#/definitions/N' })('x').map((e) => e.keyword)).toEqual(['type']);
    });
});

/** Replaces an entry with a validator that keeps its key but rejects everything. */
function plantRejectAll(file: string): void {
    const key = /cacheKey = "([0-9a-f]+)"/.exec(readFileSync(file, 'utf8'))![1]!;
    writeFileSync(file, `module.exports = function validate() { validate.errors = [{ keyword: 'planted', instancePath: '', params: {}, parentSchema: {}, message: 'planted' }]; return false; };\nmodule.exports.cacheKey = ${JSON.stringify(key)};\n`);
}
