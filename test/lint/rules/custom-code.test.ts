/** The custom-code rules: script.csx itself and the operations it serves (apiProperties scriptOperations). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_SCRIPT_BYTES } from '../../../src/lint/custom-code.ts';
import { lintRules } from '../../../src/lint/rules/index.ts';
import { runRules } from '../../../src/lint/run.ts';
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

testRule('custom-code-script-class', [
    { name: 'no custom code', expected: [] },
    { name: 'class Script : ScriptBase with ExecuteAsync', script: ok(), expected: [] },
    { name: 'helper types beside Script are fine', script: `${ok()}class Helper { }\nenum Mode { A }\n`, expected: [] },
    { name: 'spaces inside the generic type', script: 'public class Script : ScriptBase { public override async Task < HttpResponseMessage > ExecuteAsync() { return null; } }', expected: [] },
    { name: 'comments do not count as code', script: '// public class Script : ScriptBase\npublic class Other { }', expected: [
        { file: S, path: [], message: 'script.csx must declare class Script deriving from ScriptBase.' },
        { file: S, path: [], message: 'class Script must override Task<HttpResponseMessage> ExecuteAsync().' },
    ] },
    { name: 'another base class and no ExecuteAsync', script: 'public class Script : Object { }', expected: [
        { file: S, path: [], message: 'script.csx must declare class Script deriving from ScriptBase.' },
        { file: S, path: [], message: 'class Script must override Task<HttpResponseMessage> ExecuteAsync().' },
    ] },
]);

testRule('custom-code-size', [
    { name: 'under 1 MB', script: ok(), expected: [] },
    { name: '1 MB or more', script: ok() + '//' + 'x'.repeat(MAX_SCRIPT_BYTES), expected: [
        { file: S, path: [], message: `script.csx has ${Buffer.byteLength(ok()) + 2 + MAX_SCRIPT_BYTES} bytes; custom code must be smaller than 1 MB (1048576 bytes).` },
    ] },
]);

testRule('custom-code-namespaces', [
    { name: 'only supported namespaces', script: ok(), expected: [] },
    { name: 'comments and strings do not count', script: ok('// using System.Reflection;\n var s = "System.Globalization"; return null;'), expected: [] },
    { name: 'an unsupported using and a fully qualified unsupported namespace', script: `using System.Reflection;\n${ok('var c = System.Globalization.CultureInfo.InvariantCulture; return null;')}`, expected: [
        { file: S, path: [], message: 'System.Reflection: not among the namespaces Learn lists as supported for custom code.' },
        { file: S, path: [], message: 'System.Globalization: not among the namespaces Learn lists as supported for custom code.' },
    ] },
]);

testRule('custom-code-http-client', [
    { name: 'Context.SendAsync', script: ok(), expected: [] },
    { name: 'HttpClient', script: ok('return await new HttpClient().GetAsync("https://x.invalid");'), expected: [
        { file: S, path: [], message: 'HTTP calls should go through Context.SendAsync, not HttpClient (Learn: HttpClient will be blocked).' },
    ] },
]);

testRule('script-operations-valid', [
    { name: 'no scriptOperations', expected: [] },
    { name: 'operationIds of the swagger', mutate: listed('SearchRecords'), expected: [] },
    { name: 'a number among the operationIds', mutate: listed('SearchRecords', 'DeleteRecord', 7), expected: [
        { file: A, path: [...OPS, 2], message: 'scriptOperations entry 7 must be an operationId (a string).' },
    ] },
    { name: 'not an array', mutate: (_s, a) => { at(a, 'properties').scriptOperations = 'SearchRecords'; }, expected: [{ file: A, path: OPS, message: 'scriptOperations must be an array of operationIds.' }] },
]);

testRule('script-operations-unknown', [
    { name: 'operationIds of the swagger', mutate: listed('SearchRecords'), expected: [] },
    { name: 'a stale entry (the number is script-operations-valid\'s)', mutate: listed('SearchRecords', 'DeleteRecord', 7), expected: [
        { file: A, path: [...OPS, 1], message: 'scriptOperations names "DeleteRecord", which is not an operationId of the swagger.' },
    ] },
]);

testRule('script-operations-all', [
    { name: 'no custom code', expected: [] },
    { name: 'custom code with a list', mutate: listed('SearchRecords'), script: ok(), expected: [] },
    { name: 'custom code without scriptOperations', script: ok(), expected: [
        { file: A, path: ['properties'], message: 'The connector has custom code but no scriptOperations, so the platform runs the code for every operation.' },
    ] },
    { name: 'an empty list is the same', mutate: listed(), script: ok(), expected: [
        { file: A, path: ['properties'], message: 'The connector has custom code but no scriptOperations, so the platform runs the code for every operation.' },
    ] },
]);

testRule('script-operations-unlisted', [
    { name: 'the code names only listed operations', mutate: listed('SearchRecords'), script: ok(), expected: [] },
    { name: 'without a list every operation runs the code', script: ok(), expected: [] },
    { name: 'code for an operation the list leaves out', mutate: listed('GetRecord'), script: ok(), expected: [
        { file: S, path: [], message: 'script.csx names SearchRecords, which scriptOperations does not list, so code for it never runs; list it or remove the code.' },
    ] },
]);

describe("the project's own custom code", () => {
    test('no custom-code finding against the generated files, at about 2 % of the 1 MB limit', () => {
        const script = readFileSync(join(ROOT_DIR, PROJECT.scriptFile!), 'utf8');
        const docs = { swagger: committedSwagger() as unknown as JsonObject, apiProperties: committedApiProperties() as unknown as JsonObject, script };
        const rules = lintRules.filter((r) => r.id.startsWith('custom-code-') || r.id.startsWith('script-operations-'));
        expect(rules.map((r) => r.id)).toEqual([
            'custom-code-script-class',
            'custom-code-size',
            'custom-code-namespaces',
            'custom-code-http-client',
            'script-operations-valid',
            'script-operations-unknown',
            'script-operations-all',
            'script-operations-unlisted',
        ]);
        expect(runRules(docs, rules)).toEqual([]);
        expect(Buffer.byteLength(script)).toBeLessThan(MAX_SCRIPT_BYTES / 40);
    });
});
