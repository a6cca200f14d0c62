import { describe, expect, test } from 'vitest';
import { paconnSettings } from '../../src/package/settings.ts';
import { loadOfficialSchemas } from '../../src/validate/ajv.ts';
import { describeShared, sharedPath } from '../helpers/shared.ts';

describe('settings.json', () => {
    test('names the three connector files and leaves environment and connectorId to the user', () => {
        expect(paconnSettings()).toEqual({
            apiDefinition: 'apiDefinition.swagger.json',
            apiProperties: 'apiProperties.json',
            icon: 'icon.png',
        });
    });

    test('names script.csx as `script` when the connector has custom code (paconn reads the key)', () => {
        expect(paconnSettings({ script: true })).toEqual({
            apiDefinition: 'apiDefinition.swagger.json',
            apiProperties: 'apiProperties.json',
            icon: 'icon.png',
            script: 'script.csx',
        });
    });
});

describeShared("settings.json against Microsoft's paconn-settings schema", () => {
    const validate = () => loadOfficialSchemas(sharedPath('schemas', 'microsoft')).settings;

    test('is valid', () => {
        const v = validate();
        expect(v(paconnSettings())).toBe(true);
        expect(v.errors ?? null).toBeNull();
    });

    test('known gap: the schema has no `script` key although paconn reads it (facts §5.2), so it rejects the custom-code variant', () => {
        const v = validate();
        expect(v(paconnSettings({ script: true }))).toBe(false);
        expect(v.errors!.map((e) => [e.instancePath, e.keyword, (e.params as { additionalProperty?: string }).additionalProperty])).toEqual([['', 'additionalProperties', 'script']]);
    });

    test('the schema really checks: an unknown key and a malformed environment fail', () => {
        const v = validate();
        expect(v({ ...paconnSettings(), environment: 'not-a-guid', iconFile: 'x' })).toBe(false);
        expect(v.errors!.map((e) => [e.instancePath, e.keyword]).sort()).toEqual([
            ['', 'additionalProperties'],
            ['/environment', 'pattern'],
        ]);
    });
});
