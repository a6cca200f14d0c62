/** pollTrigger's findings before any custom code runs: they stop the poll (no Mono needed), masked like every other finding. */
import { expect, test } from 'vitest';
import { ENDED_PATH, onChargingSessionEnded } from '../../../src/emabler/operations/charging-session-triggers.ts';
import { loadConnectorFiles } from '../../../src/harness/connector-files.ts';
import { CONNECTOR_ENDPOINT, pollTrigger } from '../../../src/harness/custom-code/poll.ts';
import { ROOT_DIR } from '../../helpers/shared.ts';

const KEY = 'fake-test-key-0000';
const files = loadConnectorFiles({ rootDir: ROOT_DIR });
const ALLOWED =
    'Production = https://api.emabler.io/api/v2/cpo, Staging = https://api-staging.emabler.net/api/v2/cpo, Test = https://api.emabler.net/api/v2/cpo';

test('a connection error: the poll stops before the script is compiled (the project names none here) and the API key is masked', async () => {
    const operationId = onChargingSessionEnded.operationId;
    const r = await pollTrigger(operationId, { rootDir: ROOT_DIR, files, connection: { environment: `http://127.0.0.1:1/${KEY}`, api_key: KEY } });
    expect(r).toEqual({
        operationId,
        ok: false,
        items: [],
        sends: [],
        diagnostics: [
            {
                ruleId: 'connection-allowed-values',
                severity: 'error',
                file: 'apiProperties.json',
                path: ['properties', 'connectionParameters', 'environment', 'uiDefinition', 'constraints', 'allowedValues'],
                message: `"http://127.0.0.1:1/***" is not an allowed value of connection parameter "environment" (allowed: ${ALLOWED}).`,
            },
        ],
        url: `${CONNECTOR_ENDPOINT}${ENDED_PATH}`,
    });
});
