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
});

describeShared("settings.json against Microsoft's paconn-settings schema", () => {
    const validate = () => loadOfficialSchemas(sharedPath('schemas', 'microsoft')).settings;

    test('is valid', () => {
        const v = validate();
        expect(v(paconnSettings())).toBe(true);
        expect(v.errors ?? null).toBeNull();
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
