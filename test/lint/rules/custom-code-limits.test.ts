/** custom-code-limits: the C# limits of script.csx and the operations it may serve (scriptOperations). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runRules } from '../../../src/lint/run.ts';
import { customCodeLimits, MAX_SCRIPT_BYTES } from '../../../src/lint/rules/custom-code-limits.ts';
import type { JsonObject } from '../../../src/core/json.ts';
import { at } from '../../helpers/connector-fixture.ts';
import { committedApiProperties, committedSwagger, PROJECT } from '../../helpers/project.ts';
import { ROOT_DIR } from '../../helpers/shared.ts';
import { testRule } from '../../helpers/test-rule.ts';

const A = 'apiProperties.json';
const S = 'script.csx';
const OPS = ['properties', 'scriptOperations'];
const ok = (body = 'return await this.Context.SendAsync(this.Context.Request, this.CancellationToken);') =>
    `using System.Net.Http;\nusing Newtonsoft.Json.Linq;\npublic class Script : ScriptBase\n{\n    public override async Task<HttpResponseMessage> ExecuteAsync()\n    {\n        if (this.Context.OperationId == "SearchRecords") { }\n        ${body}\n    }\n}\n`;
const listed = (...ids: unknown[]) => (_s: JsonObject, a: JsonObject) => {
    at(a, 'properties').scriptOperations = ids;
};

testRule('custom-code-limits', [
    { name: 'no custom code, no scriptOperations', expected: [] },
    { name: 'a script within the limits that names only listed operations', mutate: listed('SearchRecords'), script: ok(), expected: [] },
    { name: 'comments and strings do not count as code', mutate: listed('SearchRecords'), script: ok('// class Helper, using System.Reflection;\n var s = "class Other"; return null;'), expected: [] },
    { name: 'scriptOperations naming an unknown operation', mutate: listed('SearchRecords', 'DeleteRecord', 7), expected: [
        { file: A, path: [...OPS, 1], message: 'scriptOperations names "DeleteRecord", which is not an operationId of the swagger.' },
        { file: A, path: [...OPS, 2], message: 'scriptOperations names 7, which is not an operationId of the swagger.' },
    ] },
    { name: 'scriptOperations not an array', mutate: (_s, a) => { at(a, 'properties').scriptOperations = 'SearchRecords'; }, expected: [{ file: A, path: OPS, message: 'scriptOperations must be an array of operationIds.' }] },
    { name: 'custom code without scriptOperations runs for every operation', script: ok(), expected: [
        { file: A, path: ['properties'], message: 'The connector has custom code but no scriptOperations, so the platform runs the code for every operation; list the operations it serves.' },
    ] },
    { name: 'an empty scriptOperations list is the same', mutate: listed(), script: ok(), expected: [
        { file: A, path: ['properties'], message: 'The connector has custom code but no scriptOperations, so the platform runs the code for every operation; list the operations it serves.' },
    ] },
    { name: 'code for an operation that scriptOperations does not list', mutate: listed('GetRecord'), script: ok(), expected: [
        { file: S, path: [], message: 'script.csx handles SearchRecords, which scriptOperations does not list, so that code never runs; list it or remove the code.' },
    ] },
    { name: 'a second class', mutate: listed('SearchRecords'), script: `${ok()}class Helper { }\n`, expected: [
        { file: S, path: [], message: 'script.csx must declare exactly one type, class Script; it declares class Script, class Helper.' },
    ] },
    { name: 'another base class and no ExecuteAsync', mutate: listed('SearchRecords'), script: 'public class Script : Object { }', expected: [
        { file: S, path: [], message: 'class Script must derive from ScriptBase.' },
        { file: S, path: [], message: 'class Script must override Task<HttpResponseMessage> ExecuteAsync().' },
    ] },
    { name: 'an unsupported using and a fully qualified unsupported namespace', mutate: listed('SearchRecords'), script: `using System.Reflection;\n${ok('var c = System.Globalization.CultureInfo.InvariantCulture; return null;')}`, expected: [
        { file: S, path: [], message: 'using System.Reflection: not a namespace custom code may use.' },
        { file: S, path: [], message: 'System.Globalization: not a namespace custom code may use (fully qualified names count too).' },
    ] },
    { name: 'HttpClient instead of Context.SendAsync', mutate: listed('SearchRecords'), script: ok('return await new HttpClient().GetAsync("https://x.invalid");'), expected: [
        { file: S, path: [], message: 'HTTP calls must go through Context.SendAsync, not HttpClient.' },
    ] },
    { name: '1 MB or more', mutate: listed('SearchRecords'), script: ok() + '//' + 'x'.repeat(MAX_SCRIPT_BYTES), expected: [
        { file: S, path: [], message: `script.csx has ${Buffer.byteLength(ok()) + 2 + MAX_SCRIPT_BYTES} bytes; custom code must be smaller than 1 MB (1048576 bytes).` },
    ] },
]);

describe("the project's own custom code", () => {
    test('passes custom-code-limits against the generated files, at about 2 % of the 1 MB limit', () => {
        const script = readFileSync(join(ROOT_DIR, PROJECT.scriptFile!), 'utf8');
        const docs = { swagger: committedSwagger() as unknown as JsonObject, apiProperties: committedApiProperties() as unknown as JsonObject, script };
        expect(runRules(docs, [customCodeLimits])).toEqual([]);
        expect(Buffer.byteLength(script)).toBeLessThan(MAX_SCRIPT_BYTES / 40);
    });
});
