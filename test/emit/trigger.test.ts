/**
 * Polling triggers and custom code in the model: the operation's trigger extensions, the array body,
 * and what apiProperties derives from them (scriptOperations, the triggers capability).
 */
import { describe, expect, test } from 'vitest';
import { emitApiProperties } from '../../src/emit/api-properties.ts';
import { emitOperation } from '../../src/emit/swagger/operation.ts';
import { emitSwagger } from '../../src/emit/swagger/document.ts';
import { str } from '../../src/model/fields.ts';
import type { ConnectorModel, NamedSchema, OperationModel } from '../../src/model/types.ts';
import { connector } from '../../src/emabler/connector.ts';

const Item: NamedSchema = { name: 'Item', title: 'Item', description: 'One item.', properties: { id: str('ID', 'The item ID.') } };

const trigger = (over: Partial<OperationModel> = {}): OperationModel => ({
    operationId: 'OnItemCreated',
    method: 'get',
    path: '/triggers/items',
    summary: 'When an item is created',
    description: 'Triggers a flow for each new item.',
    tags: [],
    parameters: [{ in: 'query', name: 'state', required: false, type: 'string', summary: 'State', description: 'Set by the connector.', visibility: 'internal' }],
    responses: [{ status: '200', description: 'The new items.', summary: 'Items', schema: { kind: 'array', items: Item } }],
    trigger: { hint: 'Create an item.' },
    customCode: true,
    connectorOnly: { reason: 'Served by custom code.' },
    ...over,
});
const action = (over: Partial<OperationModel> = {}): OperationModel => ({
    operationId: 'GetItem',
    method: 'get',
    path: '/items',
    summary: 'Get an item',
    description: 'Returns one item.',
    tags: [],
    parameters: [],
    responses: [{ status: '200', description: 'The item.', schema: Item }],
    ...over,
});
const noExamples = (): never => {
    throw new Error('no example expected');
};
const model = (operations: OperationModel[]): ConnectorModel => ({ ...connector, operations });

describe('polling trigger operations', () => {
    test('x-ms-trigger batch, hint and polling metadata after the visibility; 200 is an array of the named schema', () => {
        const op = emitOperation(trigger({ visibility: 'important' }), noExamples);
        expect(Object.keys(op)).toEqual([
            'operationId', 'summary', 'description', 'tags', 'x-ms-visibility', 'x-ms-trigger', 'x-ms-trigger-hint', 'x-ms-trigger-metadata', 'parameters', 'responses',
        ]);
        expect([op['x-ms-trigger'], op['x-ms-trigger-hint'], op['x-ms-trigger-metadata']]).toEqual(['batch', 'Create an item.', { kind: 'query', mode: 'polling' }]);
        expect(op.responses['200']).toEqual({ description: 'The new items.', 'x-ms-summary': 'Items', schema: { type: 'array', items: { $ref: '#/definitions/Item' } } });
        expect(op.parameters).toEqual([
            { name: 'state', in: 'query', required: false, type: 'string', 'x-ms-summary': 'State', description: 'Set by the connector.', 'x-ms-visibility': 'internal' },
        ]);
    });

    test('the array items are emitted once under definitions', () => {
        expect(Object.keys(emitSwagger(model([trigger(), action()]), noExamples).definitions)).toEqual(['Item']);
    });

    test('an action has no trigger extensions', () => {
        expect(Object.keys(emitOperation(action(), noExamples)).filter((k) => k.startsWith('x-ms-trigger'))).toEqual([]);
    });

    test.each<[string, Partial<OperationModel>, string]>([
        ['a trigger whose 200 body is one object', { responses: [{ status: '200', description: 'x', schema: Item }] }, "OnItemCreated: a batch trigger's 200 response must be an array of items."],
        ['a trigger without a 200 body', { responses: [{ status: '202', description: 'x' }] }, "OnItemCreated: a batch trigger's 200 response must be an array of items."],
        [
            'an operation both linked upstream and connector-only',
            { upstream: { method: 'get', path: '/x', operationId: 'x', differences: [] } },
            'OnItemCreated: an operation mirrors an upstream operation or is connector-only, not both.',
        ],
    ])('refuses %s', (_name, over, message) => {
        expect(() => emitOperation(trigger(over), noExamples)).toThrow(new Error(message));
    });
});

describe('apiProperties derived from the operations', () => {
    test('scriptOperations lists the custom-code operations in model order, after iconBrandColor; capabilities gain triggers', () => {
        const second = trigger({ operationId: 'OnItemDeleted', path: '/triggers/deleted' });
        const props = emitApiProperties(model([action(), trigger(), second])).properties;
        expect(Object.keys(props)).toEqual(['connectionParameters', 'iconBrandColor', 'scriptOperations', 'capabilities', 'policyTemplateInstances', 'publisher']);
        expect([props.scriptOperations, props.capabilities]).toEqual([['OnItemCreated', 'OnItemDeleted'], ['actions', 'triggers']]);
    });

    test('custom code without a trigger: scriptOperations but no triggers capability; triggers is never listed twice', () => {
        const props = emitApiProperties(model([action({ customCode: true })])).properties;
        expect([props.scriptOperations, props.capabilities]).toEqual([['GetItem'], ['actions']]);
        const declared = emitApiProperties({ ...model([trigger()]), capabilities: ['actions', 'triggers'] }).properties;
        expect(declared.capabilities).toEqual(['actions', 'triggers']);
    });

    test('no custom code: no scriptOperations key (an empty list would send every operation through the code)', () => {
        const props = emitApiProperties(model([action()])).properties;
        expect('scriptOperations' in props).toBe(false);
        expect(props.capabilities).toEqual(['actions']);
    });
});
