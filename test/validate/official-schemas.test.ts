/** Layer 3 against Microsoft's real schemas in ../shared (never copied into the repo). */
import { copyFileSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadOfficialSchemas, OFFICIAL_SCHEMA_FILES } from '../../src/validate/ajv.ts';
import { ToolError, validateConnectorDocuments } from '../../src/validate/index.ts';
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
    test.each(cases)('%s', async (_name, mutate, settings, expected) => {
        const swagger = validSwagger();
        const apiProperties = validApiProperties();
        mutate(swagger, apiProperties);
        const all = await validateConnectorDocuments({ swagger, apiProperties, settings }, { officialSchemasDir: dir });
        expect(all.filter((x) => x.ruleId.startsWith('ms-schema'))).toEqual(expected);
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

describeShared('temporary allowances for keys the paconn schemas predate (G3; the ms-schema-outdated rule will replace them)', () => {
    const dir = sharedPath('schemas', 'microsoft');
    const run = (apiProperties: JsonObject, settings?: JsonObject) =>
        validateConnectorDocuments({ swagger: validSwagger(), apiProperties, ...(settings ? { settings } : {}) }, { officialSchemasDir: dir });
    const withScriptOperations = (value: unknown): JsonObject => {
        const a = validApiProperties();
        at(a, 'properties').scriptOperations = value;
        return a;
    };
    const settings = { apiDefinition: 'apiDefinition.swagger.json', apiProperties: 'apiProperties.json', icon: 'icon.png' };

    test('apiProperties scriptOperations as an array of operationIds and settings script as a file name pass', async () => {
        expect(await run(withScriptOperations(['SearchRecords']), { ...settings, script: 'script.csx' })).toEqual([]);
    });

    test('any other shape is still reported by the schema', async () => {
        expect((await run(withScriptOperations('SearchRecords'), { ...settings, script: 5 })).map((d) => [d.file, d.ruleId, d.message])).toEqual([
            [A, 'custom-code-limits', 'scriptOperations must be an array of operationIds.'],
            [A, 'ms-schema', 'Microsoft\'s apiProperties schema: property "scriptOperations" is not allowed here.'],
            ['settings.json', 'ms-schema', 'Microsoft\'s settings schema: property "script" is not allowed here.'],
        ]);
    });
});
