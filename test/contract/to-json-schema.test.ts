import { describe, expect, test } from 'vitest';
import { ToolError } from '../../src/core/errors.ts';
import {
    definitionsToJsonSchema,
    toJsonSchema,
    type ConvertOptions,
    type JsonSchema,
    type SwaggerSchemaInput,
} from '../../src/contract/to-json-schema.ts';
import type { SwaggerRef } from '../../src/swagger/types.ts';

const response: ConvertOptions = { mode: 'response', refBase: 'urn:t' };
const request: ConvertOptions = { mode: 'request', refBase: 'urn:t' };

interface Case {
    name: string;
    schema: SwaggerSchemaInput | SwaggerRef;
    options?: ConvertOptions;
    want: JsonSchema;
}

const cases: Case[] = [
    {
        name: 'int32 keeps its format, drops annotations',
        schema: { type: 'integer', format: 'int32', 'x-ms-summary': 'Socket', description: 'Socket.', 'x-ms-visibility': 'important' },
        want: { type: 'integer', format: 'int32' },
    },
    {
        name: 'x-nullable adds null to the type',
        schema: { type: 'integer', format: 'int64', 'x-nullable': true },
        want: { type: ['integer', 'null'], format: 'int64' },
    },
    {
        name: 'x-nullable: false admits no null',
        schema: { type: 'number', format: 'double', 'x-nullable': false },
        want: { type: 'number', format: 'double' },
    },
    {
        name: 'nullable enum also lists null',
        schema: { type: 'string', enum: ['Local', 'Ocpi'], 'x-nullable': true },
        want: { type: ['string', 'null'], enum: ['Local', 'Ocpi', null] },
    },
    {
        name: 'enum without x-nullable is copied as is',
        schema: { type: 'string', enum: ['Local', 'Ocpi'], default: 'Local' },
        want: { type: 'string', enum: ['Local', 'Ocpi'] },
    },
    {
        name: 'inclusive bounds stay minimum/maximum',
        schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 1000 },
        want: { type: 'integer', format: 'int32', minimum: 1, maximum: 1000 },
    },
    {
        name: "Swagger's boolean exclusive bounds become draft-07 numbers",
        schema: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 100, exclusiveMaximum: true, multipleOf: 0.5 },
        want: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 100, multipleOf: 0.5 },
    },
    {
        name: 'string bounds and pattern',
        schema: { type: 'string', minLength: 1, maxLength: 3, pattern: '^[A-Z]{3}$' },
        want: { type: 'string', minLength: 1, maxLength: 3, pattern: '^[A-Z]{3}$' },
    },
    {
        name: 'array of primitives with bounds',
        schema: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 5, uniqueItems: true },
        want: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 5, uniqueItems: true },
    },
    {
        name: 'array of definitions: $ref points into the registered root',
        schema: { type: 'array', items: { $ref: '#/definitions/ChargingSession' } },
        want: { type: 'array', items: { $ref: 'urn:t#/definitions/ChargingSession' } },
    },
    {
        name: 'a bare $ref',
        schema: { $ref: '#/definitions/ChargingSessionPage' },
        want: { $ref: 'urn:t#/definitions/ChargingSessionPage' },
    },
    {
        name: 'an empty refBase keeps refs document-local',
        schema: { $ref: '#/definitions/X' },
        options: { mode: 'response', refBase: '' },
        want: { $ref: '#/definitions/X' },
    },
    {
        name: 'response objects tolerate unknown properties',
        schema: { type: 'object', required: ['id'], properties: { id: { type: 'integer', format: 'int64' } } },
        want: { type: 'object', properties: { id: { type: 'integer', format: 'int64' } }, required: ['id'] },
    },
    {
        name: 'request objects reject unknown properties, nested ones too',
        schema: {
            type: 'object',
            properties: { filter: { type: 'object', properties: { site: { type: 'string' } } } },
        },
        options: request,
        want: {
            type: 'object',
            properties: { filter: { type: 'object', properties: { site: { type: 'string' } }, additionalProperties: false } },
            additionalProperties: false,
        },
    },
    {
        name: 'a free-form object (no properties) stays open in a request',
        schema: { type: 'object' },
        options: request,
        want: { type: 'object' },
    },
    {
        name: 'a map keeps its value schema in both modes',
        schema: { type: 'object', additionalProperties: { type: 'object' } },
        options: request,
        want: { type: 'object', additionalProperties: { type: 'object' } },
    },
    {
        name: 'an explicit additionalProperties: false holds in a response',
        schema: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
        want: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
    },
    {
        name: 'an explicit additionalProperties: true holds in a request',
        schema: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: true },
        options: request,
        want: { type: 'object', properties: { a: { type: 'string' } } },
    },
    {
        name: 'properties without a type still make an object',
        schema: { properties: { a: { type: 'boolean' } } },
        want: { type: 'object', properties: { a: { type: 'boolean' } } },
    },
    {
        name: 'a nullable object',
        schema: { type: 'object', 'x-nullable': true, properties: { a: { type: 'boolean' } } },
        want: { type: ['object', 'null'], properties: { a: { type: 'boolean' } } },
    },
    {
        name: 'an untyped schema rejects null unless x-nullable',
        schema: { description: 'anything' },
        want: { not: { type: 'null' } },
    },
    {
        name: 'an untyped x-nullable schema accepts anything',
        schema: { 'x-nullable': true },
        want: {},
    },
    {
        name: 'allOf members are converted',
        schema: { allOf: [{ $ref: '#/definitions/Base' }, { type: 'object', properties: { b: { type: 'string' } } }] },
        want: {
            allOf: [{ $ref: 'urn:t#/definitions/Base' }, { type: 'object', properties: { b: { type: 'string' } } }],
            not: { type: 'null' },
        },
    },
];

