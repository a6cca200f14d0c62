/** queryParam: a query parameter from the same constructors as a body field. */
import { describe, expect, test } from 'vitest';
import { emitParameter } from '../../src/emit/swagger/parameter.ts';
import { arrayOf, bool, dateTime, int32, int64, int64Array, pathParam, queryParam, str, stringArray } from '../../src/model/fields.ts';
import type { OperationModel } from '../../src/model/types.ts';

const source = { operationId: 'ListDrivers' } as OperationModel;

describe('queryParam', () => {
    test.each([
        [
            'a nullable int32 with bounds',
            queryParam('limit', int32('Page Size', 'Rows per page.', { visibility: 'advanced', nullable: true, minimum: 1, maximum: 100 })),
            { name: 'limit', in: 'query', required: false, type: 'integer', format: 'int32', 'x-nullable': true, minimum: 1, maximum: 100, 'x-ms-summary': 'Page Size', description: 'Rows per page.', 'x-ms-visibility': 'advanced' },
        ],
        [
            'an int64 array travels comma-separated by default',
            queryParam('siteIds', int64Array('Site IDs', 'Only these sites.')),
            { name: 'siteIds', in: 'query', required: false, type: 'array', items: { type: 'integer', format: 'int64' }, collectionFormat: 'csv', 'x-ms-summary': 'Site IDs', description: 'Only these sites.' },
        ],
        [
            'a string array with another collection format',
            queryParam('tags', stringArray('Tags', 'Only these tags.'), { collectionFormat: 'pipes' }),
            { name: 'tags', in: 'query', required: false, type: 'array', items: { type: 'string' }, collectionFormat: 'pipes', 'x-ms-summary': 'Tags', description: 'Only these tags.' },
        ],
        [
            'a required enum string',
            queryParam('type', str('Type', 'Only this type.', { enum: ['AC', 'DC'] }), { required: true }),
            { name: 'type', in: 'query', required: true, type: 'string', enum: ['AC', 'DC'], 'x-ms-summary': 'Type', description: 'Only this type.' },
        ],
        ['a date-time', queryParam('from', dateTime('From', 'Created at or after.')), { name: 'from', in: 'query', required: false, type: 'string', format: 'date-time', 'x-ms-summary': 'From', description: 'Created at or after.' }],
        ['a boolean', queryParam('online', bool('Online', 'Connected now.')), { name: 'online', in: 'query', required: false, type: 'boolean', 'x-ms-summary': 'Online', description: 'Connected now.' }],
        [
            'a picker on a primitive parameter',
            queryParam('driverId', int64('Driver ID', 'Only this driver.'), {
                dynamicValues: { operation: source, parameters: { limit: 100 }, collection: 'items', valuePath: 'id', titlePath: 'name' },
            }),
            {
                name: 'driverId',
                in: 'query',
                required: false,
                type: 'integer',
                format: 'int64',
                'x-ms-dynamic-values': { operationId: 'ListDrivers', parameters: { limit: 100 }, 'value-collection': 'items', 'value-path': 'id', 'value-title': 'name' },
                'x-ms-dynamic-list': { operationId: 'ListDrivers', parameters: { limit: { value: 100 } }, itemsPath: 'items', itemValuePath: 'id', itemTitlePath: 'name' },
                'x-ms-summary': 'Driver ID',
                description: 'Only this driver.',
            },
        ],
    ])('%s', (_name, model, expected) => {
        expect(emitParameter(model)).toEqual(expected);
    });

    test('pathParam: required, in path, single URL encoding', () => {
        expect(emitParameter(pathParam('transactionId', str('Session ID', 'The session to read.', { visibility: 'important' })))).toEqual({
            name: 'transactionId',
            in: 'path',
            required: true,
            type: 'string',
            'x-ms-url-encoding': 'single',
            'x-ms-summary': 'Session ID',
            description: 'The session to read.',
            'x-ms-visibility': 'important',
        });
    });

    test('a picker on a query array is refused: Microsoft\'s schema allows no x-ms-* on its items', () => {
        expect(() =>
            queryParam('driverIds', int64Array('Driver IDs', 'Only these drivers.'), {
                dynamicValues: { operation: source, parameters: {}, collection: 'items', valuePath: 'id', titlePath: 'name' },
            }),
        ).toThrow('Query parameter "driverIds": Microsoft\'s schema allows no picker on a query array.');
    });

    test('a query array of objects is refused: a query parameter\'s items must be primitive', () => {
        const site = { name: 'Site', title: 'Site', description: 'A site.', properties: {} };
        expect(() => queryParam('sites', arrayOf(site, 'Sites', 'Only these sites.'))).toThrow('Query parameter "sites": array items must be primitive.');
    });
});
