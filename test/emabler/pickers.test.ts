/**
 * The pickers of the eMabler connector (docs/connector.md "Pickers"): each of the four filter arrays of Query
 * charging sessions inserts exactly the identifier the filter matches, from the list action that has it, and
 * every picker in the document points at a real operation, parameter and response path.
 */
import { describe, expect, test } from 'vitest';
import { definitionOf } from '../helpers/swagger.ts';
import { committedSwagger } from '../helpers/project.ts';
import type { DynamicListExtension, DynamicValuesExtension, SwaggerNonBodyParameter, SwaggerOperation, SwaggerSchema } from '../../src/swagger/types.ts';

const doc = committedSwagger();
const operations = Object.values(doc.paths).flatMap((item) => Object.values<SwaggerOperation>(item));
const operation = (id: string) => operations.find((o) => o.operationId === id);

/** Where each picker sits, with its two extensions. */
function pickers(): { at: string; values: DynamicValuesExtension; list: DynamicListExtension | undefined; type: string | undefined }[] {
    const out: ReturnType<typeof pickers> = [];
    for (const [name, def] of Object.entries(doc.definitions ?? {})) {
        for (const [prop, schema] of Object.entries((def).properties ?? {})) {
            const s = schema as SwaggerSchema;
            for (const [where, node] of [[`${name}.${prop}`, s], [`${name}.${prop}[]`, s.items as SwaggerSchema | undefined]] as const) {
                if (node?.['x-ms-dynamic-values']) out.push({ at: where, values: node['x-ms-dynamic-values'], list: node['x-ms-dynamic-list'], type: node.type });
            }
        }
    }
    for (const op of operations) {
        for (const p of op.parameters.filter((x): x is SwaggerNonBodyParameter => x.in !== 'body')) {
            if (p['x-ms-dynamic-values']) out.push({ at: `${op.operationId}?${p.name}`, values: p['x-ms-dynamic-values'], list: p['x-ms-dynamic-list'], type: p.type });
        }
    }
    return out;
}

describe('pickers', () => {
    test('exactly these pickers, each inserting the identifier its filter matches', () => {
        expect(pickers().map((p) => [p.at, p.values.operationId, p.values['value-path'], p.values['value-title'], p.type])).toEqual([
            ['QueryChargingSessionsRequest.chargerIDs[]', 'ListChargers', 'chargerId', 'name', 'string'],
            ['QueryChargingSessionsRequest.driverIDs[]', 'ListDrivers', 'id', 'name', 'string'],
            ['QueryChargingSessionsRequest.siteIDs[]', 'ListSites', 'id', 'name', 'string'],
            ['QueryChargingSessionsRequest.rfidTags[]', 'ListRfidTags', 'idTag', 'idTag', 'string'],
            ['OnChargingSessionEnded?siteIds', 'ListSites', 'id', 'name', 'string'],
            ['OnChargingSessionEnded?chargerIds', 'ListChargers', 'chargerId', 'name', 'string'],
            ['OnChargingSessionStarted?siteIds', 'ListSites', 'id', 'name', 'string'],
            ['OnChargingSessionStarted?chargerIds', 'ListChargers', 'chargerId', 'name', 'string'],
            ['ListRfidTags?driverId', 'ListDrivers', 'id', 'name', 'integer'],
        ]);
    });

    test.each(pickers().map((p) => [p.at, p] as const))('%s: x-ms-dynamic-list says the same as x-ms-dynamic-values', (_at, p) => {
        expect(p.list).toEqual({
            operationId: p.values.operationId,
            parameters: Object.fromEntries(Object.entries(p.values.parameters).map(([k, v]) => [k, { value: v }])),
            itemsPath: p.values['value-collection'],
            itemValuePath: p.values['value-path'],
            itemTitlePath: p.values['value-title'],
        });
    });

    test.each(pickers().map((p) => [p.at, p] as const))('%s: the source operation, its parameters and the paths exist', (_at, p) => {
        const source = operation(p.values.operationId);
        expect(source?.['x-ms-visibility']).not.toBe('internal');
        const names = (source?.parameters ?? []).map((x) => x.name);
        for (const name of Object.keys(p.values.parameters)) expect(names).toContain(name);
        expect(p.values.parameters).toEqual({ limit: 100 });
        const page = definitionOf(doc, source?.responses['200']?.schema);
        const collection = page.properties?.[p.values['value-collection']] as SwaggerSchema;
        expect(collection.type).toBe('array');
        const item = definitionOf(doc, collection.items);
        expect(Object.keys(item.properties ?? {})).toEqual(expect.arrayContaining([p.values['value-path'], p.values['value-title']]));
    });
});
