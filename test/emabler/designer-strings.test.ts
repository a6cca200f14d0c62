/** Designer experience: every input and output has a friendly name and a real sentence. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { typedOperations } from '../../src/swagger/reader.ts';
import type { SwaggerDocument, SwaggerSchema } from '../../src/swagger/types.ts';
import { ROOT_DIR } from '../helpers/shared.ts';

const doc = JSON.parse(readFileSync(join(ROOT_DIR, 'apiDefinition.swagger.json'), 'utf8')) as SwaggerDocument;

/** Every property of every definition, with its location. */
const properties = Object.entries(doc.definitions).flatMap(([def, schema]) =>
    Object.entries(schema.properties ?? {}).map(([name, s]) => ({ at: `${def}.${name}`, s: s as SwaggerSchema })),
);
const SMALL_WORDS = new Set(['of', 'and', 'or', 'to', 'by', 'in', 'a', 'an', 'the', 'for']);
const isTitleCase = (text: string) =>
    text.split(' ').every((w) => SMALL_WORDS.has(w) || /^[A-Z(0-9]/.test(w));

/** Every parameter of every operation, and every operation, with its location. */
const operations = typedOperations(doc);
const parameters = operations.flatMap((op) => op.operation.parameters.map((p) => ({ at: `${op.operationId}.${p.name}`, p })));

describe('designer strings of operations and parameters', () => {
    test.each(operations.map((op) => [op.operationId, op] as const))('%s: a sentence-case summary without a period and a full-sentence description', (_id, op) => {
        const { summary, description } = op.operation;
        expect(summary).toMatch(/^[A-Z][^.]*[a-z0-9)]$/);
        expect(summary.length).toBeLessThanOrEqual(80);
        expect(description).toMatch(/^[A-Z0-9].*\.$/);
        expect(description.length).toBeGreaterThan(summary.length);
    });

    test.each(parameters)('$at has a Title Case x-ms-summary and a different sentence description', ({ p }) => {
        const summary = p['x-ms-summary'] ?? '';
        expect(summary.length).toBeGreaterThan(0);
        expect(isTitleCase(summary)).toBe(true);
        expect(p.description).toMatch(/^[A-Z0-9].*\.$/);
        expect(p.description.toLowerCase()).not.toBe(summary.toLowerCase());
    });
});

describe('designer strings', () => {
    test.each(properties)('$at has a Title Case x-ms-summary and a different sentence description', ({ s }) => {
        const summary = s['x-ms-summary'] ?? '';
        const description = s.description ?? '';
        expect(summary.length).toBeGreaterThan(0);
        expect(summary.length).toBeLessThanOrEqual(80);
        expect(isTitleCase(summary)).toBe(true);
        expect(summary.endsWith('.')).toBe(false);
        expect(description).toMatch(/^[A-Z0-9].*\.$/);
        expect(description.toLowerCase()).not.toBe(summary.toLowerCase());
    });

    test('visibility choices: time window, sites and chargers important; paging and sorting advanced; no filter internal', () => {
        const request = doc.definitions.QueryChargingSessionsRequest?.properties ?? {};
        const vis = Object.fromEntries(Object.entries(request).map(([k, v]) => [k, (v as SwaggerSchema)['x-ms-visibility'] ?? 'none']));
        expect(vis).toEqual({
            page: 'advanced',
            limit: 'advanced',
            sortKey: 'advanced',
            sortDescending: 'advanced',
            startTime: 'important',
            startTimeSearchEnd: 'important',
            stopTimeSearchBegin: 'important',
            stopTime: 'important',
            chargerIDs: 'important',
            driverIDs: 'none',
            siteIDs: 'important',
            rfidTags: 'none',
            transactionIds: 'advanced',
            evseTransactionIds: 'advanced',
            includeSanityFlags: 'advanced',
        });
    });

    test("nothing in the document is internal but the triggers' state parameter, which the connector sets", () => {
        const internal = parameters.filter(({ p }) => p['x-ms-visibility'] === 'internal').map(({ at }) => at);
        expect(internal).toEqual(['OnChargingSessionEnded.state', 'OnChargingSessionStarted.state']);
        expect(JSON.stringify(doc).split('"x-ms-visibility":"internal"').length - 1).toBe(internal.length);
    });

    test('the four time filters describe the start and stop windows in UTC', () => {
        const request = doc.definitions.QueryChargingSessionsRequest?.properties ?? {};
        const d = (n: string) => (request[n] as SwaggerSchema).description;
        // Wording of eMabler's v1 documentation of the same four fields (reference §6.6).
        expect(d('startTime')).toBe('Earliest session start time to include (UTC). Lower bound of the start window.');
        expect(d('startTimeSearchEnd')).toBe('Latest session start time to include (UTC). Upper bound of the start window.');
        expect(d('stopTimeSearchBegin')).toBe('Earliest session end time to include (UTC). Lower bound of the stop window.');
        expect(d('stopTime')).toBe('Latest session end time to include (UTC). Upper bound of the stop window.');
    });
});
