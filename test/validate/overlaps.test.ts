/** One finding per defect: which layer findings a lint rule or the Swagger 2.0 layer replaces (src/validate/overlaps.ts). */
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import type { JsonObject } from '../../src/core/json.ts';
import { validateConnectorDocuments } from '../../src/validate/index.ts';
import { dropOverlaps } from '../../src/validate/overlaps.ts';
import { at, validApiProperties, validSwagger } from '../helpers/connector-fixture.ts';
import { describeShared, sharedPath } from '../helpers/shared.ts';

const S = 'apiDefinition.swagger.json';
const d = (ruleId: string, path: (string | number)[], message = 'm', file = S): Diagnostic => ({ ruleId, severity: 'error', message, path, file });

describe('dropOverlaps', () => {
    test('an owning lint rule replaces the layer finding at its place', () => {
        const lint = d('visibility-values', ['x', 'x-ms-visibility']);
        expect(dropOverlaps([d('ms-schema', ['x', 'x-ms-visibility']), lint])).toEqual([lint]);
    });
    test('not at another place, not in another file, not for a layer rule it does not own', () => {
        const found = [
            d('ms-schema', ['y', 'x-ms-visibility']),
            d('ms-schema', ['x', 'x-ms-visibility'], 'm', 'apiProperties.json'),
            d('ms-schema-tolerated', ['x', 'x-ms-visibility']),
            d('visibility-values', ['x', 'x-ms-visibility']),
        ];
        expect(dropOverlaps(found)).toEqual(found);
    });
    test('a lint rule that owns nothing keeps both: at "#" a missing paths and missing metadata are two defects', () => {
        const found = [d('ms-schema', [], 'Microsoft\'s swagger schema: missing required property "paths".'), d('metadata-required', [])];
        expect(dropOverlaps(found)).toEqual(found);
    });
    test("Microsoft's schema yields to the Swagger 2.0 layer when both say the same at the same place", () => {
        const structure = d('swagger-structure', ['host'], 'Swagger 2.0 schema: must match pattern "x".');
        const other = d('ms-schema', ['host'], "Microsoft's swagger schema: property \"y\" is not allowed here.");
        expect(dropOverlaps([structure, d('ms-schema', ['host'], "Microsoft's swagger schema: must match pattern \"x\"."), other])).toEqual([structure, other]);
    });
});

describeShared('one finding per defect, all layers on', () => {
    const GET = ['paths', '/records/{recordId}', 'get'];
    const run = async (mutate: (s: JsonObject) => void) => {
        const swagger = validSwagger();
        mutate(swagger);
        return (await validateConnectorDocuments({ swagger, apiProperties: validApiProperties() }, { officialSchemasDir: sharedPath('schemas', 'microsoft') })).map((x) => [x.ruleId, x.severity, x.path]);
    };
    test.each([
        ['x-ms-visibility outside the enum', (s: JsonObject) => { at(s, ...GET)['x-ms-visibility'] = 'Advanced'; }, [['visibility-values', 'error', [...GET, 'x-ms-visibility']]]],
        ['a misspelled extension', (s: JsonObject) => { at(s, ...GET, 'parameters', 1)['x-ms-sumary'] = 'Fields'; }, [['extension-misspelled', 'error', [...GET, 'parameters', 1, 'x-ms-sumary']]]],
        ['empty responses', (s: JsonObject) => { at(s, ...GET).responses = {}; }, [['operation-responses-required', 'warn', [...GET, 'responses']]]],
        ['a host with a scheme', (s: JsonObject) => { s.host = 'https://api.contoso.example'; }, [['host-valid', 'error', ['host']]]],
        ['x-ms-url-encoding on a query parameter', (s: JsonObject) => { at(s, ...GET, 'parameters', 1)['x-ms-url-encoding'] = 'single'; }, [['query-param-no-encoding', 'warn', [...GET, 'parameters', 1, 'x-ms-url-encoding']]]],
        [
            'metadata keys in another letter case',
            (s: JsonObject) => { s['x-ms-connector-metadata'] = [{ propertyName: 'Website', propertyValue: 'https://contoso.example' }, { PropertyName: 'Privacy policy', propertyValue: 'https://contoso.example/p' }, { propertyName: 'Categories', propertyValue: 'Data' }]; },
            [['metadata-key-casing', 'warn', ['x-ms-connector-metadata', 1]]],
        ],
    ] as const)('%s: one finding', async (_name, mutate, expected) => {
        expect(await run(mutate)).toEqual(expected);
    });
});
