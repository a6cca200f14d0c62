/**
 * resolveDynamicValues against the sandbox: values and titles as the dropdown would list them, type
 * conversion, references to other inputs, and the findings when the picker's paths do not fit the
 * source operation's response (swagger variants of the committed document).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ToolError } from '../../src/core/errors.ts';
import { startSandbox, type RunningSandbox } from '../../src/emabler/sandbox/server.ts';
import { loadConnectorFiles } from '../../src/harness/connector-files.ts';
import { resolveDynamicValues } from '../../src/harness/dynamic-values.ts';
import { createHarness } from '../../src/harness/execute.ts';
import type { SwaggerDocument } from '../../src/swagger/types.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

const KEY = 'fake-test-key-0000';
const files = loadConnectorFiles({ rootDir: ROOT_DIR });
let sb: RunningSandbox;

beforeAll(async () => {
    sb = await startSandbox({ seed: 5, sessions: 20, apiKeys: [KEY] });
});
afterAll(async () => {
    await sb.close();
});

type Editable = SwaggerDocument & { definitions: Record<string, any> };
const siteItems = (d: Editable) => d.definitions['QueryChargingSessionsRequest'].properties.siteIDs.items;

/** Resolve `field` of `operationId` with a swagger changed by `edit` (only the list form, so the edit counts). */
function resolve(operationId: string, field: string, input: Record<string, unknown> = {}, edit?: (list: Record<string, any>, doc: Editable) => void, key = KEY) {
    const swagger = structuredClone(files.swagger) as Editable;
    if (edit) {
        delete siteItems(swagger)['x-ms-dynamic-values'];
        edit(siteItems(swagger)['x-ms-dynamic-list'], swagger);
    }
    const harness = createHarness({ files: { ...files, swagger }, connection: { environment: sb.url, api_key: key }, allowCustomValues: true });
    return resolveDynamicValues(harness, operationId, field, input);
}

const SITES = [
    ['7015', 'Bergen Bryggen P-hus'], ['5100', 'eMabler Sandbox Finland'], ['7000', 'eMabler Sandbox Norway'], ['6000', 'eMabler Sandbox Sweden'], ['5133', 'Espoo Tapiola Centre'],
    ['6044', 'Göteborg Lindholmen'], ['5120', 'Helsinki Kamppi P2'], ['7002', 'Oslo Grünerløkka Borettslag'], ['6031', 'Stockholm Södermalm Garage'],
];

