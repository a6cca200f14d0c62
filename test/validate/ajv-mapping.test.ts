/** mapAjvErrors: grouping AJV's raw errors into one finding per place (toolchain-probe §2). */
import type { ErrorObject } from 'ajv';
import { describe, expect, test } from 'vitest';
import { mapAjvErrors, type SchemaFinding } from '../../src/validate/ajv.ts';

const err = (instancePath: string, keyword: string, params: Record<string, unknown>, extra: Partial<ErrorObject> = {}): ErrorObject => ({
    instancePath,
    schemaPath: `#/${keyword}`,
    keyword,
    params,
    message: `failed ${keyword}`,
    ...extra,
});
const base = { ruleId: 'ms-schema', file: 'f.json', source: 'S' };
const d = (message: string, path: (string | number)[], ruleId = 'ms-schema', severity = 'error') => ({ ruleId, severity, message, path, file: 'f.json' });

describe('mapAjvErrors', () => {
    test('no errors, no findings', () => expect(mapAjvErrors([], base)).toEqual([]));
    test('only the deepest path of a chain is kept', () => {
        expect(mapAjvErrors([err('/a', 'oneOf', {}), err('/a/b', 'type', { type: 'string' })], base)).toEqual([d('S: must be of type string.', ['a', 'b'])]);
    });
    test('errors outside oneOf/anyOf branches are kept on ancestor paths (unknown root key, missing info.version)', () => {
        const errors = [err('', 'additionalProperties', { additionalProperty: 'bogusTop' }), err('/info', 'required', { missingProperty: 'version' }), err('/info/x', 'enum', { allowedValues: ['a'] }, { data: 'b' })];
        expect(mapAjvErrors(errors, base)).toEqual([
            d('S: property "bogusTop" is not allowed here.', ['bogusTop']),
            d('S: missing required property "version".', ['info']),
            d('S: must be one of "a" (found "b").', ['info', 'x']),
        ]);
    });
    test('errors a oneOf branch produced on an ancestor of a deeper error are still pruned', () => {
        const errors = [err('/p', 'oneOf', {}), err('/p', 'required', { missingProperty: '$ref' }), err('/p', 'additionalProperties', { additionalProperty: 'q' }), err('/p/t', 'type', { type: 'string' })];
        expect(mapAjvErrors(errors, base)).toEqual([d('S: must be of type string.', ['p', 't'])]);
    });
    test('each disallowed property becomes its own finding at the property', () => {
        expect(mapAjvErrors([err('/info', 'additionalProperties', { additionalProperty: 'x-y' }), err('/info', 'additionalProperties', { additionalProperty: 'z' })], base)).toEqual([
            d('S: property "x-y" is not allowed here.', ['info', 'x-y']),
            d('S: property "z" is not allowed here.', ['info', 'z']),
        ]);
    });
    test('classify re-files a finding (rule, severity, message) and sees what it is about', () => {
        const seen: unknown[] = [];
        const m = {
            ...base,
            classify: (f: SchemaFinding) => {
                seen.push(f);
                return f.property === 'x-ms-keywords' ? { ruleId: 'ms-schema-outdated', severity: 'info' as const, message: 'newer' } : undefined;
            },
        };
        const errors = [err('/info', 'additionalProperties', { additionalProperty: 'x-ms-keywords' }), err('/info', 'required', { missingProperty: 'version' }, { data: { title: 't' } }), err('/f', 'enum', { allowedValues: ['a'] }, { data: 'b' })];
        expect(mapAjvErrors(errors, m)).toEqual([
            d('newer', ['info', 'x-ms-keywords'], 'ms-schema-outdated', 'info'),
            d('S: missing required property "version".', ['info']),
            d('S: must be one of "a" (found "b").', ['f']),
        ]);
        expect(seen).toEqual([
            { keyword: 'additionalProperties', path: ['info', 'x-ms-keywords'], property: 'x-ms-keywords' },
            { keyword: 'required', path: ['info'], data: { title: 't' }, property: 'version' },
            { keyword: 'enum', path: ['f'], data: 'b', allowed: ['a'] },
        ]);
    });
    test('enum lists from several branches merge into one finding', () => {
        const errors = [err('/t', 'enum', { allowedValues: ['a', 'b'] }, { data: 'z' }), err('/t', 'enum', { allowedValues: ['c'] }, { data: 'z' })];
        expect(mapAjvErrors(errors, base)).toEqual([d('S: must be one of "a", "b", "c" (found "z").', ['t'])]);
    });
    test('a oneOf failure with nothing deeper is one finding with the required properties first', () => {
        const errors = [err('/p', 'additionalProperties', { additionalProperty: 'q' }), err('/p', 'required', { missingProperty: 'r' }), err('/p', 'oneOf', {})];
        expect(mapAjvErrors(errors, base)).toEqual([d('S: matches none of the allowed shapes; problems: missing required property "r"; property "q" is not allowed here.', ['p'])]);
    });
    test('array indexes become numbers when the document is known', () => {
        expect(mapAjvErrors([err('/list/1/name', 'type', { type: 'string' })], { ...base, doc: { list: [{}, { name: 1 }] } })).toEqual([d('S: must be of type string.', ['list', 1, 'name'])]);
    });
    test('with skipThroughRefs, errors inside a dereferenced $ref and the oneOf they caused above it are dropped', () => {
        const doc = { r: { s: { $ref: '#/definitions/X' } }, definitions: { X: { type: 'text' } } };
        const errors = [err('/r/s/type', 'enum', { allowedValues: ['string'] }), err('/r', 'oneOf', {}), err('/r', 'required', { missingProperty: '$ref' }), err('/definitions/X/type', 'enum', { allowedValues: ['string'] })];
        expect(mapAjvErrors(errors, { ...base, doc, skipThroughRefs: true })).toEqual([d('S: must be one of "string".', ['definitions', 'X', 'type'])]);
    });
});
