import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { connector } from '../../src/emabler/connector.ts';
import type { ConnectorModel } from '../../src/model/types.ts';
import { renderDeployDoc } from '../../src/package/readme/deploy.ts';
import { README_HEADINGS, renderConnectorReadme } from '../../src/package/readme/index.ts';
import { cell, table } from '../../src/package/readme/markdown.ts';
import { committedSwagger } from '../helpers/project.ts';
import { describeShared, sharedPath } from '../helpers/shared.ts';

const swagger = committedSwagger();
const readme = renderConnectorReadme(connector, swagger);
const lines = readme.split('\n');
const h2 = lines.filter((l) => l.startsWith('## ')).map((l) => l.slice(3));

/** Non-empty lines under `heading`, up to the next heading of any level. */
function section(heading: string): string[] {
    const start = lines.indexOf(heading);
    expect(start).toBeGreaterThanOrEqual(0);
    const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l));
    return lines.slice(start + 1, end === -1 ? undefined : end).filter((l) => l !== '');
}

describe('readme.md generated from the model', () => {
    test('title, publisher and the certified template headings in order', () => {
        expect(lines[0]).toBe('# eMabler');
        expect(h2).toEqual(['Publisher: eMabler', ...README_HEADINGS]);
    });

    test('inputs table: one row per body field, with type, required and bounds', () => {
        const rows = section('#### Inputs');
        const body = connector.operations[0]!.parameters.find((p) => p.in === 'body');
        expect(body?.in === 'body' && Object.keys(body.schema.properties).length).toBe(15);
        expect(rows.length).toBe(2 + 15);
        expect(rows[0]).toBe('| Name | Key | Type | Required | Description |');
        expect(rows).toContain(
            '| Page Size | `limit` | integer (int32), nullable | No | Sessions per page, at most 1000. Minimum 1. Maximum 1000. |',
        );
        expect(rows).toContain('| Session IDs | `transactionIds` | array of integer (int64) | No | Only the sessions with these identifiers. |');
    });

    test('outputs table flattens the items of the 200 response', () => {
        const rows = section('#### Outputs (200: Charging Sessions)');
        expect(rows.slice(0, 8)).toEqual([
            '| Name | Path | Type | Description |',
            '|---|---|---|---|',
            '| Page | `page` | integer (int32) | Number of this page, starting at 1. |',
            '| Page Size | `limit` | integer (int32) | Maximum number of sessions on this page. |',
            '| Total Records | `totalRecords` | integer (int64) | Number of sessions that match the filters across all pages. |',
            '| Has Next Page | `hasNextPage` | boolean | True when another page follows; request page + 1 to get it. |',
            '| Has Previous Page | `hasPreviousPage` | boolean | True when this is not the first page. |',
            '| Sessions | `items` | array of Charging Session | Charging sessions on this page. |',
        ]);
        expect(rows.length).toBe(2 + 6 + 40);
        expect(rows).toContain(
            '| Total Cost Incl. VAT | `items[].totalCostInclVat` | number (double), nullable | Total price of the session, including VAT. |',
        );
    });

    test('responses, credentials and environments', () => {
        expect(section('#### Responses')).toEqual([
            '| Status | Name | Description | Body |',
            '|---|---|---|---|',
            '| 200 | Charging Sessions | List of charging sessions accessible by the user. | Charging Session Page |',
            '| 400 | Validation Error | The query is invalid, for example a page size above 1000 or a malformed date. | Bad Request Error |',
            '| 401 | Unauthorised | User not authorised | none |',
            '| 500 | Internal Server Error | eMabler could not process the request. | Exception Details |',
        ]);
        expect(section('## Obtaining Credentials')).toContain('2. Open **Settings** → **Developers** → **Add API key** and give the key a name.');
        expect(section('## Getting Started')).toEqual([
            'Create a connection: pick the **Environment** and paste the **API Key** of that environment. To use another environment, create another connection.',
            '| Environment | Base URL |',
            '|---|---|',
            '| Production (default) | `https://api.emabler.io/api/v2/cpo` |',
            '| Staging | `https://api-staging.emabler.net/api/v2/cpo` |',
            '| Test | `https://api.emabler.net/api/v2/cpo` |',
        ]);
    });

    test('known issues: paging, environment, custom code, the model\'s own, then the two solution-import issues #597 and #3592', () => {
        const issues = section('## Known Issues and Limitations');
        expect(issues.length).toBe(3 + connector.docs.knownIssues.length + 2);
        expect(issues[2]).toBe(
            "- **When a charging session ends**, **When a charging session starts** run in the connector's custom code, which Azure Logic Apps custom connectors do not run: the Logic Apps template leaves them out. Use them in Power Automate.",
        );
        expect(issues.slice(-2)).toEqual([
            "- After a Dataverse solution import the connector may show the default icon (microsoft/PowerPlatformConnectors#597); upload `icon.png` on the connector's General tab if so.",
            "- After a Dataverse solution import the connector's description may be blank in the Custom connectors list and in the flow designer, although its actions work (microsoft/PowerPlatformConnectors#3592). Open the connector, choose **Edit**, then **Update connector** without changes, and the description shows.",
        ]);
    });

    test('paging: known issue and the Do-until recipe use the model limit and the sample path', () => {
        expect(section('## Known Issues and Limitations')[0]).toBe(
            '- Paging is manual: `QueryChargingSessions` returns at most 1000 items per call and no next-page link, so built-in pagination does not apply. Loop while `hasNextPage` is true (Getting Started).',
        );
        const recipe = section('### Paging through all results (Do until)');
        expect(recipe).toContain(
            "2. Add **Do until** with the condition `@not(equals(body('Query_charging_sessions')?['hasNextPage'], true))` (the loop runs its actions first, then stops when `hasNextPage` is not true).",
        );
        expect(recipe).toContain(
            "3. Inside it, call **Query charging sessions** with your filters, `page` = `variables('page')` and `limit` = `1000` (the largest page).",
        );
        expect(recipe.at(-1)).toBe(
            'Raise the Do until limits (count up to 5000, timeout `PT1H`) for large date ranges. A complete definition is in `samples/paging-do-until.definition.json` of the package.',
        );
        expect(section('### Power Apps')).toEqual([
            'Add the connector as a data source (Data → Add data → eMabler). A gallery can show one page: set its Items to `eMabler.QueryChargingSessions({limit: 100}).items`.',
        ]);
    });

    test('deployment routes: paconn, pac connector, solution import, ARM', () => {
        const deploy = lines.slice(lines.indexOf('## Deployment Instructions'));
        expect(deploy.filter((l) => l.startsWith('### '))).toEqual([
            '### Package contents',
            '### Import the solution in the portal (recommended)',
            '### Power Automate and Power Apps with paconn',
            '### Power Platform CLI (pac connector)',
            '### Dataverse solution import',
            '### Azure Logic Apps (ARM template)',
        ]);
        expect(deploy).toContain('paconn create --settings settings.json');
        expect(deploy).toContain(
            'pac connector create --api-definition-file apiDefinition.swagger.json --api-properties-file apiProperties.json --icon-file icon.png --script-file script.csx [--solution-unique-name <solution>]',
        );
        expect(deploy).toContain('- `connector/`: `apiDefinition.swagger.json`, `apiProperties.json`, `icon.png`, `script.csx`, `settings.json`, `readme.md`.');
        expect(deploy).toContain('Needs Python and `pip install paconn`. `settings.json` names the four files (with the custom code); paconn asks for the environment.');
        expect(deploy).toContain('pac solution import --path dist/solution/eMablerConnector_1_0_0_0.zip');
        expect(deploy).toContain('  --parameters customApiName=emabler environmentBaseUrl=https://api.emabler.io/api/v2/cpo');
    });

    test('layout: LF, one trailing newline, no trailing whitespace, no API key value', () => {
        expect(readme.endsWith('\n') && !readme.endsWith('\n\n')).toBe(true);
        expect(readme).not.toMatch(/[ \t]+$/m);
        expect(readme).not.toContain('\r');
        expect(readme).not.toContain('fake-test-key-0000');
    });

    test('model text cannot break a table: pipes are escaped, line breaks flattened', () => {
        expect(cell('a | b\nc')).toBe('a \\| b c');
        expect(table(['A'], [['x|y']])).toEqual(['| A |', '|---|', '| x\\|y |']);
        const model: ConnectorModel = { ...connector, operations: [], environments: [] };
        const text = renderConnectorReadme(model, { ...swagger, paths: {} });
        // Without custom code the routes name no script.
        expect(text).toContain('- `connector/`: `apiDefinition.swagger.json`, `apiProperties.json`, `icon.png`, `settings.json`, `readme.md`.');
        expect(text).toContain('`settings.json` names the three files; paconn asks for the environment.');
        expect(text).toContain('icon.png [--solution-unique-name <solution>]');
        expect(text).toContain('policy (every call would go to the production host) — and the icon.');
        expect(text).not.toContain('### Paging through all results');
        expect(text).toContain('### Power Apps\n\nAdd the connector as a data source (Data → Add data → eMabler).\n');
    });
});