describe('resolveDynamicValues', () => {
    test('siteIDs: the nine sites, ids converted to text for the string items', async () => {
        const r = await resolve('QueryChargingSessions', 'siteIDs');
        expect(r).toEqual({
            ok: true, sourceOperationId: 'ListSites', diagnostics: [], notes: ['converted 9 integer value(s) to text for a string input'],
            values: SITES.map(([value, title]) => ({ value, title })),
        });
    });

    test('ListRfidTags driverId: integer values stay integers for the int64 parameter', async () => {
        const r = await resolve('ListRfidTags', 'driverId');
        expect([r.ok, r.sourceOperationId, r.notes, r.values.length, r.values.slice(0, 3)]).toEqual([
            true, 'ListDrivers', [], 48, [{ value: 201184, title: 'Aino Lindqvist' }, { value: 200000, title: 'Aino Mäkelä' }, { value: 200592, title: 'Aino Nyström' }],
        ]);
    });

    test('a reference takes its value from --input (and a leading body/ is dropped)', async () => {
        const r = await resolve('QueryChargingSessions', 'siteIDs', { sortKey: 'sandbox' }, (list) => {
            list['parameters'] = { limit: { value: 100 }, search: { parameterReference: 'body/sortKey' } };
        });
        expect([r.ok, r.values]).toEqual([true, [{ value: '5100', title: 'eMabler Sandbox Finland' }, { value: '7000', title: 'eMabler Sandbox Norway' }, { value: '6000', title: 'eMabler Sandbox Sweden' }]]);
    });

    test('a missing title path falls back to the value', async () => {
        const r = await resolve('QueryChargingSessions', 'siteIDs', {}, (list) => {
            list['itemTitlePath'] = 'label';
        });
        expect(r.values.slice(0, 2)).toEqual([{ value: '7015', title: '7015' }, { value: '5100', title: '5100' }]);
    });

    test('items without a value are left out, each with a warning', async () => {
        const r = await resolve('QueryChargingSessions', 'siteIDs', {}, (list) => {
            list['itemValuePath'] = 'parentSiteId';
        });
        expect([r.ok, r.values.map((v) => v.value), r.diagnostics]).toEqual([
            true,
            ['7000', '5100', '6000', '5100', '7000', '6000'],
            [1, 2, 3].map((i) => ({
                ruleId: 'dynamic-value-missing', severity: 'warn', path: ['response', 200, 'items', i],
                message: `QueryChargingSessions input "siteIDs": item ${i} of "items" in the ListSites response has no value at "parentSiteId"; left out.`,
            })),
        ]);
    });

    test('a value path no item has → error, no values', async () => {
        const r = await resolve('QueryChargingSessions', 'siteIDs', {}, (list) => {
            list['itemValuePath'] = 'siteId';
        });
        expect([r.ok, r.values, r.diagnostics]).toEqual([false, [], [{
            ruleId: 'dynamic-values-value-path', severity: 'error', path: ['response', 200, 'items'],
            message: 'QueryChargingSessions input "siteIDs": none of the 9 item(s) of "items" in the ListSites response has a value at "siteId".',
        }]]);
    });

    test.each<[string, string]>([
        ['item', '"item"'],
        ['items/0', '"items/0"'],
        ['', 'the response'],
    ])('collection path %j that is not an array → error', async (path, named) => {
        const r = await resolve('QueryChargingSessions', 'siteIDs', {}, (list) => {
            list['itemsPath'] = path;
        });
        expect([r.ok, r.values, r.diagnostics]).toEqual([false, [], [{
            ruleId: 'dynamic-values-collection', severity: 'error', path: ['response', 200, ...path.split('/').filter((s) => s !== '')],
            message: `QueryChargingSessions input "siteIDs": ${named} in the ListSites response is not an array (x-ms-dynamic-list itemsPath).`,
        }]]);
    });

    test('a failed source call: not ok, its findings passed on', async () => {
        const r = await resolve('QueryChargingSessions', 'siteIDs', {}, undefined, 'fake-test-key-9999');
        expect([r.ok, r.values, r.diagnostics.map((d) => [d.ruleId, d.message])]).toEqual([false, [], [['http-status', 'ListSites: HTTP 401 (User not authorised).']]]);
    });

    test('a page the source answers with 400 (a static limit above 100) is a failed call', async () => {
        const r = await resolve('QueryChargingSessions', 'siteIDs', {}, (list) => {
            list['parameters'] = { limit: { value: 500 } };
        });
        expect([r.ok, r.diagnostics.map((d) => d.ruleId)]).toEqual([false, ['http-status']]);
    });

    test.each<[string, (list: Record<string, any>) => void, Record<string, unknown>, string]>([
        [
            'the source operation is not in the swagger', (list) => { list['operationId'] = 'ListSite'; }, {},
            'apiDefinition.swagger.json#/definitions/QueryChargingSessionsRequest/properties/siteIDs/items/x-ms-dynamic-list/operationId: x-ms-dynamic-list of QueryChargingSessions input "siteIDs" names operation "ListSite", which is not in the swagger.',
        ],
        [
            'a referenced input is missing from --input', (list) => { list['parameters'] = { search: { parameterReference: 'body/sortKey' } }; }, { limit: 5 },
            'the picker of QueryChargingSessions input "siteIDs" needs "body/sortKey" in --input (it passes it to ListSites as "search")',
        ],
    ])('ToolError: %s', async (_name, edit, input, message) => {
        const e = await resolve('QueryChargingSessions', 'siteIDs', input, edit).then(() => undefined, (err: unknown) => err);
        expect([e instanceof ToolError, (e as Error).message]).toEqual([true, message]);
    });
});
