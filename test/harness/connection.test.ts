import { ROOT_DIR } from '../helpers/shared.ts';
import { describe, expect, test } from 'vitest';
import { checkConnection } from '../../src/harness/connection.ts';
import { loadConnectorFiles } from '../../src/harness/connector-files.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';

const { apiProperties } = loadConnectorFiles({ rootDir: ROOT_DIR });
const KEY = 'fake-test-key-0000';
const ALLOWED =
    'Production = https://api.emabler.io/api/v2/cpo, Staging = https://api-staging.emabler.net/api/v2/cpo, Test = https://api.emabler.net/api/v2/cpo';

const d = (ruleId: string, path: (string | number)[], message: string): Diagnostic => ({ ruleId, severity: 'error', file: 'apiProperties.json', path, message });

describe('checkConnection', () => {
    test.each<[string, Record<string, unknown>, boolean, Record<string, string>, Diagnostic[]]>([
        ['valid Test environment', { environment: 'https://api.emabler.net/api/v2/cpo', api_key: KEY }, false, { environment: 'https://api.emabler.net/api/v2/cpo', api_key: KEY }, []],
        ['environment defaults to Production', { api_key: KEY }, false, { environment: 'https://api.emabler.io/api/v2/cpo', api_key: KEY }, []],
        ['custom environment allowed when asked', { environment: 'http://127.0.0.1:4010/api/v2/cpo', api_key: KEY }, true, { environment: 'http://127.0.0.1:4010/api/v2/cpo', api_key: KEY }, []],
        [
            'custom environment rejected by default',
            { environment: 'http://127.0.0.1:4010/api/v2/cpo', api_key: KEY }, false,
            { environment: 'http://127.0.0.1:4010/api/v2/cpo', api_key: KEY },
            [d('connection-allowed-values', ['properties', 'connectionParameters', 'environment', 'uiDefinition', 'constraints', 'allowedValues'],
                `"http://127.0.0.1:4010/api/v2/cpo" is not an allowed value of connection parameter "environment" (allowed: ${ALLOWED}).`)],
        ],
        [
            'missing api_key',
            { environment: 'https://api.emabler.io/api/v2/cpo' }, false, { environment: 'https://api.emabler.io/api/v2/cpo' },
            [d('connection-required', ['properties', 'connectionParameters', 'api_key', 'uiDefinition', 'constraints', 'required'], 'Connection parameter "api_key" (API Key) is required.')],
        ],
        [
            'unknown and non-string values',
            { api_key: 42, apiKey: KEY }, false, { environment: 'https://api.emabler.io/api/v2/cpo' },
            [
                d('connection-value-type', ['properties', 'connectionParameters', 'api_key'], 'Connection parameter "api_key" must be given as a string.'),
                d('connection-unknown-parameter', ['properties', 'connectionParameters'], 'Connection value "apiKey" is not a connection parameter of this connector (known: environment, api_key).'),
                d('connection-required', ['properties', 'connectionParameters', 'api_key', 'uiDefinition', 'constraints', 'required'], 'Connection parameter "api_key" (API Key) is required.'),
            ],
        ],
    ])('%s', (_name, given, allowCustomValues, values, diagnostics) => {
        const r = checkConnection(apiProperties, given, { allowCustomValues });
        expect(r.values).toEqual(values);
        expect(r.diagnostics).toEqual(diagnostics);
    });

    test('securestring values are reported as secrets and never appear in messages', () => {
        const r = checkConnection(apiProperties, { api_key: KEY, apiKey: KEY });
        expect(r.secrets).toEqual([KEY]);
        expect(JSON.stringify(r.diagnostics)).not.toContain(KEY);
    });
});
