/** findPicker: which input, which extension, read into one shape; ToolErrors for inputs without a picker. */
import { describe, expect, test } from 'vitest';
import { ToolError } from '../../src/core/errors.ts';
import { findPicker, type FoundPicker } from '../../src/harness/picker.ts';
import { requireOperation } from '../../src/harness/request.ts';
import type { SwaggerDocument } from '../../src/swagger/types.ts';
import { committedSwagger } from '../helpers/project.ts';
import { thrown } from '../helpers/thrown.ts';

const SWAGGER = committedSwagger();
const SITE_ITEMS = ['definitions', 'QueryChargingSessionsRequest', 'properties', 'siteIDs', 'items'];

/** A copy of the committed swagger, changed by `edit`. */
function variant(edit: (doc: SwaggerDocument & { definitions: Record<string, any>; paths: Record<string, any> }) => void): SwaggerDocument {
    const doc = structuredClone(SWAGGER) as SwaggerDocument & { definitions: Record<string, any>; paths: Record<string, any> };
    edit(doc);
    return doc;
}

const find = (doc: SwaggerDocument, operationId: string, field: string): FoundPicker => findPicker(doc, requireOperation(doc, operationId), field);
const siteItems = (doc: { definitions: Record<string, any> }) => doc.definitions['QueryChargingSessionsRequest'].properties.siteIDs.items;

