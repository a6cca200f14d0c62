import { describe, expect, test } from 'vitest';
import { describeExpected, toDiagnostics } from '../../src/contract/messages.ts';
import type { JsonSchema } from '../../src/contract/to-json-schema.ts';

describe('describeExpected', () => {
    test.each([
        [{ type: 'integer', format: 'int32' }, 'integer (int32)'],
        [{ type: ['integer', 'null'], format: 'int64' }, 'integer (int64) or null'],
        [{ type: ['string', 'null'] }, 'string or null'],
        [{ type: 'array' }, 'array'],
        [{}, 'any value'],
        [{ type: ['null'] }, 'any value or null'],
    ] as [JsonSchema, string][])('%j', (schema, want) => {
        expect(describeExpected(schema)).toBe(want);
    });
});

describe('toDiagnostics', () => {
    test('falls back to AJV’s message for keywords without one of ours, and keeps AJV order', () => {
        const errors = [
            { keyword: 'minLength', instancePath: '/a', params: { limit: 2 }, parentSchema: { type: 'string', minLength: 2 } as JsonSchema, data: 'x', message: 'must NOT have fewer than 2 characters' },
            { keyword: 'enum', instancePath: '/b', params: {}, parentSchema: { type: ['string', 'null'], enum: ['Local', 'Ocpi', null] } as JsonSchema, data: 'x', message: 'must be equal to one of the allowed values' },
            { keyword: 'not', instancePath: '/c', params: {}, parentSchema: { not: { type: 'null' } } as JsonSchema, data: null, message: 'must NOT be valid' },
        ];
        expect(toDiagnostics(errors, { a: 'x', b: 'x', c: null })).toEqual([
            { ruleId: 'contract', severity: 'error', message: 'must NOT have fewer than 2 characters', path: ['a'] },
            { ruleId: 'contract', severity: 'error', message: 'must be one of "Local", "Ocpi", null', path: ['b'] },
            { ruleId: 'contract', severity: 'error', message: 'must not be null (the schema does not set x-nullable: true)', path: ['c'] },
        ]);
    });

    test('a format finding on a value that already failed its type is dropped', () => {
        const schema: JsonSchema = { type: 'integer', format: 'int32' };
        const errors = [
            { keyword: 'type', instancePath: '/n', params: { type: 'integer' }, parentSchema: schema, data: 1.5, message: 'must be integer' },
            { keyword: 'format', instancePath: '/n', params: { format: 'int32' }, parentSchema: schema, data: 1.5, message: 'must match format "int32"' },
            { keyword: 'format', instancePath: '/m', params: { format: 'int32' }, parentSchema: schema, data: 2 ** 31, message: 'must match format "int32"' },
        ];
        expect(toDiagnostics(errors, { n: 1.5, m: 2 ** 31 })).toEqual([
            { ruleId: 'contract', severity: 'error', message: 'must be integer (int32), got number', path: ['n'] },
            { ruleId: 'contract', severity: 'error', message: 'must be integer (int32): a whole number between -2147483648 and 2147483647', path: ['m'] },
        ]);
    });
});
