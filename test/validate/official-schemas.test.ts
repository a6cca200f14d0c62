/** Layer 3 against Microsoft's real schemas in ../shared (never copied into the repo). */
import { describe, expect, test } from 'vitest';
import { loadOfficialSchemas } from '../../src/validate/ajv.ts';
import { CannotValidateError, validateConnectorDocuments } from '../../src/validate/index.ts';
import type { JsonObject } from '../../src/validate/json-walk.ts';
import { at, validApiProperties, validSwagger } from '../helpers/connector-fixture.ts';
import { describeShared, sharedPath } from '../helpers/shared.ts';

const S = 'apiDefinition.swagger.json';
const A = 'apiProperties.json';
const GET = ['paths', '/records/{recordId}', 'get'];
const ms = (file: string, message: string, path: (string | number)[], ruleId = 'ms-schema', severity = 'error') => ({ ruleId, severity, message, path, file });

describe('without --official-schemas', () => {
    test('layer 3 is skipped with exactly one info finding', async () => {
        expect(await validateConnectorDocuments({ swagger: validSwagger(), apiProperties: validApiProperties() })).toEqual([
            ms(S, "Microsoft's official schemas were not checked; pass --official-schemas DIR (for example ../shared/schemas/microsoft).", [], 'official-schemas-skipped', 'info'),
        ]);
    });
    test('a schema folder without the schemas cannot be used', () => {
        expect(() => loadOfficialSchemas('/nonexistent-schemas')).toThrow(CannotValidateError);
        expect(() => loadOfficialSchemas('/nonexistent-schemas')).toThrow("/nonexistent-schemas/apiDefinition.swagger.schema.json: cannot read Microsoft's schema (ENOENT); check --official-schemas.");
    });
});

describeShared("Microsoft's official schemas", () => {
    const dir = sharedPath('schemas', 'microsoft');
    const cases: [string, (s: JsonObject, a: JsonObject) => void, JsonObject | undefined, ReturnType<typeof ms>[]][] = [
        ['the fixture connector passes', () => {}, undefined, []],
        ['x-ms-visibility outside the enum', (s) => { at(s, ...GET, 'parameters', 1)['x-ms-visibility'] = 'loud'; }, undefined, [ms(S, "Microsoft's swagger schema: must be one of \"important\", \"advanced\", \"internal\" (found \"loud\").", [...GET, 'parameters', 1, 'x-ms-visibility'])]],
        ['unknown x-ms key on an operation', (s) => { at(s, ...GET)['x-ms-bogus'] = true; }, undefined, [ms(S, "Microsoft's swagger schema: property \"x-ms-bogus\" is not allowed here.", [...GET, 'x-ms-bogus'])]],
        [
            'newer extension x-ms-keywords is a warning',
            (s) => { at(s, 'info')['x-ms-keywords'] = ['records']; },
            undefined,
            [ms(S, "Microsoft's swagger schema does not know the extension \"x-ms-keywords\" here; Microsoft ships it in certified connectors, but the published schema predates it.", ['info', 'x-ms-keywords'], 'ms-schema-unknown-extension', 'warn')],
        ],
        ['path parameter without required: one finding, not a cascade', (s) => { delete at(s, ...GET, 'parameters', 0).required; }, undefined, [ms(S, "Microsoft's swagger schema: matches none of the allowed shapes; problems: missing required property \"required\".", [...GET, 'parameters', 0])]],
        ['apiProperties without iconBrandColor', (_s, a) => { delete at(a, 'properties').iconBrandColor; }, undefined, [ms(A, "Microsoft's apiProperties schema: missing required property \"iconBrandColor\".", ['properties'])]],
        [
            'oAuth identity provider outside the enum (DocuSign case): the real cause, not the oneOf cascade',
            (_s, a) => { at(a, 'properties', 'connectionParameters').token = { type: 'oauthSetting', oAuthSettings: { identityProvider: 'DocuSign', clientId: 'x', scopes: [], redirectMode: 'Global' } }; },
            undefined,
            [ms(A, "Microsoft's apiProperties schema: must be one of \"oauth2\", \"oauth2generic\", \"aad\", \"aadcertificate\", \"facebook\" (found \"DocuSign\").", ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'identityProvider'])],
        ],
        ['policy missing a required parameter', (_s, a) => { delete at(a, 'properties', 'policyTemplateInstances', 1, 'parameters')['x-ms-apimTemplateParameter.name']; }, undefined, [ms(A, "Microsoft's apiProperties schema: missing required property \"x-ms-apimTemplateParameter.name\".", ['properties', 'policyTemplateInstances', 1, 'parameters'])]],
        ['settings.json with a bad environment id', () => {}, { environment: 'NOT-A-GUID' }, [ms('settings.json', "Microsoft's settings schema: must match pattern \"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$\".", ['environment'])]],
    ];
    test.each(cases)('%s', async (_name, mutate, settings, expected) => {
        const swagger = validSwagger();
        const apiProperties = validApiProperties();
        mutate(swagger, apiProperties);
        const all = await validateConnectorDocuments({ swagger, apiProperties, settings }, { officialSchemasDir: dir });
        expect(all.filter((x) => x.ruleId.startsWith('ms-schema'))).toEqual(expected);
    });
});
