/**
 * check:upstream's declarations on small hand-written documents: the `subset` policy of an operation's
 * upstream link (optional upstream parameters and fields left out become info), the undeclared
 * differences behind the errors (upstreamReport().undeclared) and `--print-declarations` text.
 */
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { checkUpstream, upstreamReport, type Undeclared, type UpstreamCheckInput } from '../../src/drift/check.ts';
import { printDeclarations, REASON_PLACEHOLDER } from '../../src/drift/declarations.ts';
import type { DeclaredDifference, UpstreamLink } from '../../src/model/types.ts';
import { diag, none, OP, ours as thingOurs, upstream as thingUpstream, type Doc } from './helpers.ts';

/** DoThing on both sides, and ListOthers (GET /v2/others), the same on both sides. */
const ours = (): Doc => {
    const o = thingOurs();
    o.paths['/v2/others'] = { get: { operationId: 'ListOthers', responses: { '200': { description: 'ok' } } } };
    return o;
};
const upstream = (): Doc => {
    const u = thingUpstream();
    u.paths['/v2/others'] = { get: { operationId: 'listOthers', responses: { '200': { description: 'ok' } } } };
    return u;
};

const UP_PARAMS = '#/paths/~1v2~1things~1{thingId}/post/parameters';
const SUBSET = { reason: 'The connector exposes a chosen subset.' };
const T = 'TODO: say why the connector differs here';

const link = (differences: DeclaredDifference[] = [], subset?: UpstreamLink['subset']): UpstreamLink => ({
    method: 'post',
    path: '/v2/things/{thingId}',
    operationId: 'doThing',
    differences,
    ...(subset ? { subset } : {}),
});
const input = (mutateOurs: (d: Doc) => void, mutateUp: (d: Doc) => void, links: UpstreamCheckInput['links'] = { DoThing: link() }): UpstreamCheckInput => {
    const o = ours();
    const u = upstream();
    mutateOurs(o);
    mutateUp(u);
    return { swagger: o, swaggerFile: 'ours.json', openapi: u, openapiFile: 'up.json', links };
};
const upOp = (u: Doc): Doc => u.paths['/v2/things/{thingId}'].post;
const ourOp = (o: Doc): Doc => o.paths['/v2/things/{thingId}'].post;

// Upstream changes the subset may or may not cover.
const optionalQuery = (u: Doc) => upOp(u).parameters.push({ name: 'dryRun', in: 'query', schema: { type: 'boolean' } });
const requiredQuery = (u: Doc) => upOp(u).parameters.push({ name: 'dryRun', in: 'query', required: true, schema: { type: 'boolean' } });
const optionalField = (u: Doc) => (u.components.schemas.thing.properties.color = { type: 'string' });
const requiredField = (u: Doc) => {
    optionalField(u);
    u.components.schemas.thing.required = ['color'];
};

const MISSING_QUERY = `DoThing request/query/dryRun: missing here; upstream doThing has it at ${UP_PARAMS}/1.`;
const MISSING_BODY_COLOR = 'DoThing request/body/color: missing here; upstream doThing has it at #/components/schemas/thing/properties/color.';
const MISSING_RESPONSE_COLOR = 'DoThing responses/200/schema/color: missing here; upstream doThing has it at #/components/schemas/thing/properties/color.';
const STALE_SUBSET = diag('upstream-declaration-stale', 'warn', OP, 'DoThing: declared difference "subset" (model upstream.differences) matches no finding; remove it or correct its location.');
const leftOut = (message: string) => `${message} Left out (subset): ${SUBSET.reason}`;

