/**
 * The dynamic-values rules (G2 spec §5) on a minimal picker connector: ListSites (query page, limit,
 * sortKey; 200 SitePage → items[] → Site {id int64, name, sitePath[]}), ListChargers (query siteId int32;
 * 200 ChargerPage → items[] → {chargerId, name}) and QueryChargingSessions, whose body definition has
 * the siteIDs picker of the spec (§3.2) on string items, with both extensions.
 */
import type { JsonObject } from '../../../src/core/json.ts';
import { at } from '../../helpers/connector-fixture.ts';
import { testRule } from '../../helpers/test-rule.ts';

const values = () => ({ operationId: 'ListSites', parameters: { limit: 100 }, 'value-collection': 'items', 'value-path': 'id', 'value-title': 'name' });
const list = () => ({ operationId: 'ListSites', parameters: { limit: { value: 100 } }, itemsPath: 'items', itemValuePath: 'id', itemTitlePath: 'name' });
const query = (name: string, type: string, format?: string) => ({ name, in: 'query', type, ...(format ? { format } : {}), 'x-ms-summary': name, description: `The ${name}.` });

function pickers(): JsonObject {
    return {
        swagger: '2.0',
        info: { title: 'Pickers', version: '1.0' },
        host: 'api.contoso.example',
        paths: {
            '/v2/sites': { get: { operationId: 'ListSites', parameters: [query('page', 'integer', 'int32'), query('limit', 'integer', 'int32'), query('sortKey', 'string')], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/SitePage' } } } } },
            '/v2/chargers': { get: { operationId: 'ListChargers', parameters: [query('siteId', 'integer', 'int32')], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/ChargerPage' } } } } },
            '/v2/transactions': {
                post: {
                    operationId: 'QueryChargingSessions',
                    parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/QueryChargingSessionsRequest' } }],
                    responses: { '200': { description: 'OK' } },
                },
            },
        },
        definitions: {
            SitePage: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/definitions/Site' } } } },
            Site: { type: 'object', properties: { id: { type: 'integer', format: 'int64' }, name: { type: 'string' }, sitePath: { type: 'array', items: { type: 'string' } } } },
            ChargerPage: { type: 'object', properties: { items: { type: 'array', items: { type: 'object', properties: { chargerId: { type: 'string' }, name: { type: 'string' } } } } } },
            QueryChargingSessionsRequest: {
                type: 'object',
                properties: {
                    siteIDs: { type: 'array', items: { type: 'string', 'x-ms-dynamic-values': values(), 'x-ms-dynamic-list': list() } },
                    chargerIDs: { type: 'array', items: { type: 'string' } },
                    limit: { type: 'integer', format: 'int32' },
                },
            },
        },
    };
}

const SITE_ITEMS = ['definitions', 'QueryChargingSessionsRequest', 'properties', 'siteIDs', 'items'];
const V = [...SITE_ITEMS, 'x-ms-dynamic-values'];
const L = [...SITE_ITEMS, 'x-ms-dynamic-list'];
const LABEL = 'definition QueryChargingSessionsRequest siteIDs[]';
/** The siteIDs items with only the values form. */
const valuesOnly = (s: JsonObject) => delete at(s, ...SITE_ITEMS)['x-ms-dynamic-list'];
const CHARGER_PARAM = ['paths', '/v2/chargers', 'get', 'parameters', 0];

testRule('dynamic-operation-exists', [
    { name: 'the siteIDs picker of the spec', swagger: pickers(), expected: [] },
    { name: 'the builtInOperation form is not checked', swagger: pickers(), mutate: (s) => { at(s, ...SITE_ITEMS)['x-ms-dynamic-values'] = { builtInOperation: 'AadGraph.GetUsers' }; valuesOnly(s); }, expected: [] },
    {
        name: 'a misspelled operationId, with the closest name (OperationIdNotFound)',
        swagger: pickers(),
        mutate: (s) => { at(s, ...V).operationId = 'ListSite'; },
        expected: [{ path: [...V, 'operationId'], message: `${LABEL}: x-ms-dynamic-values names operation "ListSite", which is not in the swagger. Did you mean "ListSites"?` }],
    },
    {
        name: 'both forms naming an unknown operation: each place is reported, without a suggestion when none is close',
        swagger: pickers(),
        mutate: (s) => { at(s, ...V).operationId = 'GetRegions'; at(s, ...L).operationId = 'GetRegions'; },
        expected: [
            { path: [...L, 'operationId'], message: `${LABEL}: x-ms-dynamic-list names operation "GetRegions", which is not in the swagger.` },
            { path: [...V, 'operationId'], message: `${LABEL}: x-ms-dynamic-values names operation "GetRegions", which is not in the swagger.` },
        ],
    },
]);

testRule('dynamic-parameters-valid', [
    { name: '{ limit: 100 } and { limit: { value: 100 } }', swagger: pickers(), expected: [] },
    { name: 'a reference to an input of the source operation', swagger: pickers(), mutate: (s) => { valuesOnly(s); at(s, ...V).parameters = { sortKey: { parameter: 'chargerIDs' } }; }, expected: [] },
    {
        name: 'an unknown name (OperationParameterNameNotFound)',
        swagger: pickers(),
        mutate: (s) => { valuesOnly(s); at(s, ...V).parameters = { limt: 100 }; },
        expected: [{ path: [...V, 'parameters', 'limt'], message: `${LABEL}: x-ms-dynamic-values passes "limt" to ListSites, which has no such parameter (parameters: page, limit, sortKey).` }],
    },
    {
        name: 'a string and a fraction for an int32 parameter (OperationParameterStaticTypeMismatch)',
        swagger: pickers(),
        mutate: (s) => { at(s, ...V).parameters = { limit: '100' }; at(s, ...L).parameters = { limit: { value: 100.5 } }; },
        expected: [
            { path: [...L, 'parameters', 'limit'], message: `${LABEL}: x-ms-dynamic-list passes 100.5 to ListSites parameter "limit" of type integer/int32.` },
            { path: [...V, 'parameters', 'limit'], message: `${LABEL}: x-ms-dynamic-values passes "100" to ListSites parameter "limit" of type integer/int32.` },
        ],
    },
    {
        name: 'a value outside the enum',
        swagger: pickers(),
        mutate: (s) => { valuesOnly(s); at(s, 'paths', '/v2/sites', 'get', 'parameters', 2).enum = ['name', 'id']; at(s, ...V).parameters = { sortKey: 'date' }; },
        expected: [{ path: [...V, 'parameters', 'sortKey'], message: `${LABEL}: x-ms-dynamic-values passes "date" to ListSites parameter "sortKey", which allows only "name", "id".` }],
    },
    {
        name: 'a required parameter not passed (OperationMissingRequiredProperty); an internal one with a default may be left out',
        swagger: pickers(),
        mutate: (s) => {
            valuesOnly(s);
            const params = at(s, 'paths', '/v2/sites', 'get').parameters as unknown[];
            params.push({ ...query('api', 'string'), required: true }, { ...query('version', 'string'), required: true, 'x-ms-visibility': 'internal', default: '2' });
        },
        expected: [{ path: [...V, 'parameters'], message: `${LABEL}: x-ms-dynamic-values does not pass "api", which ListSites requires.` }],
    },
    {
        name: 'a reference the source operation does not have, and one to an internal property (SourcePropertyInternal)',
        swagger: pickers(),
        mutate: (s) => {
            valuesOnly(s);
            at(s, 'definitions', 'QueryChargingSessionsRequest', 'properties').tenant = { type: 'string', 'x-ms-visibility': 'internal', default: 't1' };
            at(s, ...V).parameters = { sortKey: { parameter: 'nope' }, page: { parameter: 'tenant' } };
        },
        expected: [
            { path: [...V, 'parameters', 'page'], message: `${LABEL}: x-ms-dynamic-values refers to "tenant", which is internal; use its default as a static value.` },
            { path: [...V, 'parameters', 'sortKey'], message: `${LABEL}: x-ms-dynamic-values refers to "nope", which QueryChargingSessions does not have.` },
        ],
    },
    {
        name: 'a value of the wrong form, and parameters that are not an object',
        swagger: pickers(),
        mutate: (s) => { at(s, ...L).parameters = { limit: 100 }; at(s, ...V).parameters = ['limit']; },
        expected: [
            { path: [...L, 'parameters', 'limit'], message: `${LABEL}: x-ms-dynamic-list parameter "limit" must be {"value": …} or {"parameterReference": "<path>"} (found 100).` },
            { path: [...V, 'parameters'], message: `${LABEL}: x-ms-dynamic-values parameters must be an object (found ["limit"]).` },
        ],
    },
    {
        name: 'no parameters object counts as {} (206 connectors in Microsoft\'s repository leave it out), so a required parameter is still missed',
        swagger: pickers(),
        mutate: (s) => {
            valuesOnly(s);
            delete at(s, ...V).parameters;
            (at(s, 'paths', '/v2/sites', 'get').parameters as unknown[]).push({ ...query('api', 'string'), required: true });
        },
        expected: [{ path: [...V, 'parameters'], message: `${LABEL}: x-ms-dynamic-values does not pass "api", which ListSites requires.` }],
    },
    {
        name: 'the values form may name a nested body property with "." (certified Tikit, timeghost) or "/"',
        swagger: pickers(),
        mutate: (s) => {
            valuesOnly(s);
            at(s, 'definitions', 'QueryChargingSessionsRequest', 'properties').filter = { type: 'object', properties: { site: { type: 'string' } } };
            at(s, ...V).parameters = { sortKey: { parameter: 'filter.site' }, page: { parameter: 'filter/site' } };
        },
        expected: [],
    },
    {
        name: 'the list form may prefix a body property with "body/", in a key and in a reference',
        swagger: pickers(),
        mutate: (s) => {
            delete at(s, ...SITE_ITEMS)['x-ms-dynamic-values'];
            at(s, ...L).parameters = { limit: { parameterReference: 'body/limit' }, sortKey: { parameterReference: 'body/chargerIDs' } };
            at(s, 'definitions', 'QueryChargingSessionsRequest', 'properties').chargerIDs = {
                type: 'array',
                items: { type: 'string', 'x-ms-dynamic-list': { operationId: 'QueryChargingSessions', parameters: { 'body/limit': { value: 5 }, 'body/chargerIDs': { parameterReference: 'body/siteIDs' } } } },
            };
        },
        expected: [],
    },
    {
        name: 'a prefixed key or reference that is not a body property, and a prefixed key given a value of the wrong type',
        swagger: pickers(),
        mutate: (s) => {
            delete at(s, ...SITE_ITEMS)['x-ms-dynamic-values'];
            at(s, ...L).parameters = { limit: { parameterReference: 'body/nope' } };
            at(s, 'definitions', 'QueryChargingSessionsRequest', 'properties').chargerIDs = {
                type: 'array',
                items: { type: 'string', 'x-ms-dynamic-list': { operationId: 'QueryChargingSessions', parameters: { 'body/limit': { value: 'x' }, 'body/nope': { value: 1 } } } },
            };
        },
        expected: [
            {
                path: ['definitions', 'QueryChargingSessionsRequest', 'properties', 'chargerIDs', 'items', 'x-ms-dynamic-list', 'parameters', 'body/limit'],
                message: 'definition QueryChargingSessionsRequest chargerIDs[]: x-ms-dynamic-list passes "x" to QueryChargingSessions parameter "body/limit" of type integer/int32.',
            },
            {
                path: ['definitions', 'QueryChargingSessionsRequest', 'properties', 'chargerIDs', 'items', 'x-ms-dynamic-list', 'parameters', 'body/nope'],
                message: 'definition QueryChargingSessionsRequest chargerIDs[]: x-ms-dynamic-list passes "body/nope" to QueryChargingSessions, which has no such parameter (parameters: siteIDs, chargerIDs, limit).',
            },
            { path: [...L, 'parameters', 'limit'], message: `${LABEL}: x-ms-dynamic-list refers to "body/nope", which QueryChargingSessions does not have.` },
        ],
    },
]);

testRule('dynamic-paths-exist', [
    { name: 'items / id / name', swagger: pickers(), expected: [] },
    {
        name: 'paths into an open object or an untyped collection are not judged',
        swagger: pickers(),
        mutate: (s) => { at(s, 'definitions').Site = { type: 'object' }; at(s, 'definitions', 'SitePage', 'properties').items = { items: { type: 'object' } }; },
        expected: [],
    },
    {
        name: 'a collection that is not an array (InvokedOperationShouldProduceArray)',
        swagger: pickers(),
        mutate: (s) => { valuesOnly(s); at(s, ...V)['value-collection'] = 'item'; },
        expected: [{ path: [...V, 'value-collection'], message: `${LABEL}: value-collection "item" is not an array in the 200 response of ListSites.` }],
    },
    {
        name: 'a value path that is not a property, and one that ends at an array (InvokedOperationShouldProduceProperty)',
        swagger: pickers(),
        mutate: (s) => { at(s, ...V)['value-path'] = 'siteId'; at(s, ...L).itemValuePath = 'sitePath'; },
        expected: [
            { path: [...L, 'itemValuePath'], message: `${LABEL}: itemValuePath "sitePath" ends at an array; it must name a single value.` },
            { path: [...V, 'value-path'], message: `${LABEL}: value-path "siteId" is not a property of the items of "items" in the 200 response of ListSites (properties: id, name, sitePath).` },
        ],
    },
    {
        name: 'no collection given while the response is an object, and a title path that is missing',
        swagger: pickers(),
        mutate: (s) => { delete at(s, ...L).itemsPath; at(s, ...V)['value-title'] = 'title'; },
        expected: [
            { path: L, message: `${LABEL}: itemsPath is not given, but the 200 response of ListSites is not an array.` },
            { path: [...V, 'value-title'], message: `${LABEL}: value-title "title" is not a property of the items of "items" in the 200 response of ListSites (properties: id, name, sitePath).` },
        ],
    },
    {
        name: 'a called operation without a success schema',
        swagger: pickers(),
        mutate: (s) => { valuesOnly(s); delete at(s, 'paths', '/v2/sites', 'get', 'responses', '200').schema; },
        expected: [{ path: [...V, 'operationId'], message: `${LABEL}: ListSites has no success response with a schema to take values from.` }],
    },
]);

testRule('dynamic-list-consistent', [
    { name: 'both forms saying the same', swagger: pickers(), expected: [] },
    { name: 'the list form alone', swagger: pickers(), mutate: (s) => { delete at(s, ...SITE_ITEMS)['x-ms-dynamic-values']; }, expected: [] },
    { name: 'the values form alone with static parameters', swagger: pickers(), mutate: valuesOnly, expected: [] },
    {
        name: 'a value path and a parameter that disagree',
        swagger: pickers(),
        mutate: (s) => { at(s, ...L).itemValuePath = 'name'; at(s, ...L).parameters = { limit: { value: 50 } }; },
        expected: [
            { path: [...L, 'itemValuePath'], message: `${LABEL}: x-ms-dynamic-list itemValuePath "name" disagrees with x-ms-dynamic-values value-path "id".` },
            { path: [...L, 'parameters', 'limit'], message: `${LABEL}: x-ms-dynamic-list parameters/limit {"value":50} disagrees with x-ms-dynamic-values parameters/limit 100.` },
        ],
    },
    {
        name: 'a parameter only one form names: a list-form key no values-form key names, and a values-form key the list form lacks',
        swagger: pickers(),
        mutate: (s) => {
            (at(s, ...L).parameters as Record<string, unknown>)['sortKey'] = { value: 'name' };
            (at(s, ...V).parameters as Record<string, unknown>)['page'] = 1;
        },
        expected: [
            { path: [...L, 'parameters', 'page'], message: `${LABEL}: x-ms-dynamic-list parameters/page absent disagrees with x-ms-dynamic-values parameters/page 1.` },
            { path: [...L, 'parameters', 'sortKey'], message: `${LABEL}: x-ms-dynamic-list parameters/sortKey {"value":"name"} disagrees with x-ms-dynamic-values parameters/sortKey absent.` },
        ],
    },
    {
        name: 'the values form referring to a body property without the list form (DynamicListExtensionRequiredForNonParameterReferences)',
        swagger: pickers(),
        mutate: (s) => {
            at(s, 'definitions', 'QueryChargingSessionsRequest', 'properties', 'chargerIDs').items = {
                type: 'string',
                'x-ms-dynamic-values': { operationId: 'ListChargers', parameters: { siteId: { parameter: 'siteIDs' } }, 'value-collection': 'items', 'value-path': 'chargerId', 'value-title': 'name' },
            };
        },
        expected: [
            {
                path: ['definitions', 'QueryChargingSessionsRequest', 'properties', 'chargerIDs', 'items', 'x-ms-dynamic-values'],
                message: 'definition QueryChargingSessionsRequest chargerIDs[]: x-ms-dynamic-values refers to "siteIDs" inside a parameter; add x-ms-dynamic-list with parameterReference "body/siteIDs".',
            },
        ],
    },
]);

testRule('dynamic-on-body-parameter', [
    { name: 'the extensions on a body schema property', swagger: pickers(), expected: [] },
    {
        name: 'an extension on the body parameter (DynamicExtensionDefinitionNotAllowedInParameter)',
        swagger: pickers(),
        mutate: (s) => { at(s, 'paths', '/v2/transactions', 'post', 'parameters', 0)['x-ms-dynamic-values'] = values(); },
        expected: [{ path: ['paths', '/v2/transactions', 'post', 'parameters', 0, 'x-ms-dynamic-values'], message: 'QueryChargingSessions parameter body: x-ms-dynamic-values must be on the body schema, not on the body parameter.' }],
    },
]);

testRule('dynamic-value-type', [
    { name: 'string items filled from an int64 (written as text)', swagger: pickers(), expected: [] },
    {
        name: 'string items filled from a string',
        swagger: pickers(),
        mutate: (s) => { at(s, 'definitions', 'QueryChargingSessionsRequest', 'properties', 'chargerIDs').items = { type: 'string', 'x-ms-dynamic-list': { operationId: 'ListChargers', parameters: {}, itemsPath: 'items', itemValuePath: 'chargerId', itemTitlePath: 'name' } }; },
        expected: [],
    },
    {
        name: 'an int32 parameter filled from an int64, and an integer field filled from a string',
        swagger: pickers(),
        mutate: (s) => {
            at(s, ...CHARGER_PARAM)['x-ms-dynamic-values'] = values();
            at(s, 'definitions', 'QueryChargingSessionsRequest', 'properties', 'limit')['x-ms-dynamic-list'] = { ...list(), itemValuePath: 'name' };
        },
        expected: [
            { path: ['definitions', 'QueryChargingSessionsRequest', 'properties', 'limit', 'x-ms-dynamic-list', 'itemValuePath'], message: 'definition QueryChargingSessionsRequest limit: itemValuePath "name" of ListSites is string; the integer/int32 input may not accept every value.' },
            { path: [...CHARGER_PARAM, 'x-ms-dynamic-values', 'value-path'], message: 'ListChargers parameter siteId: value-path "id" of ListSites is integer/int64; the integer/int32 input may not accept every value.' },
        ],
    },
]);
