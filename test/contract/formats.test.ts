/** Every Microsoft format, checked through the contract AJV instance: one accepted and one rejected value each. */
import { describe, expect, test } from 'vitest';
import { createContractAjv } from '../../src/contract/ajv.ts';
import { FORMAT_RULES, FLOAT_MAX } from '../../src/contract/formats.ts';
import type { SchemaFormat } from '../../src/swagger/types.ts';

const ajv = createContractAjv();
const typeOf = (format: SchemaFormat) =>
    format === 'int32' || format === 'int64' ? 'integer' : format === 'float' || format === 'double' ? 'number' : 'string';
const validators = new Map(
    (Object.keys(FORMAT_RULES) as SchemaFormat[]).map((f) => [f, ajv.compile({ type: typeOf(f), format: f })] as const),
);
const keywordsFor = (format: SchemaFormat, value: unknown) => validators.get(format)!(value).map((e) => e.keyword);

const cases: [SchemaFormat, unknown, string[]][] = [
    ['int32', 2147483647, []],
    ['int32', -2147483649, ['format']],
    ['int64', -9007199254740991, []],
    ['int64', 1e300, ['format']],
    ['float', FLOAT_MAX, []],
    ['float', 3.5e38, ['format']],
    ['double', 1.7976931348623157e308, []],
    ['double', 'NaN', ['type']],
    ['date', '2024-02-29', []],
    ['date', '2026-02-29', ['format']],
    ['date-time', '2026-10-01T06:12:44.120-05:30', []],
    ['date-time', '2026-10-01T24:00:00Z', ['format']],
    ['date-no-tz', '2026-10-01T06:12', []],
    ['date-no-tz', '2026-10-01T06:12:44+02:00', ['format']],
    ['byte', 'RW1hYmxlcg==', []],
    ['byte', 'not base64!', ['format']],
    ['binary', '\u0000\u00ff', []],
    ['binary', 7, ['type']],
    ['password', 'fake-test-key-0000', []],
    ['password', null, ['type']],
    ['html', '<b>Kamppi</b>', []],
    ['html', false, ['type']],
    ['email', 'support@emabler.com', []],
    ['email', 'support(at)emabler.com', ['format']],
    ['uri', 'https://www.emabler.com/privacy-policy', []],
    ['uri', '/api/v2/cpo', ['format']],
    ['uuid', '7c9e6679-7425-40de-944b-e07fc1f90ae7', []],
    ['uuid', '7c9e6679-7425-40de-944b', ['format']],
];

describe('formats', () => {
    test('every Microsoft format has a case of each kind', () => {
        const covered = (valid: boolean) => new Set(cases.filter(([, , want]) => (want.length === 0) === valid).map(([f]) => f));
        expect([...covered(true)].sort()).toEqual(Object.keys(FORMAT_RULES).sort());
        expect([...covered(false)].sort()).toEqual(Object.keys(FORMAT_RULES).sort());
    });

    test.each(cases)('%s %j → %j', (format, value, want) => {
        expect(keywordsFor(format, value)).toEqual(want);
    });
});