describe('check:upstream subset', () => {
    const check = (mutateOurs: (d: Doc) => void, mutateUp: (d: Doc) => void, l: UpstreamLink = link([], SUBSET)): Diagnostic[] =>
        checkUpstream(input(mutateOurs, mutateUp, { DoThing: l }));

    test('an optional upstream parameter left out → info with the subset reason', () => {
        expect(check(none, optionalQuery)).toEqual([diag('upstream-missing-here', 'info', [...OP, 'parameters'], leftOut(MISSING_QUERY))]);
    });

    test('without a subset the same finding is an error', () => {
        expect(check(none, optionalQuery, link())).toEqual([diag('upstream-missing-here', 'error', [...OP, 'parameters'], MISSING_QUERY)]);
    });

    test('an optional upstream field left out (request body and response) → info', () => {
        expect(check(none, optionalField)).toEqual([
            diag('upstream-missing-here', 'info', ['definitions', 'Thing', 'properties'], leftOut(MISSING_BODY_COLOR)),
            diag('upstream-missing-here', 'info', ['definitions', 'Thing', 'properties'], leftOut(MISSING_RESPONSE_COLOR)),
        ]);
    });

    test.each<[string, (d: Doc) => void, (d: Doc) => void, Diagnostic[]]>([
        ['a required upstream parameter', none, requiredQuery, [diag('upstream-missing-here', 'error', [...OP, 'parameters'], MISSING_QUERY)]],
        ['a required upstream field', none, requiredField, [
            diag('upstream-missing-here', 'error', ['definitions', 'Thing', 'properties'], MISSING_BODY_COLOR),
            diag('upstream-missing-here', 'error', ['definitions', 'Thing', 'properties'], MISSING_RESPONSE_COLOR),
        ]],
        ['an optional parameter only here (extra here)', (o) => ourOp(o).parameters.push({ name: 'X-Trace', in: 'header', required: false, type: 'string' }), none, [
            diag('upstream-extra-here', 'error', [...OP, 'parameters', 2], `DoThing request/header/X-Trace: exists here but not upstream (doThing, looked in ${UP_PARAMS}).`),
        ]],
        ['an optional field only here (extra here)', (o) => (o.definitions.Thing.properties.note = { type: 'string' }), none, [
            diag('upstream-extra-here', 'error', ['definitions', 'Thing', 'properties', 'note'], 'DoThing request/body/note: exists here but not upstream (doThing, looked in #/components/schemas/thing/properties).'),
            diag('upstream-extra-here', 'error', ['definitions', 'Thing', 'properties', 'note'], 'DoThing responses/200/schema/note: exists here but not upstream (doThing, looked in #/components/schemas/thing/properties).'),
        ]],
        ['a different field', none, (u) => (u.components.schemas.thing.properties.size.format = 'int64'), [
            diag('upstream-different', 'error', ['definitions', 'Thing', 'properties', 'size', 'format'], 'DoThing request/body/size/format: format is "int32" here but "int64" upstream (doThing, #/components/schemas/thing/properties/size/format).'),
            diag('upstream-different', 'error', ['definitions', 'Thing', 'properties', 'size', 'format'], 'DoThing responses/200/schema/size/format: format is "int32" here but "int64" upstream (doThing, #/components/schemas/thing/properties/size/format).'),
        ]],
        ['an optional request body left out (a body is not a parameter or field)', (o) => ourOp(o).parameters.pop(), none, [
            diag('upstream-missing-here', 'error', [...OP, 'parameters'], 'DoThing request/body: missing here; upstream doThing has it at #/paths/~1v2~1things~1{thingId}/post/requestBody.'),
        ]],
        ['a response status left out', none, (u) => (upOp(u).responses['404'] = { description: 'missing' }), [
            diag('upstream-missing-here', 'error', [...OP, 'responses'], 'DoThing responses/404: missing here; upstream doThing has it at #/paths/~1v2~1things~1{thingId}/post/responses/404.'),
        ]],
    ])('not covered: %s → error, and the unused subset is stale', (_name, mutateOurs, mutateUp, errors) => {
        expect(check(mutateOurs, mutateUp)).toEqual([...errors, STALE_SUBSET]);
    });

    test('optional and required together: the subset covers the optional one only (and is not stale)', () => {
        const up = (u: Doc) => {
            optionalQuery(u);
            requiredField(u);
        };
        expect(check(none, up)).toEqual([
            diag('upstream-missing-here', 'info', [...OP, 'parameters'], leftOut(MISSING_QUERY)),
            diag('upstream-missing-here', 'error', ['definitions', 'Thing', 'properties'], MISSING_BODY_COLOR),
            diag('upstream-missing-here', 'error', ['definitions', 'Thing', 'properties'], MISSING_RESPONSE_COLOR),
        ]);
    });

    test('a declared difference wins over the subset; a subset that then covers nothing is stale', () => {
        expect(check(none, optionalQuery, link([{ at: 'request/query/dryRun', reason: 'Dry runs are not for flows.' }], SUBSET))).toEqual([
            diag('upstream-missing-here', 'info', [...OP, 'parameters'], `${MISSING_QUERY} Declared: Dry runs are not for flows.`),
            STALE_SUBSET,
        ]);
    });

    test('a subset with no differences at all is stale', () => {
        expect(check(none, none)).toEqual([STALE_SUBSET]);
    });

    test('stale declarations come before the subset', () => {
        expect(check(none, none, link([{ at: 'responses/418', reason: 'Teapot.' }], SUBSET))).toEqual([
            diag('upstream-declaration-stale', 'warn', OP, 'DoThing: declared difference "responses/418" (model upstream.differences) matches no finding; remove it or correct its location.'),
            STALE_SUBSET,
        ]);
    });

    test('a subset applies to its own operation only', () => {
        const both = (u: Doc) => {
            optionalQuery(u);
            u.paths['/v2/others'].get.parameters = [{ name: 'page', in: 'query', schema: { type: 'integer' } }];
        };
        expect(checkUpstream(input(none, both, { DoThing: link([], SUBSET) }))).toEqual([
            diag('upstream-missing-here', 'info', [...OP, 'parameters'], leftOut(MISSING_QUERY)),
            diag('upstream-missing-here', 'error', ['paths', '/v2/others', 'get', 'parameters'], 'ListOthers request/query/page: missing here; upstream listOthers has it at #/paths/~1v2~1others/get/parameters/0.'),
        ]);
    });
});