describe('findPicker', () => {
    test('an item picker of a body array: x-ms-dynamic-list is chosen, both forms agree', () => {
        expect(find(SWAGGER, 'QueryChargingSessions', 'siteIDs')).toEqual({
            picker: {
                extension: 'x-ms-dynamic-list', at: [...SITE_ITEMS, 'x-ms-dynamic-list'], operationId: 'ListSites', arguments: [{ name: 'limit', value: 100 }],
                collection: 'items', valuePath: 'id', titlePath: 'name', target: { type: 'string', format: undefined },
            },
            diagnostics: [],
        });
    });

    test.each([
        ['chargerIDs', 'ListChargers', 'chargerId', 'name'],
        ['driverIDs', 'ListDrivers', 'id', 'name'],
        ['rfidTags', 'ListRfidTags', 'idTag', 'idTag'],
    ])('QueryChargingSessions %s → %s %s / %s', (field, operationId, valuePath, titlePath) => {
        const { picker, diagnostics } = find(SWAGGER, 'QueryChargingSessions', field);
        expect([picker.operationId, picker.collection, picker.valuePath, picker.titlePath, picker.target.type, diagnostics]).toEqual([operationId, 'items', valuePath, titlePath, 'string', []]);
    });

    test('a query parameter: ListRfidTags driverId, an int64 target', () => {
        expect(find(SWAGGER, 'ListRfidTags', 'driverId').picker).toEqual({
            extension: 'x-ms-dynamic-list', at: ['paths', '/v2/tags', 'get', 'parameters', 1, 'x-ms-dynamic-list'], operationId: 'ListDrivers',
            arguments: [{ name: 'limit', value: 100 }], collection: 'items', valuePath: 'id', titlePath: 'name', target: { type: 'integer', format: 'int64' },
        });
    });

    test('x-ms-dynamic-values alone is the fallback', () => {
        const doc = variant((d) => delete siteItems(d)['x-ms-dynamic-list']);
        expect(find(doc, 'QueryChargingSessions', 'siteIDs')).toEqual({
            picker: {
                extension: 'x-ms-dynamic-values', at: [...SITE_ITEMS, 'x-ms-dynamic-values'], operationId: 'ListSites', arguments: [{ name: 'limit', value: 100 }],
                collection: 'items', valuePath: 'id', titlePath: 'name', target: { type: 'string', format: undefined },
            },
            diagnostics: [],
        });
    });

    test('both forms disagreeing: a warning, and the list form is used', () => {
        const doc = variant((d) => {
            siteItems(d)['x-ms-dynamic-values']['value-path'] = 'externalId';
            siteItems(d)['x-ms-dynamic-values'].parameters = { limit: 50 };
        });
        const found = find(doc, 'QueryChargingSessions', 'siteIDs');
        expect([found.picker.valuePath, found.diagnostics]).toEqual(['id', [{
            ruleId: 'dynamic-values-disagree', severity: 'warn', path: [...SITE_ITEMS, 'x-ms-dynamic-list'],
            message: 'QueryChargingSessions input "siteIDs": x-ms-dynamic-list and x-ms-dynamic-values disagree (itemValuePath / value-path "id" vs "externalId"; parameters differ); using x-ms-dynamic-list, as Power Fx does.',
        }]]);
    });

    test('the two forms compared as dynamic-list-consistent compares them: "a.b" in the values form is the body path "body/a/b"', () => {
        const agree = variant((d) => {
            siteItems(d)['x-ms-dynamic-values'].parameters = { limit: 100, search: { parameter: 'a.b' } };
            siteItems(d)['x-ms-dynamic-list'].parameters = { limit: { value: 100 }, search: { parameterReference: 'body/a/b' } };
        });
        expect(find(agree, 'QueryChargingSessions', 'siteIDs').diagnostics).toEqual([]);
        const differ = variant((d) => {
            siteItems(d)['x-ms-dynamic-values'].parameters = { limit: 100, search: { parameter: 'a.c' } };
            siteItems(d)['x-ms-dynamic-list'].parameters = { limit: { value: 100 }, search: { parameterReference: 'body/a/b' } };
        });
        expect(find(differ, 'QueryChargingSessions', 'siteIDs').diagnostics).toEqual([{
            ruleId: 'dynamic-values-disagree', severity: 'warn', path: [...SITE_ITEMS, 'x-ms-dynamic-list'],
            message: 'QueryChargingSessions input "siteIDs": x-ms-dynamic-list and x-ms-dynamic-values disagree (parameters differ); using x-ms-dynamic-list, as Power Fx does.',
        }]);
    });

    test('references to other inputs: {parameter} and {parameterReference}', () => {
        const doc = variant((d) => {
            siteItems(d)['x-ms-dynamic-values'].parameters = { limit: 100, search: { parameter: 'sortKey' } };
            siteItems(d)['x-ms-dynamic-list'].parameters = { limit: { value: 100 }, search: { parameterReference: 'body/sortKey' } };
        });
        const found = find(doc, 'QueryChargingSessions', 'siteIDs');
        expect([found.picker.arguments, found.diagnostics]).toEqual([[{ name: 'limit', value: 100 }, { name: 'search', reference: 'body/sortKey' }], []]);
    });

    test('a picker on the array itself, and on a nested body property (a/b)', () => {
        const doc = variant((d) => {
            const siteIDs = d.definitions['QueryChargingSessionsRequest'].properties.siteIDs;
            siteIDs['x-ms-dynamic-values'] = siteIDs.items['x-ms-dynamic-values'];
            delete siteIDs.items['x-ms-dynamic-values'];
            delete siteIDs.items['x-ms-dynamic-list'];
            d.definitions['QueryChargingSessionsRequest'].properties.where = { type: 'object', properties: { tag: { type: 'string', 'x-ms-dynamic-values': { operationId: 'ListRfidTags', parameters: {}, 'value-collection': 'items', 'value-path': 'idTag', 'value-title': 'tokenName' } } } };
        });
        expect([find(doc, 'QueryChargingSessions', 'siteIDs').picker.at, find(doc, 'QueryChargingSessions', 'siteIDs').picker.target]).toEqual([
            ['definitions', 'QueryChargingSessionsRequest', 'properties', 'siteIDs', 'x-ms-dynamic-values'], { type: 'string', format: undefined },
        ]);
        expect(find(doc, 'QueryChargingSessions', 'where/tag').picker).toMatchObject({ operationId: 'ListRfidTags', titlePath: 'tokenName', at: ['definitions', 'QueryChargingSessionsRequest', 'properties', 'where', 'properties', 'tag', 'x-ms-dynamic-values'] });
    });

    test.each<[string, SwaggerDocument, string, string, string]>([
        ['no such input', SWAGGER, 'QueryChargingSessions', 'siteId', 'QueryChargingSessions has no input "siteId" (inputs with a picker: chargerIDs, driverIDs, siteIDs, rfidTags)'],
        ['an input without a picker', SWAGGER, 'QueryChargingSessions', 'limit', 'input "limit" of QueryChargingSessions has no picker (x-ms-dynamic-list or x-ms-dynamic-values); inputs with a picker: chargerIDs, driverIDs, siteIDs, rfidTags'],
        ['a parameter without a picker', SWAGGER, 'ListRfidTags', 'search', 'input "search" of ListRfidTags has no picker (x-ms-dynamic-list or x-ms-dynamic-values); inputs with a picker: driverId'],
        ['an operation without pickers', SWAGGER, 'ListSites', 'siteIds', 'input "siteIds" of ListSites has no picker (x-ms-dynamic-list or x-ms-dynamic-values); inputs with a picker: none'],
        [
            'a picker without an operationId', variant((d) => { delete siteItems(d)['x-ms-dynamic-list'].operationId; }), 'QueryChargingSessions', 'siteIDs',
            'apiDefinition.swagger.json#/definitions/QueryChargingSessionsRequest/properties/siteIDs/items/x-ms-dynamic-list/operationId: x-ms-dynamic-list of QueryChargingSessions input "siteIDs" names no operationId.',
        ],
    ])('ToolError: %s', (_name, doc, operationId, field, message) => {
        const e = thrown(() => find(doc, operationId, field));
        expect([e instanceof ToolError, e.message]).toEqual([true, message]);
    });
});
