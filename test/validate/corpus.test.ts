/**
 * Calibration on real certified connectors in ../shared/corpus/connectors: the validator never gives
 * up (no ToolError, no crashed rule) and its per-connector counts by rule are recorded in
 * corpus-counts.snap.json (read and checked by hand; see the README rules section).
 */
import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { validateConnectorDir } from '../../src/validate/index.ts';
import type { Diagnostic } from '../../src/core/diagnostic.ts';
import { describeShared, sharedPath } from '../helpers/shared.ts';

const countByRule = (diagnostics: readonly Diagnostic[]) => {
    const counts: Record<string, number> = {};
    for (const d of diagnostics) counts[`${d.ruleId} (${d.severity})`] = (counts[`${d.ruleId} (${d.severity})`] ?? 0) + 1;
    return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
};

describeShared('corpus calibration', () => {
    const corpus = sharedPath('corpus', 'connectors');
    const names = readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    const schemas = sharedPath('schemas', 'microsoft');

    test('the corpus holds the 11 connectors the snapshot was made from', () => {
        expect(names).toEqual(['AccuWeather', 'DocuSign', 'Encodian', 'ITGlue', 'JIRA', 'Nosco', 'Veterans-Affairs-Facilities', 'iMIS', 'monday', 'template-certified', 'template-independent-publisher']);
    });

    test('every connector validates (never exit 2, no crashed rule); counts match the reviewed snapshot', async () => {
        const counts: Record<string, Record<string, number>> = {};
        for (const name of names) {
            const diagnostics = await validateConnectorDir(`${corpus}/${name}`, { officialSchemasDir: schemas });
            expect(diagnostics.filter((d) => d.message.startsWith('Rule crashed'))).toEqual([]);
            counts[name] = countByRule(diagnostics);
        }
        await expect(JSON.stringify(counts, null, 4) + '\n').toMatchFileSnapshot('./corpus-counts.snap.json');
    });

    test('DocuSign and monday: extensions newer than the schema are infos naming the extension (the schema is out of date)', async () => {
        const pick = async (name: string) =>
            (await validateConnectorDir(`${corpus}/${name}`, { officialSchemasDir: schemas })).filter((d) => d.ruleId === 'ms-schema-outdated').map((d) => [d.severity, d.path.at(-1), d.path.length]);
        expect(await pick('DocuSign')).toEqual([
            ['info', 'x-ms-keywords', 2],
            ['info', 'x-ms-openai-data', 4],
            ['info', 'x-ms-openai-data', 4],
        ]);
        expect(await pick('monday')).toEqual([
            ['info', 'x-ms-api-annotations', 4],
            ['info', 'x-ms-api-annotations', 4],
        ]);
    });

    test('AccuWeather (missing comma at line 9, as in Microsoft\'s repo) is reported and still fully validated', async () => {
        const d = await validateConnectorDir(`${corpus}/AccuWeather`, { officialSchemasDir: schemas });
        expect(d.filter((x) => x.ruleId === 'json-syntax').map((x) => [x.file, x.message])).toEqual([
            ['apiDefinition.swagger.json', 'JSON syntax error at 9:7: comma expected; validated the recovered document.'],
        ]);
    });
});