describe('upstreamReport().undeclared', () => {
    const security = (o: Doc, u: Doc) => {
        o.securityDefinitions = { api_key: { type: 'apiKey', in: 'header', name: 'x-api-key' } };
        o.security = [{ api_key: [] }];
        u.components.securitySchemes = { key: { type: 'apiKey', in: 'header', name: 'x-functions-key' } };
        // On the operation only: ListOthers upstream declares no security, so it is not compared.
        upOp(u).security = [{ key: [] }];
    };
    const SECURITY_MESSAGE = 'DoThing security/api_key: the API key is sent in header "x-api-key" here but upstream takes header "x-functions-key" (doThing, #/components/securitySchemes/key).';
    const report = (mutateUp: (u: Doc) => void, links: UpstreamCheckInput['links'], withSecurity = false) => {
        const i = input(none, mutateUp, links);
        if (withSecurity) security(i.swagger as Doc, i.openapi as Doc);
        return upstreamReport(i);
    };
    const up = (u: Doc) => {
        optionalQuery(u);
        requiredField(u);
    };

    test('every error behind the diagnostics, optional ones marked; security differences included', () => {
        expect(report(up, { DoThing: link() }, true).undeclared).toEqual<Undeclared[]>([
            { operationId: 'DoThing', at: 'request/query/dryRun', message: MISSING_QUERY, optional: true },
            { operationId: 'DoThing', at: 'request/body/color', message: MISSING_BODY_COLOR, optional: false },
            { operationId: 'DoThing', at: 'responses/200/schema/color', message: MISSING_RESPONSE_COLOR, optional: false },
            { operationId: 'DoThing', at: 'security/api_key', message: SECURITY_MESSAGE, optional: false },
        ]);
    });

    test('declared differences and what the subset covers are left out', () => {
        const l = link([{ at: 'security/api_key', reason: 'The gateway maps the header.' }, { at: 'request/body/color', reason: 'Set by the server.' }], SUBSET);
        expect(report(up, { DoThing: l }, true).undeclared).toEqual<Undeclared[]>([
            { operationId: 'DoThing', at: 'responses/200/schema/color', message: MISSING_RESPONSE_COLOR, optional: false },
        ]);
    });

    test('the diagnostics are checkUpstream\'s', () => {
        const i = input(none, up, { DoThing: link([], SUBSET) });
        expect(upstreamReport(i).diagnostics).toEqual(checkUpstream(i));
    });

    test('unmatched operations, stale declarations and link mismatches are not differences to declare', () => {
        const r = report(
            (u) => {
                delete u.paths['/v2/others'];
                upOp(u).operationId = 'doThingV2';
            },
            { DoThing: link([{ at: 'responses/418', reason: 'Teapot.' }], SUBSET) },
        );
        expect([r.diagnostics.map((d) => d.ruleId), r.undeclared]).toEqual([
            ['upstream-declaration-stale', 'upstream-declaration-stale', 'upstream-link-mismatch', 'upstream-operation-not-found'],
            [],
        ]);
    });

    test('nothing differs → []', () => {
        expect(report(none, { DoThing: link() })).toEqual({ diagnostics: [], undeclared: [] });
    });
});

