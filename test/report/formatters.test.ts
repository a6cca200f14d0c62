import { describe, expect, test } from 'vitest';
import { formatDiagnostics, formatJson, formatStylish } from '../../src/report/index.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { sortDiagnostics } from '../../src/core/diagnostic.ts';

const diagnostics: Diagnostic[] = [
    { ruleId: 'title-max-30', severity: 'error', message: 'Title has 31 characters; the limit is 30.', path: ['info', 'title'], file: 'apiDefinition.swagger.json' },
    { ruleId: 'brand-color', severity: 'warn', message: 'iconBrandColor is missing.', path: ['properties'], file: 'apiProperties.json' },
    { ruleId: 'parameter-summary-required', severity: 'error', message: 'Parameter "a~b" is missing x-ms-summary.', path: ['paths', '/items/{id}', 'get', 'parameters', 0], file: 'apiDefinition.swagger.json' },
];

describe('formatters', () => {
    test('stylish: file#pointer (keys with / and ~ escaped), severity, rule, message, then a count line', () => {
        expect(formatStylish(diagnostics)).toBe(
            [
                'apiDefinition.swagger.json#/info/title  error  title-max-30  Title has 31 characters; the limit is 30.',
                'apiProperties.json#/properties  warn  brand-color  iconBrandColor is missing.',
                'apiDefinition.swagger.json#/paths/~1items~1{id}/get/parameters/0  error  parameter-summary-required  Parameter "a~b" is missing x-ms-summary.',
                '2 errors, 1 warning, 0 infos',
                '',
            ].join('\n'),
        );
    });
    test('stylish with no findings', () => expect(formatStylish([])).toBe('0 errors, 0 warnings, 0 infos\n'));
    test('json: array of {file, pointer, ruleId, severity, message}', () => {
        expect(JSON.parse(formatJson(diagnostics.slice(0, 1)))).toEqual([{ file: 'apiDefinition.swagger.json', pointer: '#/info/title', ruleId: 'title-max-30', severity: 'error', message: 'Title has 31 characters; the limit is 30.' }]);
        expect(formatDiagnostics([], 'json')).toBe('[]\n');
    });
    test('sortDiagnostics orders by file, pointer, rule id', () => {
        expect(sortDiagnostics(diagnostics).map((d) => d.ruleId)).toEqual(['title-max-30', 'parameter-summary-required', 'brand-color']);
    });
});
