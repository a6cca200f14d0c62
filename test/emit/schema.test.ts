import { describe, expect, test } from 'vitest';
import { collectNamedSchemas, emitDefinition, emitPropertySchema } from '../../src/emit/swagger/schema.ts';
import { arrayOf, arrayOfPrimitive, dateTime, double, enumArray, int32, int64, mapOf, objectOf, str, stringArray, uri } from '../../src/model/fields.ts';
import type { NamedSchema, PropertySchemaModel } from '../../src/model/types.ts';

const Leaf: NamedSchema = { name: 'Leaf', title: 'Leaf', description: 'A leaf.', properties: { n: int32('N', 'A number.') } };

const cases: [string, PropertySchemaModel, unknown][] = [
    [
        'nullable int32 with bounds and visibility',
        int32('Page', 'Page to fetch.', { nullable: true, minimum: 1, maximum: 9, visibility: 'advanced' }),
        { type: 'integer', format: 'int32', 'x-nullable': true, minimum: 1, maximum: 9, 'x-ms-summary': 'Page', description: 'Page to fetch.', 'x-ms-visibility': 'advanced' },
    ],
    ['double', double('Energy', 'Energy used.'), { type: 'number', format: 'double', 'x-ms-summary': 'Energy', description: 'Energy used.' }],
    [
        'date-time',
        dateTime('Start', 'Start time.', { visibility: 'important' }),
        { type: 'string', format: 'date-time', 'x-ms-summary': 'Start', description: 'Start time.', 'x-ms-visibility': 'important' },
    ],
    ['string array', stringArray('IDs', 'Some IDs.'), { type: 'array', items: { type: 'string' }, 'x-ms-summary': 'IDs', description: 'Some IDs.' }],
    ['array of a named schema', arrayOf(Leaf, 'Leaves', 'The leaves.'), { type: 'array', items: { $ref: '#/definitions/Leaf' }, 'x-ms-summary': 'Leaves', description: 'The leaves.' }],
    ['map of objects', mapOf({ type: 'object' }, 'Extras', 'Extra members.'), { type: 'object', additionalProperties: { type: 'object' }, 'x-ms-summary': 'Extras', description: 'Extra members.' }],
    [
        'nullable map of string lists',
        mapOf({ type: 'array', items: { type: 'string' } }, 'Errors', 'Messages by field.', { nullable: true }),
        { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } }, 'x-nullable': true, 'x-ms-summary': 'Errors', description: 'Messages by field.' },
    ],
    ['uri', uri('Terms', 'Link to the terms.'), { type: 'string', format: 'uri', 'x-ms-summary': 'Terms', description: 'Link to the terms.' }],
    [
        'string enum with a default',
        str('State', 'Current state.', { enum: ['On', 'Off'], default: 'On' }),
        { type: 'string', default: 'On', enum: ['On', 'Off'], 'x-ms-summary': 'State', description: 'Current state.' },
    ],
    [
        'array of enum strings',
        enumArray(['A', 'B'], 'Flags', 'Some flags.', { visibility: 'advanced' }),
        { type: 'array', items: { type: 'string', enum: ['A', 'B'] }, 'x-ms-summary': 'Flags', description: 'Some flags.', 'x-ms-visibility': 'advanced' },
    ],
    [
        'inline object',
        objectOf('Place', 'Where it is.', { city: str('City', 'The city.'), id: int64('ID', 'The id.', { nullable: true }) }),
        {
            type: 'object',
            properties: {
                city: { type: 'string', 'x-ms-summary': 'City', description: 'The city.' },
                id: { type: 'integer', format: 'int64', 'x-nullable': true, 'x-ms-summary': 'ID', description: 'The id.' },
            },
            'x-ms-summary': 'Place',
            description: 'Where it is.',
        },
    ],
    [
        'array items with a picker: both extensions from one model object',
        arrayOfPrimitive(
            {
                kind: 'primitive',
                type: 'string',
                dynamicValues: { operation: { operationId: 'ListLeaves' } as never, parameters: { limit: 10 }, collection: 'items', valuePath: 'id', titlePath: 'name' },
            },
            'Leaf IDs',
            'Leaves to include.',
        ),
        {
            type: 'array',
            items: {
                type: 'string',
                'x-ms-dynamic-values': { operationId: 'ListLeaves', parameters: { limit: 10 }, 'value-collection': 'items', 'value-path': 'id', 'value-title': 'name' },
                'x-ms-dynamic-list': { operationId: 'ListLeaves', parameters: { limit: { value: 10 } }, itemsPath: 'items', itemValuePath: 'id', itemTitlePath: 'name' },
            },
            'x-ms-summary': 'Leaf IDs',
            description: 'Leaves to include.',
        },
    ],
];

describe('schema emitter', () => {
    test.each(cases)('%s', (_name, model, expected) => {
        expect(emitPropertySchema(model)).toEqual(expected);
    });

    test('a named schema becomes an object definition with title and description', () => {
        expect(emitDefinition(Leaf)).toEqual({
            type: 'object',
            title: 'Leaf',
            description: 'A leaf.',
            properties: { n: { type: 'integer', format: 'int32', 'x-ms-summary': 'N', description: 'A number.' } },
        });
    });

    test('named schemas are collected through array items; two different schemas with one name are rejected', () => {
        const Root: NamedSchema = { name: 'Root', title: 'Root', description: 'Root.', properties: { leaves: arrayOf(Leaf, 'Leaves', 'The leaves.') } };
        const found = new Map<string, NamedSchema>();
        collectNamedSchemas(Root, found);
        expect([...found.keys()]).toEqual(['Root', 'Leaf']);
        const Impostor: NamedSchema = { ...Leaf, description: 'Another leaf.' };
        const Bad: NamedSchema = { name: 'Bad', title: 'Bad', description: 'Bad.', properties: { a: arrayOf(Leaf, 'A', 'A.'), b: arrayOf(Impostor, 'B', 'B.') } };
        expect(() => collectNamedSchemas(Bad, new Map())).toThrow('Two different schemas are named "Leaf".');
    });
});