describe('printDeclarations', () => {
    const print = (mutateOurs: (d: Doc) => void, mutateUp: (d: Doc) => void, links: UpstreamCheckInput['links'] = { DoThing: link() }): string =>
        printDeclarations(input(mutateOurs, mutateUp, links));
    const NOTHING = '// check:upstream: every difference is declared; nothing to add.\n';
    const entry = (at: string, message: string) => `    { at: ${JSON.stringify(at)}, reason: '${T}' }, // ${message}`;

    test('the placeholder reason', () => {
        expect(REASON_PLACEHOLDER).toBe(T);
    });

    test.each<[string, (d: Doc) => void, UpstreamCheckInput['links']]>([
        ['no differences', none, { DoThing: link() }],
        ['every difference declared or in the subset', (u) => {
            optionalQuery(u);
            requiredField(u);
        }, { DoThing: link([{ at: 'request/body/color', reason: 'r' }, { at: 'responses/200/schema/color', reason: 'r' }], SUBSET) }],
    ])('%s → nothing to add', (_name, mutateUp, links) => {
        expect(print(none, mutateUp, links)).toBe(NOTHING);
    });

    test('optional differences get a subset hint before the list', () => {
        const up = (u: Doc) => {
            optionalQuery(u);
            u.components.schemas.thing.properties.size.type = 'string';
        };
        expect(print(none, up)).toBe(
            [
                '// DoThing: 3 undeclared difference(s)',
                '// 1 of them are optional upstream parameters or fields the operation leaves out;',
                `// one entry covers them all: subset: { reason: '${T}' },`,
                'differences: [',
                entry('request/query/dryRun', MISSING_QUERY),
                entry('request/body/size/type', 'DoThing request/body/size/type: type is "integer" here but "string" upstream (doThing, #/components/schemas/thing/properties/size/type).'),
                entry('responses/200/schema/size/type', 'DoThing responses/200/schema/size/type: type is "integer" here but "string" upstream (doThing, #/components/schemas/thing/properties/size/type).'),
                '],',
                '',
            ].join('\n'),
        );
    });

    test('no optional differences: no hint; one block per operation in document order', () => {
        const up = (u: Doc) => {
            requiredQuery(u);
            u.paths['/v2/others'].get.responses = {};
        };
        expect(print(none, up)).toBe(
            [
                '// DoThing: 1 undeclared difference(s)',
                'differences: [',
                entry('request/query/dryRun', MISSING_QUERY),
                '],',
                '// ListOthers: 1 undeclared difference(s)',
                'differences: [',
                entry('responses/200', 'ListOthers responses/200: exists here but not upstream (listOthers, looked in #/paths/~1v2~1others/get/responses).'),
                '],',
                '',
            ].join('\n'),
        );
    });

    test('with a subset declared, only what it does not cover is offered, and no hint', () => {
        expect(print(none, (u) => { optionalQuery(u); requiredField(u); }, { DoThing: link([], SUBSET) })).toBe(
            [
                '// DoThing: 2 undeclared difference(s)',
                'differences: [',
                entry('request/body/color', MISSING_BODY_COLOR),
                entry('responses/200/schema/color', MISSING_RESPONSE_COLOR),
                '],',
                '',
            ].join('\n'),
        );
    });

    test('several optional differences are counted', () => {
        expect(print(none, (u) => { optionalQuery(u); optionalField(u); }).split('\n').slice(0, 2)).toEqual([
            '// DoThing: 3 undeclared difference(s)',
            '// 3 of them are optional upstream parameters or fields the operation leaves out;',
        ]);
    });
});
