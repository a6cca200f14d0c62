/**
 * check:breaking for apiProperties.json: one case per kind of connection change, each compared with the
 * hand-written v1 fixture (test/fixtures/breaking/v1/apiProperties.json) and expected to give exactly
 * these diagnostics, with paths into the current apiProperties.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkBreaking } from '../../src/breaking/check.ts';
import { checkConnection } from '../../src/breaking/connection.ts';
import { ToolError } from '../../src/core/errors.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { ROOT_DIR } from '../helpers/shared.ts';
import { thrown } from '../helpers/thrown.ts';

type Doc = Record<string, any>;
const OLD = 'v1/apiProperties.json';
const CURRENT = 'apiProperties.json';
const v1: Doc = JSON.parse(readFileSync(join(ROOT_DIR, 'test/fixtures/breaking/v1/apiProperties.json'), 'utf8'));
const swaggerV1: Doc = JSON.parse(readFileSync(join(ROOT_DIR, 'test/fixtures/breaking/v1/apiDefinition.swagger.json'), 'utf8'));

const run = (mutate: (d: Doc) => void): Diagnostic[] => {
    const current = structuredClone(v1);
    mutate(current.properties);
    return checkConnection({ old: { doc: structuredClone(v1), file: OLD }, current: { doc: current, file: CURRENT } });
};

const PARAMS = ['properties', 'connectionParameters'];
const POLICIES = ['properties', 'policyTemplateInstances'];
const ENV_VALUES = [...PARAMS, 'environment', 'uiDefinition', 'constraints', 'allowedValues'];
const d = (ruleId: string, severity: Diagnostic['severity'], path: (string | number)[], message: string): Diagnostic => ({ ruleId, severity, message, path, file: CURRENT });
const PROD = 'https://widgets.example.com/api';
const TEST = 'https://test.widgets.example.com/api';

const cases: { name: string; mutate: (props: Doc) => void; expected: Diagnostic[] }[] = [
    { name: 'unchanged connector', mutate: () => {}, expected: [] },
    {
        name: 'display texts, tooltips and the brand colour may change freely',
        mutate: (p) => {
            p.connectionParameters.api_key.uiDefinition.displayName = 'Key';
            p.connectionParameters.environment.uiDefinition.constraints.allowedValues[0].text = 'Live';
            p.iconBrandColor = '#000000';
        },
        expected: [],
    },
    {
        name: 'connection parameter renamed (api_key → apiKey)',
        mutate: (p) => {
            p.connectionParameters.apiKey = p.connectionParameters.api_key;
            delete p.connectionParameters.api_key;
        },
        expected: [
            d('breaking-connection-parameter-removed', 'error', PARAMS,
                'Connection parameter "api_key": removed (renamed to "apiKey"?) (was v1/apiProperties.json#/properties/connectionParameters/api_key); every existing connection is invalid and must be re-created.'),
            d('breaking-connection-parameter-required', 'error', [...PARAMS, 'apiKey'],
                'Connection parameter "apiKey": added as required; existing connections have no value for it and fail until edited.'),
        ],
    },
    {
        name: 'optional connection parameter removed',
        mutate: (p) => delete p.connectionParameters.region,
        expected: [
            d('breaking-connection-parameter-removed', 'error', PARAMS,
                'Connection parameter "region": removed (was v1/apiProperties.json#/properties/connectionParameters/region); every existing connection is invalid and must be re-created.'),
        ],
    },
    {
        name: 'connection parameter type changed (securestring → string)',
        mutate: (p) => (p.connectionParameters.api_key.type = 'string'),
        expected: [
            d('breaking-connection-parameter-type-changed', 'error', [...PARAMS, 'api_key', 'type'],
                'Connection parameter "api_key": type changed from "securestring" to "string"; existing connections hold a value of the old type and must be re-created.'),
        ],
    },
    {
        name: 'optional connection parameter made required',
        mutate: (p) => (p.connectionParameters.region.uiDefinition.constraints.required = 'true'),
        expected: [
            d('breaking-connection-parameter-required', 'error', [...PARAMS, 'region', 'uiDefinition', 'constraints', 'required'],
                'Connection parameter "region": optional before, required now; existing connections have no value for it and fail until edited.'),
        ],
    },
    {
        name: 'new required connection parameter',
        mutate: (p) => (p.connectionParameters.tenant = { type: 'string', uiDefinition: { displayName: 'Tenant', description: 'd', tooltip: 't', constraints: { required: 'true' } } }),
        expected: [
            d('breaking-connection-parameter-required', 'error', [...PARAMS, 'tenant'],
                'Connection parameter "tenant": added as required; existing connections have no value for it and fail until edited.'),
        ],
    },
    {
        name: 'allowed value of the environment dropdown removed',
        mutate: (p) => p.connectionParameters.environment.uiDefinition.constraints.allowedValues.pop(),
        expected: [
            d('breaking-allowed-value-removed', 'error', ENV_VALUES,
                `Connection parameter "environment": allowed value "${TEST}" removed; connections that use that value become invalid.`),
        ],
    },
    {
        name: 'a free-text parameter becomes a dropdown',
        mutate: (p) => (p.connectionParameters.region.uiDefinition.constraints.allowedValues = [{ text: 'EU', value: 'eu' }]),
        expected: [
            d('breaking-allowed-value-removed', 'error', [...PARAMS, 'region', 'uiDefinition', 'constraints', 'allowedValues'],
                'Connection parameter "region": restricted to the allowed values ["eu"] (any value before); connections that use that value become invalid.'),
        ],
    },
    {
        name: 'policy template instance removed (dynamichosturl gone)',
        mutate: (p) => (p.policyTemplateInstances = []),
        expected: [
            d('breaking-policy-removed', 'error', POLICIES,
                'Policy template #0 ("dynamichosturl"): removed (was v1/apiProperties.json#/properties/policyTemplateInstances/0); requests of existing connections are no longer rewritten the same way.'),
        ],
    },
    {
        name: 'policyTemplateInstances dropped altogether',
        mutate: (p) => delete p.policyTemplateInstances,
        expected: [
            d('breaking-policy-removed', 'error', ['properties'],
                'Policy template #0 ("dynamichosturl"): removed (was v1/apiProperties.json#/properties/policyTemplateInstances/0); requests of existing connections are no longer rewritten the same way.'),
        ],
    },
    {
        name: 'policy templateId changed',
        mutate: (p) => (p.policyTemplateInstances[0].templateId = 'setheader'),
        expected: [
            d('breaking-policy-removed', 'error', [...POLICIES, 0, 'templateId'],
                'Policy template #0 ("dynamichosturl"): templateId changed from "dynamichosturl" to "setheader"; requests of existing connections are no longer rewritten the same way.'),
        ],
    },
    {
        name: 'added optional connection parameter',
        mutate: (p) => (p.connectionParameters.timeout = { type: 'int', uiDefinition: { displayName: 'Timeout', description: 'd', tooltip: 't', constraints: { required: 'false' } } }),
        expected: [d('compatible-connection-change', 'info', [...PARAMS, 'timeout'], 'Connection parameter "timeout": added as optional; not breaking.')],
    },
    {
        name: 'added allowed value',
        mutate: (p) => p.connectionParameters.environment.uiDefinition.constraints.allowedValues.push({ text: 'Staging', value: 'https://staging.widgets.example.com/api' }),
        expected: [
            d('compatible-connection-change', 'info', [...ENV_VALUES, 2],
                'Connection parameter "environment": allowed value "https://staging.widgets.example.com/api" added; not breaking.'),
        ],
    },
    {
        name: 'required connection parameter made optional',
        mutate: (p) => (p.connectionParameters.environment.uiDefinition.constraints.required = 'false'),
        expected: [
            d('compatible-connection-change', 'info', [...PARAMS, 'environment', 'uiDefinition', 'constraints', 'required'],
                'Connection parameter "environment": required before, optional now; not breaking.'),
        ],
    },
    {
        name: 'policy template added',
        mutate: (p) => p.policyTemplateInstances.push({ templateId: 'setheader', title: 'Client', parameters: {} }),
        expected: [d('compatible-connection-change', 'info', [...POLICIES, 1], 'Policy template #1 ("setheader"): added; not breaking.')],
    },
    {
        name: 'the dropdown is reordered: values are matched by value, not by position',
        mutate: (p) => p.connectionParameters.environment.uiDefinition.constraints.allowedValues.reverse(),
        expected: [],
    },
];

describe('checkConnection: one case per kind of change', () => {
    test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(run(c.mutate)).toEqual(c.expected);
    });

    test('this project\'s apiProperties.json against itself gives []', () => {
        const doc = JSON.parse(readFileSync(join(ROOT_DIR, 'apiProperties.json'), 'utf8'));
        expect(checkConnection({ old: { doc, file: OLD }, current: { doc: structuredClone(doc), file: CURRENT } })).toEqual([]);
    });

    test('a removed production value is reported once per removed value', () => {
        const findings = run((p) => (p.connectionParameters.environment.uiDefinition.constraints.allowedValues = [{ text: 'Staging', value: 'https://s.example.com' }]));
        expect(findings.map((f) => [f.ruleId, f.message.split(';')[0]])).toEqual([
            ['breaking-allowed-value-removed', `Connection parameter "environment": allowed value "${PROD}" removed`],
            ['breaking-allowed-value-removed', `Connection parameter "environment": allowed value "${TEST}" removed`],
            ['compatible-connection-change', 'Connection parameter "environment": allowed value "https://s.example.com" added'],
        ]);
    });
});

describe('checkConnection: missing and malformed files', () => {
    test('no old apiProperties.json → one info finding, nothing compared', () => {
        expect(checkConnection({ old: { doc: undefined, file: 'v1.0.0:apiProperties.json' }, current: { doc: v1, file: CURRENT } })).toEqual([
            d('connection-properties-skipped', 'info', [],
                'Connection: v1.0.0:apiProperties.json not found, so connection parameters and policy templates were not compared; compare them by hand.'),
        ]);
    });

    test('neither side has one → both named', () => {
        expect(checkConnection({ old: { doc: undefined, file: OLD }, current: { doc: undefined, file: CURRENT } })).toEqual([
            d('connection-properties-skipped', 'info', [],
                'Connection: v1/apiProperties.json and apiProperties.json not found, so connection parameters and policy templates were not compared; compare them by hand.'),
        ]);
    });

    test.each([
        ['an array', [], 'apiProperties.json: is not an apiProperties.json document (no properties object).'],
        ['no properties object', { connectionParameters: {} }, 'apiProperties.json#/properties: is not an apiProperties.json document (no properties object).'],
        ['connectionParameters not an object', { properties: { connectionParameters: [] } }, 'apiProperties.json#/properties/connectionParameters: must be an object.'],
        ['a parameter that is not an object', { properties: { connectionParameters: { api_key: 'x' } } }, 'apiProperties.json#/properties/connectionParameters/api_key: must be an object.'],
        ['policyTemplateInstances not an array', { properties: { policyTemplateInstances: {} } }, 'apiProperties.json#/properties/policyTemplateInstances: must be an array.'],
    ])('%s cannot be compared (ToolError)', (_name, current, message) => {
        const error = thrown(() => checkConnection({ old: { doc: v1, file: OLD }, current: { doc: current, file: CURRENT } }));
        expect(error).toBeInstanceOf(ToolError);
        expect(error.message).toBe(message);
    });
});

describe('checkBreaking with properties', () => {
    test('swagger findings come first, then the connection findings', () => {
        const swagger = structuredClone(swaggerV1);
        delete swagger.paths['/widgets'].post;
        const props = structuredClone(v1);
        delete props.properties.connectionParameters.region;
        const findings = checkBreaking({
            old: swaggerV1, oldFile: 'v1/apiDefinition.swagger.json', current: swagger, currentFile: 'apiDefinition.swagger.json',
            properties: { old: { doc: v1, file: OLD }, current: { doc: props, file: CURRENT } },
        });
        expect(findings.map((f) => [f.file, f.ruleId])).toEqual([
            ['apiDefinition.swagger.json', 'breaking-operation-removed'],
            [CURRENT, 'breaking-connection-parameter-removed'],
        ]);
    });

    test('unchanged swagger and apiProperties.json give []', () => {
        expect(checkBreaking({
            old: swaggerV1, oldFile: 'v1/apiDefinition.swagger.json', current: structuredClone(swaggerV1), currentFile: 'apiDefinition.swagger.json',
            properties: { old: { doc: v1, file: OLD }, current: { doc: structuredClone(v1), file: CURRENT } },
        })).toEqual([]);
    });
});
