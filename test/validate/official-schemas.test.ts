/** Layer 3 against Microsoft's real schemas in ../shared (never copied into the repo). */
import { copyFileSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadOfficialSchemas, OFFICIAL_SCHEMA_FILES } from '../../src/validate/ajv.ts';
import { ToolError, validateConnectorDocuments } from '../../src/validate/index.ts';
import { checkOfficialSchemas } from '../../src/validate/official-schemas.ts';
import { sortDiagnostics } from '../../src/core/diagnostic.ts';
import type { JsonObject } from '../../src/core/json.ts';
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
        expect(() => loadOfficialSchemas('/nonexistent-schemas')).toThrow(ToolError);
        expect(() => loadOfficialSchemas('/nonexistent-schemas')).toThrow("/nonexistent-schemas/apiDefinition.swagger.schema.json: cannot read Microsoft's schema (ENOENT); check --official-schemas.");
    });
});

describeShared("Microsoft's official schemas", () => {
    const dir = sharedPath('schemas', 'microsoft');
    const cases: [string, (s: JsonObject, a: JsonObject) => void, JsonObject | undefined, ReturnType<typeof ms>[]][] = [
        ['the fixture connector passes', () => {}, undefined, []],
        ['x-ms-visibility outside the enum', (s) => { at(s, ...GET, 'parameters', 1)['x-ms-visibility'] = 'loud'; }, undefined, [ms(S, "Microsoft's swagger schema: must be one of \"important\", \"advanced\", \"internal\" (found \"loud\").", [...GET, 'parameters', 1, 'x-ms-visibility'])]],
        [
            'an x- key the schema does not allow on an operation has no effect: a warning',
            (s) => { at(s, ...GET)['x-ms-bogus'] = true; },
            undefined,
            [ms(S, 'Extension "x-ms-bogus" is not one Power Platform reads at this place; it has no effect (the validator only requires the "x-" prefix, ExtensionNameNotValid).', [...GET, 'x-ms-bogus'], 'ms-schema-unknown-extension', 'warn')],
        ],
        [
            'an extension newer than the schema (x-ms-keywords): the schema is out of date, an info',
            (s) => { at(s, 'info')['x-ms-keywords'] = ['records']; },
            undefined,
            [ms(S, "Microsoft's schema is out of date here: \"x-ms-keywords\" is an extension Microsoft ships in certified connectors.", ['info', 'x-ms-keywords'], 'ms-schema-outdated', 'info')],
        ],
        [
            'an unknown format is tolerated by Microsoft: a warning',
            (s) => { at(s, 'definitions', 'Record', 'properties', 'id').format = 'guid'; },
            undefined,
            [ms(S, 'Format "guid" is not one Power Platform knows (validator UnrecognizedTypeFormat); it is ignored. 33 certified connectors ship unknown formats such as "guid", "phone" or "".', ['definitions', 'Record', 'properties', 'id', 'format'], 'ms-schema-tolerated', 'warn')],
        ],
        [
            'an unknown format on a body parameter: the real cause, not "in must be header, formData, query or path"',
            (s) => { at(s, 'paths', '/records/search', 'post', 'parameters', 0).schema = { type: 'object', properties: { phone: { type: 'string', format: 'phone' } } }; },
            undefined,
            [ms(S, 'Format "phone" is not one Power Platform knows (validator UnrecognizedTypeFormat); it is ignored. 33 certified connectors ship unknown formats such as "guid", "phone" or "".', ['paths', '/records/search', 'post', 'parameters', 0, 'schema', 'properties', 'phone', 'format'], 'ms-schema-tolerated', 'warn')],
        ],
        ['path parameter without required: the one missing property, not a cascade', (s) => { delete at(s, ...GET, 'parameters', 0).required; }, undefined, [ms(S, "Microsoft's swagger schema: missing required property \"required\".", [...GET, 'parameters', 0])]],
        ['apiProperties without iconBrandColor', (_s, a) => { delete at(a, 'properties').iconBrandColor; }, undefined, [ms(A, "Microsoft's apiProperties schema: missing required property \"iconBrandColor\".", ['properties'])]],
        [
            'oAuth identity provider outside the enum (DocuSign, certified in 2024): tolerated, a warning at the real cause',
            (_s, a) => { at(a, 'properties', 'connectionParameters').token = { type: 'oauthSetting', oAuthSettings: { identityProvider: 'DocuSign', clientId: 'x', scopes: [], redirectMode: 'Global' } }; },
            undefined,
            [
                ms(
                    A,
                    'identityProvider "DocuSign" is not in Microsoft\'s published list; certified connectors use such values (DocuSign\'s identity provider, the dynamicsubdomain policy), so check the spelling.',
                    ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'identityProvider'],
                    'ms-schema-tolerated',
                    'warn',
                ),
            ],
        ],
        [
            'custom code (scriptOperations) and redirectMode GlobalPerConnector: the schema is out of date',
            (_s, a) => {
                at(a, 'properties').scriptOperations = ['SearchRecords'];
                at(a, 'properties', 'connectionParameters').token = { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2', clientId: 'x', scopes: [], redirectMode: 'GlobalPerConnector' } };
            },
            undefined,
            [
                ms(A, "Microsoft's schema is out of date here: redirectMode \"GlobalPerConnector\" is the per-connector redirect URI Microsoft asks certified connectors to use.", ['properties', 'connectionParameters', 'token', 'oAuthSettings', 'redirectMode'], 'ms-schema-outdated', 'info'),
                ms(A, "Microsoft's schema is out of date here: \"scriptOperations\" is documented on Learn (custom code, multiple authentication types).", ['properties', 'scriptOperations'], 'ms-schema-outdated', 'info'),
            ],
        ],
        [
            'a default environment name in settings.json: the schema is out of date',
            () => {},
            { environment: 'Default-72f988bf-86f1-41af-91ab-2d7cd011db47' },
            [ms('settings.json', "Microsoft's schema is out of date here: a default environment is named \"Default-<tenant id>\", which the schema's GUID pattern does not allow.", ['environment'], 'ms-schema-outdated', 'info')],
        ],
        ['policy missing a required parameter', (_s, a) => { delete at(a, 'properties', 'policyTemplateInstances', 1, 'parameters')['x-ms-apimTemplateParameter.name']; }, undefined, [ms(A, "Microsoft's apiProperties schema: missing required property \"x-ms-apimTemplateParameter.name\".", ['properties', 'policyTemplateInstances', 1, 'parameters'])]],
        [
            'review F2 #3: an unknown root key, a missing info.version and a bad x-ms-visibility are all reported',
            (s) => { s.bogusTop = 1; delete at(s, 'info').version; at(s, ...GET)['x-ms-visibility'] = 'loud'; },
            undefined,
            [
                ms(S, "Microsoft's swagger schema: property \"bogusTop\" is not allowed here.", ['bogusTop']),
                ms(S, "Microsoft's swagger schema: missing required property \"version\".", ['info']),
                ms(S, "Microsoft's swagger schema: must be one of \"important\", \"advanced\", \"internal\" (found \"loud\").", [...GET, 'x-ms-visibility']),
            ],
        ],
        [
            'review F2 #3: settings.json with a bad environment id and an unknown key reports both',
            () => {},
            { environment: 'NOT-A-GUID', bogus: 1 },
            [
                ms('settings.json', "Microsoft's settings schema: property \"bogus\" is not allowed here.", ['bogus']),
                ms('settings.json', "Microsoft's settings schema: must match pattern \"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$\".", ['environment']),
            ],
        ],
        ['settings.json with a bad environment id', () => {}, { environment: 'NOT-A-GUID' }, [ms('settings.json', "Microsoft's settings schema: must match pattern \"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$\".", ['environment'])]],
    ];
    test.each(cases)('%s', (_name, mutate, settings, expected) => {
        const swagger = validSwagger();
        const apiProperties = validApiProperties();
        mutate(swagger, apiProperties);
        // The layer alone (the validator then drops what a lint rule or the Swagger 2.0 layer reports at the same place: overlaps.test.ts).
        expect(sortDiagnostics(checkOfficialSchemas({ swagger, apiProperties, settings }, loadOfficialSchemas(dir)))).toEqual(expected);
    });
    test('compiled schemas are cached per folder and recompiled when a schema file changes', () => {
        const tmp = mkdtempSync(join(tmpdir(), 'emabler-schemas-'));
        try {
            // A temporary working copy outside the repo, so the test can change a file's mtime.
            for (const f of Object.values(OFFICIAL_SCHEMA_FILES)) copyFileSync(join(dir, f), join(tmp, f));
            const first = loadOfficialSchemas(tmp);
            const again = loadOfficialSchemas(`${tmp}/.`);
            utimesSync(join(tmp, OFFICIAL_SCHEMA_FILES.settings), new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
            const changed = loadOfficialSchemas(tmp);
            expect([again === first, changed === first, changed.swagger === first.swagger]).toEqual([true, false, false]);
        } finally {
            rmSync(tmp, { recursive: true, force: true });
        }
    });
});

describeShared("keys Microsoft's paconn schemas predate: apiProperties scriptOperations and settings script are ms-schema-outdated infos", () => {
    const dir = sharedPath('schemas', 'microsoft');
    const run = (apiProperties: JsonObject, settings?: JsonObject) =>
        validateConnectorDocuments({ swagger: validSwagger(), apiProperties, ...(settings ? { settings } : {}) }, { officialSchemasDir: dir });
    const withScriptOperations = (value: unknown): JsonObject => {
        const a = validApiProperties();
        at(a, 'properties').scriptOperations = value;
        return a;
    };
    const settings = { apiDefinition: 'apiDefinition.swagger.json', apiProperties: 'apiProperties.json', icon: 'icon.png' };

    test('scriptOperations as an array of operationIds and settings script as a file name: infos only (exit 0)', async () => {
        expect((await run(withScriptOperations(['SearchRecords']), { ...settings, script: 'script.csx' })).map((d) => [d.file, d.severity, d.ruleId, d.message])).toEqual([
            [A, 'info', 'ms-schema-outdated', 'Microsoft\'s schema is out of date here: "scriptOperations" is documented on Learn (custom code, multiple authentication types).'],
            ['settings.json', 'info', 'ms-schema-outdated', 'Microsoft\'s schema is out of date here: paconn reads "script" (the custom code file, paconn-cli README "settings.json") but the schema predates custom code.'],
        ]);
    });

    test('a wrong shape is still an error: scriptOperations by the custom-code rule, a settings script that is not a file name by the schema', async () => {
        expect((await run(withScriptOperations('SearchRecords'), { ...settings, script: 5 })).filter((d) => d.severity === 'error').map((d) => [d.file, d.ruleId, d.message])).toEqual([
            [A, 'script-operations-valid', 'scriptOperations must be an array of operationIds.'],
            ['settings.json', 'ms-schema', 'Microsoft\'s settings schema: property "script" is not allowed here.'],
        ]);
    });
});