describe('deployment guide (docs/deploy.md)', () => {
    const guide = renderDeployDoc(connector, swagger).split('\n');

    test('one guide with every route, the portal import first, and the Power Apps note', () => {
        expect(guide.filter((l: string) => /^#{1,2} [A-Z]/.test(l))).toEqual([
            '# Deploying the eMabler connector',
            '## Package contents',
            '## Import the solution in the portal (recommended)',
            '## Power Automate and Power Apps with paconn',
            '## Power Platform CLI (pac connector)',
            '## Dataverse solution import',
            '## Azure Logic Apps (ARM template)',
            '## Power Apps',
            '## Certification (verified publisher)',
        ]);
        expect(guide).toContain('paconn update --settings settings.json');
        expect(guide).toContain(
            'pac connector update --connector-id <connector id> --api-definition-file apiDefinition.swagger.json --api-properties-file apiProperties.json --icon-file icon.png --script-file script.csx',
        );
        expect(guide).toContain('az deployment group create \\');
        expect(guide).toContain(
            'Add the connector as a data source (Data → Add data → eMabler). A gallery can show one page: set its Items to `eMabler.QueryChargingSessions({limit: 100}).items`.',
        );
    });

    test('the certification steps: pull request files, then the Package Deployer package built with pac and .NET', () => {
        const start = guide.indexOf('## Certification (verified publisher)');
        expect(guide.slice(start + 4, start + 13)).toEqual([
            '```sh',
            'pac package init --outputDirectory certification-package',
            'cd certification-package',
            'pac package add-solution --path ../dist/certification/submission/PkgAssets/eMablerConnector_1_0_0_0.zip',
            'pac package add-solution --path ../dist/certification/submission/PkgAssets/eMablerConnectorSampleFlows_1_0_0_0.zip',
            'dotnet publish',
            `zip -j ../emabler-connector-1.0.0-certification.zip ../dist/certification/submission/intro.md "$(find bin -name '*.pdpkg.zip')"`,
            '```',
            '',
        ]);
        expect(guide[start + 2]).toContain('copy its files (`apiDefinition.swagger.json`, `apiProperties.json` with `stackOwner`, `readme.md`, and `script.csx` when the connector has custom code) to `certified-connectors/eMabler/`.');
        expect(guide.at(-2)).toBe(
            'The outer zip holds exactly `intro.md` and the `.pdpkg.zip`, whose `PkgAssets` folder holds the two solutions; check it on Windows with `scripts/ConnectorPackageValidator.ps1 "<absolute path>.zip" "no"` from microsoft/PowerPlatformConnectors, then upload it in Partner Center. Steps and sources: `docs/certification.md`.',
        );
    });

    test('the readme carries the same routes, but not the certification steps (the readme is published)', () => {
        const routes = guide.filter((l: string) => l.startsWith('## ') && l !== '## Power Apps');
        expect(routes.at(-1)).toBe('## Certification (verified publisher)');
        for (const line of routes.slice(0, -1)) expect(lines).toContain(`#${line}`);
        expect(lines).not.toContain('### Certification (verified publisher)');
        expect(readme).not.toContain('pac package');
    });
});

describeShared("readme.md follows Microsoft's certified readme template", () => {
    test('same level-2 headings in the same order (Publisher carries the name)', () => {
        const template = readFileSync(sharedPath('corpus', 'connectors', 'template-certified', 'readme.md'), 'utf8');
        const expected = template
            .split('\n')
            .filter((l) => l.startsWith('## '))
            .map((l) => l.slice(3).replace(/\s+$/, ''))
            .map((h) => (h.startsWith('Publisher:') ? 'Publisher: eMabler' : h));
        expect(h2).toEqual(expected);
    });
});
