import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { effectiveSeverity } from '../../src/core/rules.ts';
import { loadConfigFile, parseConfig } from '../../src/validate/config.ts';
import { ToolError, validateConnectorDocuments } from '../../src/validate/index.ts';
import { at, validApiProperties, validSwagger } from '../helpers/connector-fixture.ts';

describe('config file', () => {
    test('valid overrides', () => {
        expect(parseConfig('{"rules": {"title-max-30": "warn", "brand-color": "off", "json-syntax": "error"}}', 'c.json')).toEqual({ 'title-max-30': 'warn', 'brand-color': 'off', 'json-syntax': 'error' });
    });
    test.each([
        ['unknown rule id', '{"rules": {"title-max-31": "warn"}}', 'c.json: unknown rule id "title-max-31" at #/rules/title-max-31.'],
        ['bad setting', '{"rules": {"title-max-30": "info"}}', 'c.json: #/rules/title-max-30 must be "off", "warn" or "error" (found "info").'],
        ['a rule of another tool (not the validator\'s)', '{"rules": {"breaking-operation-removed": "warn"}}', 'c.json: unknown rule id "breaking-operation-removed" at #/rules/breaking-operation-removed.'],
        ['wrong shape', '{"title-max-30": "warn"}', 'c.json: config must look like { "rules": { "<rule-id>": "off" | "warn" | "error" } }.'],
        ['not JSON', '{"rules": {"limits": "off",}}', 'c.json: config is not valid JSON: JSON syntax error at 1:28: property name expected.'],
        ['top level not an object', '[]', 'c.json: the top level is not a JSON object.'],
    ])('%s → ToolError', (_name, text, message) => {
        expect(() => parseConfig(text, 'c.json')).toThrow(ToolError);
        expect(() => parseConfig(text, 'c.json')).toThrow(message);
    });
    test('missing config file', () => {
        expect(() => loadConfigFile('/nonexistent/c.json')).toThrow('/nonexistent/c.json: cannot read the config file (ENOENT).');
    });
    const dir = mkdtempSync(join(tmpdir(), 'f2-config-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    test('a config file on disk is read', () => {
        const file = join(dir, 'c.json');
        writeFileSync(file, '{"rules": {"limits": "off"}}');
        expect(loadConfigFile(file)).toEqual({ limits: 'off' });
    });
    test('a finding takes its rule\'s override, else keeps its severity', () => {
        expect([effectiveSeverity('title-max-30', 'error', {}), effectiveSeverity('title-max-30', 'error', { 'title-max-30': 'warn' }), effectiveSeverity('x', 'warn', { x: 'off' })]).toEqual(['error', 'warn', 'off']);
    });
    test('overrides change severity and "off" removes findings (layer rules included)', async () => {
        const swagger = validSwagger();
        at(swagger, 'info').title = 'Contoso Records with a very long title';
        at(swagger, 'info').description = 'Too short.';
        const found = await validateConnectorDocuments(
            { swagger, apiProperties: validApiProperties() },
            { severityOverrides: { 'title-max-30': 'warn', 'info-description-length': 'off', 'official-schemas-skipped': 'off' } },
        );
        expect(found).toEqual([{ ruleId: 'title-max-30', severity: 'warn', message: 'Title has 38 characters; the limit is 30.', path: ['info', 'title'], file: 'apiDefinition.swagger.json' }]);
    });
});
