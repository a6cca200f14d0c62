import { describe, expect, test } from 'vitest';
import { evaluateExpression } from '../../src/harness/expressions.ts';

const connection = { environment: 'https://api.emabler.net/api/v2/cpo', region: 'eu', empty: '' };

describe('evaluateExpression', () => {
    test.each<[string, string, ReturnType<typeof evaluateExpression>]>([
        ['plain value', "@connectionParameters('environment')", { ok: true, value: 'https://api.emabler.net/api/v2/cpo' }],
        ['inside a string', "https://@connectionParameters('region').example.com/v1", { ok: true, value: 'https://eu.example.com/v1' }],
        ['braced form', "@{connectionParameters('region')}-x", { ok: true, value: 'eu-x' }],
        ['default used when missing', "@connectionParameters('missing', 'https://fallback.example.com')", { ok: true, value: 'https://fallback.example.com' }],
        ['default used when empty', "@connectionParameters('empty','d')", { ok: true, value: 'd' }],
        ['default ignored when set', "@connectionParameters('region','d')", { ok: true, value: 'eu' }],
        ['literal text only', 'https://api.emabler.io/api/v2/cpo', { ok: true, value: 'https://api.emabler.io/api/v2/cpo' }],
        ['missing without default', "@connectionParameters('missing')", { ok: false, message: 'connection parameter "missing" has no value and the expression gives no default' }],
        ['unsupported function', "@headers('x-api-key')", { ok: false, message: 'expression function "headers" is not supported by the harness (supported: connectionParameters)' }],
    ])('%s', (_name, template, expected) => {
        expect(evaluateExpression(template, connection)).toEqual(expected);
    });
});
