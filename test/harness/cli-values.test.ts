/** `npm run try -- <OperationId> --values <field>`: output, exit codes and messages. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/emabler/sandbox/server.ts';
import { run as runTry, TRY_USAGE } from '../../src/harness/cli.ts';
import { runCli } from '../helpers/io.ts';
import { committedSwagger, PROJECT } from '../helpers/project.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

const KEY = 'fake-test-key-0000';
let sb: RunningSandbox;
let tmp: string;

beforeAll(async () => {
    sb = await startSandbox({ seed: 5, sessions: 20, apiKeys: [KEY] });
    tmp = mkdtempSync(join(tmpdir(), 'try-values-'));
});
afterAll(async () => {
    await sb.close();
    rmSync(tmp, { recursive: true, force: true });
});

async function run(argv: string[]) {
    const r = await runCli((io) => runTry(argv, io, PROJECT), ROOT_DIR);
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const conn = (key = KEY) => JSON.stringify({ environment: sb.url, api_key: key });
const values = (operationId: string, field: string, ...more: string[]) => run([operationId, '--values', field, '--connection', conn(), '--allow-custom-values', ...more]);

describe('try --values', () => {
    test('prints the picker’s options as [{value, title}] and exits 0; conversions and the count go to stderr', async () => {
        const r = await values('QueryChargingSessions', 'siteIDs');
        expect([r.code, r.stderr]).toEqual([0, 'converted 9 integer value(s) to text for a string input\nQueryChargingSessions --values siteIDs: 9 value(s) from ListSites\n']);
        expect(JSON.parse(r.stdout)).toEqual([
            { value: '7015', title: 'Bergen Bryggen P-hus' }, { value: '5100', title: 'eMabler Sandbox Finland' }, { value: '7000', title: 'eMabler Sandbox Norway' },
            { value: '6000', title: 'eMabler Sandbox Sweden' }, { value: '5133', title: 'Espoo Tapiola Centre' }, { value: '6044', title: 'Göteborg Lindholmen' },
            { value: '5120', title: 'Helsinki Kamppi P2' }, { value: '7002', title: 'Oslo Grünerløkka Borettslag' }, { value: '6031', title: 'Stockholm Södermalm Garage' },
        ]);
        expect(r.stdout.startsWith('[\n  {\n    "value": "7015",\n    "title": "Bergen Bryggen P-hus"\n  },')).toBe(true);
    });

    test.each<[string, string, number, { value: unknown; title: string }, string]>([
        ['QueryChargingSessions', 'chargerIDs', 14, { value: 'EMB-BGO-0021', title: 'Bryggen DC 21' }, 'ListChargers'],
        ['QueryChargingSessions', 'driverIDs', 48, { value: '201184', title: 'Aino Lindqvist' }, 'ListDrivers'],
        ['QueryChargingSessions', 'rfidTags', 64, { value: '04A2B91C7F6E80', title: '04A2B91C7F6E80' }, 'ListRfidTags'],
        ['ListRfidTags', 'driverId', 48, { value: 201184, title: 'Aino Lindqvist' }, 'ListDrivers'],
    ])('%s %s: %i options, the first %j', async (operationId, field, count, first, source) => {
        const r = await values(operationId, field);
        const out = JSON.parse(r.stdout) as unknown[];
        expect([r.code, out.length, out[0], r.stderr.split('\n').at(-2)]).toEqual([0, count, first, `${operationId} --values ${field}: ${count} value(s) from ${source}`]);
    });

    test('a picker whose collection path is wrong: exit 1 with the finding, nothing on stdout', async () => {
        const swagger = committedSwagger() as any;
        const items = swagger.definitions.QueryChargingSessionsRequest.properties.siteIDs.items;
        items['x-ms-dynamic-list'].itemsPath = 'sites';
        items['x-ms-dynamic-values']['value-collection'] = 'sites';
        const file = join(tmp, 'apiDefinition.swagger.json');
        writeFileSync(file, JSON.stringify(swagger));
        const r = await values('QueryChargingSessions', 'siteIDs', '--swagger', file);
        expect(r).toEqual({
            code: 1, stdout: '',
            stderr:
                '#/response/200/sites  error  dynamic-values-collection  QueryChargingSessions input "siteIDs": "sites" in the ListSites response is not an array (x-ms-dynamic-list itemsPath).\n' +
                '1 error, 0 warnings, 0 infos\n' +
                'QueryChargingSessions --values siteIDs: 0 value(s) from ListSites\n',
        });
    });

    test('a failed source call (wrong key): exit 1', async () => {
        const r = await run(['QueryChargingSessions', '--values', 'siteIDs', '--connection', conn('fake-test-key-9999'), '--allow-custom-values']);
        expect([r.code, r.stdout, r.stderr.split('\n')[0]]).toEqual([1, '', '#/response/401  error  http-status  ListSites: HTTP 401 (User not authorised).']);
    });

    const usage = (message: string) => `try: ${message}\n${TRY_USAGE}\n`;
    /** These fail before any call: the environment is never reached. */
    const offline = JSON.stringify({ environment: 'http://127.0.0.1:9/api/v2/cpo', api_key: KEY });
    test.each<[string, string[], string]>([
        ['--values with --all', ['QueryChargingSessions', '--values', 'siteIDs', '--all'], usage('--values cannot be combined with --all or --limit')],
        ['--values with --limit', ['QueryChargingSessions', '--values', 'siteIDs', '--limit', '5'], usage('--values cannot be combined with --all or --limit')],
        ['--values without a field', ['QueryChargingSessions', '--values'], usage('--values needs a value')],
        [
            'an input without a picker', ['QueryChargingSessions', '--values', 'limit', '--connection', offline, '--allow-custom-values'],
            'try: cannot run: input "limit" of QueryChargingSessions has no picker (x-ms-dynamic-list or x-ms-dynamic-values); inputs with a picker: chargerIDs, driverIDs, siteIDs, rfidTags\n',
        ],
        [
            'no such input', ['ListRfidTags', '--values', 'driver', '--connection', offline, '--allow-custom-values'],
            'try: cannot run: ListRfidTags has no input "driver" (inputs with a picker: driverId)\n',
        ],
    ])('cannot run (%s): exit 2', async (_name, argv, stderr) => {
        expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr });
    });
});