describe('toJsonSchema', () => {
    test.each(cases)('$name', ({ schema, options, want }) => {
        expect(toJsonSchema(schema, options ?? response)).toEqual(want);
    });

    test('does not change its input', () => {
        const schema: SwaggerSchemaInput = { type: 'object', properties: { a: { type: 'integer', 'x-nullable': true } } };
        const before = structuredClone(schema);
        toJsonSchema(schema, request);
        expect(schema).toEqual(before);
    });

    const failures: { name: string; schema: SwaggerSchemaInput | SwaggerRef; at: (string | number)[]; message: string }[] = [
        {
            name: 'a $ref outside #/definitions',
            schema: { type: 'object', properties: { p: { $ref: '#/parameters/Page' } } },
            at: ['definitions', 'X', 'properties', 'p', '$ref'],
            message: '#/definitions/X/properties/p/$ref: $ref "#/parameters/Page" is not of the form #/definitions/<name>.',
        },
        {
            name: 'a remote $ref',
            schema: { type: 'array', items: { $ref: 'other.json#/definitions/A' } },
            at: ['definitions', 'X', 'items', '$ref'],
            message: '#/definitions/X/items/$ref: $ref "other.json#/definitions/A" is not of the form #/definitions/<name>.',
        },
        {
            name: 'a format outside Microsoft\'s list',
            schema: { type: 'string', format: 'guid' as never },
            at: ['definitions', 'X', 'format'],
            message: '#/definitions/X/format: unknown format "guid".',
        },
        {
            name: 'a type Swagger does not have',
            schema: { type: 'int' as never },
            at: ['definitions', 'X', 'type'],
            message: '#/definitions/X/type: unknown type "int".',
        },
    ];
    test.each(failures)('throws a ToolError with the pointer for $name', ({ schema, at, message }) => {
        let caught: unknown;
        try {
            toJsonSchema(schema, response, ['definitions', 'X']);
        } catch (e) {
            caught = e;
        }
        expect(caught).toBeInstanceOf(ToolError);
        expect((caught as ToolError).path).toEqual(at);
        expect((caught as ToolError).message).toBe(message);
    });
});

describe('definitionsToJsonSchema', () => {
    test('converts every definition under one root, sorted by name', () => {
        const root = definitionsToJsonSchema(
            {
                Page: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/definitions/Item' } } } },
                Item: { type: 'object', properties: { n: { type: 'integer', format: 'int32', 'x-nullable': true } } },
            },
            request,
        );
        expect(root).toEqual({
            $id: 'urn:t',
            definitions: {
                Item: { type: 'object', properties: { n: { type: ['integer', 'null'], format: 'int32' } }, additionalProperties: false },
                Page: {
                    type: 'object',
                    properties: { items: { type: 'array', items: { $ref: 'urn:t#/definitions/Item' } } },
                    additionalProperties: false,
                },
            },
        });
        expect(Object.keys(root.definitions ?? {})).toEqual(['Item', 'Page']);
    });

    test('names the failing definition', () => {
        expect(() => definitionsToJsonSchema({ Bad: { type: 'string', format: 'phone' as never } }, response)).toThrow(
            '#/definitions/Bad/format: unknown format "phone".',
        );
    });
});
