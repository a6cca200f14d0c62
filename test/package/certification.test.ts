/**
 * dist/certification: the pull request files (apiProperties.json with stackOwner), the Partner Center
 * submission (intro.md, PkgAssets/ with the connector and flow solutions), the flow solution's contents,
 * and Microsoft's package validator checks (package-validator.ts) over a package assembled from them.
 */
import { describe, expect, test } from 'vitest';
import { connector } from '../../src/emabler/connector.ts';
import type { ConnectorModel } from '../../src/model/types.ts';
import { certificationFiles, pullRequestFiles } from '../../src/package/certification/index.ts';
import { INTRO_HEADINGS, introParagraph, renderIntro } from '../../src/package/certification/intro.ts';
import { buildDistFiles, type DistFile } from '../../src/package/dist.ts';
import { renderIcon } from '../../src/package/icon.ts';
import { renderConnectorReadme } from '../../src/package/readme/index.ts';
import { buildFlowSolutionZip, flowSolutionEntries, solutionSampleFlow } from '../../src/package/solution/flow-solution.ts';
import {
    buildSolutionZip,
    connectionReferenceName,
    connectorApiName,
    connectorId,
    flowSolutionUniqueName,
    flowSolutionZipName,
    workflowFilePath,
    workflowId,
} from '../../src/package/solution/index.ts';
import { createZip } from '../../src/package/zip.ts';
import type { ApiProperties } from '../../src/swagger/api-properties.ts';
import { committedApiProperties, committedSwagger, generated } from '../helpers/project.ts';
import { DOS_2020_01_01, isAscii, parseXml, readZip } from './helpers.ts';
import { validateConnectorPackage } from './package-validator.ts';

const swagger = committedSwagger();
const apiProperties = committedApiProperties();
const swaggerText = generated().find((f) => f.name === 'apiDefinition.swagger.json')!.text;
const icon = renderIcon(connector.iconBrandColor, connector.iconMark);
const solution = { model: connector, swaggerText, apiProperties, icon };
const readme = renderConnectorReadme(connector, swagger);
const WORKFLOW_ID = '6c3facb7-a1d1-512e-8305-03a8ef9775e8';
const FLOW_FILE = `Workflows/eMablersampleQuerychargingsessionseverypage-${WORKFLOW_ID.toUpperCase()}.json`;

const byPath = (files: readonly { path: string; data: string | Buffer }[]) => new Map(files.map((f) => [f.path, f.data]));
const text = (data: string | Buffer | undefined): string => (typeof data === 'string' ? data : (data?.toString('utf8') ?? ''));

describe('certification pull request files', async () => {
    const dist = byPath(await buildDistFiles(connector, generated()));

    test('certification/ holds exactly the swagger, apiProperties.json, readme.md and the submission', () => {
        expect([...dist.keys()].filter((p) => p.startsWith('certification/'))).toEqual([
            'certification/apiDefinition.swagger.json',
            'certification/apiProperties.json',
            'certification/readme.md',
            'certification/submission/PkgAssets/eMablerConnectorSampleFlows_1_0_0_0.zip',
            'certification/submission/PkgAssets/eMablerConnector_1_0_0_0.zip',
            'certification/submission/intro.md',
        ]);
    });

    test('apiProperties.json: stackOwner from the model in certification/, absent from connector/, the rest identical', () => {
        const certified = JSON.parse(text(dist.get('certification/apiProperties.json'))) as ApiProperties;
        const deployable = JSON.parse(text(dist.get('connector/apiProperties.json'))) as ApiProperties;
        expect(certified.properties.stackOwner).toBe('eMabler');
        expect(Object.keys(certified.properties).slice(-2)).toEqual(['publisher', 'stackOwner']);
        expect('stackOwner' in deployable.properties).toBe(false);
        expect({ properties: { ...certified.properties, stackOwner: undefined } }).toEqual({ properties: { ...deployable.properties, stackOwner: undefined } });
        const other = pullRequestFiles({ ...connector, stackOwner: 'Contoso Energy Ltd' }, swaggerText, readme);
        expect((JSON.parse(other[1]!.data) as ApiProperties).properties.stackOwner).toBe('Contoso Energy Ltd');
    });

    test('the swagger and readme are the connector folder\'s; the connector solution is dist/solution\'s, byte for byte', () => {
        expect(dist.get('certification/apiDefinition.swagger.json')).toBe(dist.get('connector/apiDefinition.swagger.json'));
        expect(dist.get('certification/readme.md')).toBe(dist.get('connector/readme.md'));
        expect(dist.get('certification/submission/PkgAssets/eMablerConnector_1_0_0_0.zip')).toEqual(dist.get('solution/eMablerConnector_1_0_0_0.zip'));
    });

    test('every JSON file of certification/, and inside its zips, is ASCII', async () => {
        const json: string[] = [];
        const nonAscii: string[] = [];
        for (const [path, data] of dist) {
            if (!path.startsWith('certification/')) continue;
            if (path.endsWith('.json')) json.push(path);
            if (path.endsWith('.json') && !isAscii(data)) nonAscii.push(path);
            if (!path.endsWith('.zip')) continue;
            for (const [name, entry] of await readZip(data as Buffer)) {
                if (name.endsWith('.json')) json.push(`${path}!${name}`);
                if (name.endsWith('.json') && !isAscii(entry.data)) nonAscii.push(`${path}!${name}`);
            }
        }
        expect(nonAscii).toEqual([]);
        expect(json.length).toBe(2 + 4 + 3);
    });
});

describe('custom code (script.csx) hook', () => {
    // A fake connector with custom code: the model has none yet, so the hook is tested with a stand-in.
    const fake: ConnectorModel = { ...connector, title: 'Contoso Charging' };
    const script = 'public class Script : ScriptBase\n{\n    public override Task<HttpResponseMessage> ExecuteAsync() => Context.SendAsync(Context.Request, CancellationToken);\n}\n';

    test('with custom code, script.csx is in connector/, its zip and certification/, unchanged', async () => {
        const files = await buildDistFiles(fake, generated(), { script });
        const dist = byPath(files);
        expect(files.map((f) => f.path).filter((p) => p.endsWith('script.csx'))).toEqual(['certification/script.csx', 'connector/script.csx']);
        expect(dist.get('certification/script.csx')).toBe(script);
        expect(dist.get('connector/script.csx')).toBe(script);
        const zip = await readZip(dist.get('contoso-charging-connector-1.0.0.zip') as Buffer);
        expect([...zip.keys()]).toEqual(['apiDefinition.swagger.json', 'apiProperties.json', 'icon.png', 'readme.md', 'script.csx', 'settings.json']);
        expect(zip.get('script.csx')!.data.toString('utf8')).toBe(script);
    });

    test('without custom code, no script.csx anywhere', async () => {
        const paths = (await buildDistFiles(fake, generated())).map((f) => f.path);
        expect(paths.filter((p) => p.includes('script'))).toEqual([]);
        expect(pullRequestFiles(fake, swaggerText, readme).map((f) => f.name)).toEqual(['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md']);
        expect(pullRequestFiles(fake, swaggerText, readme, script).map((f) => f.name)).toEqual([
            'apiDefinition.swagger.json', 'apiProperties.json', 'readme.md', 'script.csx',
        ]);
    });
});

describe('intro.md for Partner Center', () => {
    const intro = renderIntro(connector, swagger);
    const lines = intro.split('\n');

    test('one paragraph, then Microsoft\'s sections in order; no operation list (Microsoft generates it)', () => {
        expect(lines.slice(0, 3)).toEqual(['# eMabler', '', introParagraph(connector)]);
        expect(lines.filter((l) => l.startsWith('## ')).map((l) => l.slice(3))).toEqual([...INTRO_HEADINGS]);
        expect(intro).not.toContain('Supported Operations');
        expect(intro).not.toContain('#### Inputs');
    });

    test('the paragraph has at most eight sentences', () => {
        const sentences = introParagraph(connector).split(/(?<=[.!?])\s+/);
        expect(sentences.length).toBe(3);
        expect(sentences.length).toBeLessThanOrEqual(8);
    });

    test('common errors come from the model; known issues include #3592; no package paths or build steps', () => {
        const start = lines.indexOf('## Common errors and remedies');
        expect(lines.slice(start + 2, start + 5)).toEqual(connector.docs.commonErrors.map((e) => `- **${e.error}**: ${e.remedy}`));
        expect(intro).toContain('(microsoft/PowerPlatformConnectors#3592)');
        expect(intro).not.toContain('samples/paging-do-until.definition.json');
        expect(intro).not.toContain('pac package');
        expect(intro.endsWith('\n') && !intro.endsWith('\n\n')).toBe(true);
        expect(intro).not.toMatch(/[ \t]+$/m);
    });
});

describe('flow solution (PkgAssets)', async () => {
    const flow = solutionSampleFlow(connector, swagger);
    const zip = await buildFlowSolutionZip(solution, flow);
    const entries = await readZip(zip);
    const entryText = (name: string) => entries.get(name)!.data.toString('utf8');

    test('names and ids are name-based and stable', () => {
        expect(flowSolutionUniqueName(connector)).toBe('eMablerConnectorSampleFlows');
        expect(flowSolutionZipName(connector)).toBe('eMablerConnectorSampleFlows_1_0_0_0.zip');
        expect(connectorApiName(connector)).toBe('shared_emabler-5femabler');
        expect(connectionReferenceName(connector)).toBe('emabler_sharedemabler5femabler');
        expect(flow.name).toBe('eMabler sample: Query charging sessions, every page');
        expect(workflowId(connector, flow.name)).toBe(WORKFLOW_ID);
        expect(workflowFilePath(flow.name, WORKFLOW_ID)).toBe(FLOW_FILE);
    });

    test('the export layout plus Workflows/, all dated 2020-01-01; two builds give identical bytes', async () => {
        expect([...entries.keys()]).toEqual([
            'Connector/emabler_emabler_connectionparameters.json',
            'Connector/emabler_emabler_iconblob.Png',
            'Connector/emabler_emabler_openapidefinition.json',
            'Connector/emabler_emabler_policytemplateinstances.json',
            FLOW_FILE,
            '[Content_Types].xml',
            'customizations.xml',
            'solution.xml',
        ]);
        for (const e of entries.values()) expect(e.dos).toEqual(DOS_2020_01_01);
        expect(await buildFlowSolutionZip(solution, solutionSampleFlow(connector, swagger))).toEqual(zip);
        const connectorZip = await readZip(await buildSolutionZip(solution));
        for (const name of [...connectorZip.keys()].filter((n) => n.startsWith('Connector/'))) expect(entries.get(name)!.data).toEqual(connectorZip.get(name)!.data);
    });

    test('customizations.xml lists the flow under Workflows, pointing at its JSON file', () => {
        const x = parseXml(entryText('customizations.xml'));
        expect(x.childNames('ImportExportXml')).toEqual([
            'Entities', 'Roles', 'Workflows', 'FieldSecurityProfiles', 'Templates', 'EntityMaps', 'EntityRelationships',
            'OrganizationSettings', 'optionsets', 'CustomControls', 'EntityDataProviders', 'Connectors', 'connectionreferences', 'Languages',
        ]);
        expect(x.childNames('ImportExportXml/Workflows')).toEqual(['Workflow']);
        const w = 'ImportExportXml/Workflows/Workflow';
        expect(x.attrs(w)).toEqual({ WorkflowId: `{${WORKFLOW_ID}}`, Name: flow.name, Description: flow.description });
        expect(x.text(`${w}/JsonFileName`)).toBe(`/${FLOW_FILE}`);
        expect(entries.has(x.text(`${w}/JsonFileName`).slice(1))).toBe(true);
        expect(Object.fromEntries(['Type', 'Category', 'StateCode', 'StatusCode', 'Scope', 'PrimaryEntity'].map((f) => [f, x.text(`${w}/${f}`)]))).toEqual({
            Type: '1', Category: '5', StateCode: '0', StatusCode: '1', Scope: '4', PrimaryEntity: 'none',
        });
        expect(x.attrs(`${w}/LocalizedNames/LocalizedName`)).toEqual({ languagecode: '1033', description: flow.name });
        expect(x.text('ImportExportXml/Connectors/Connector/connectorid')).toBe(connectorId(connector));
    });

    test('a connection reference to the connector: by API name and by its Dataverse id', () => {
        const x = parseXml(entryText('customizations.xml'));
        const r = 'ImportExportXml/connectionreferences/connectionreference';
        expect(x.childNames('ImportExportXml/connectionreferences')).toEqual(['connectionreference']);
        expect(x.attrs(r)).toEqual({ connectionreferencelogicalname: 'emabler_sharedemabler5femabler' });
        expect(x.childNames(r)).toEqual(['connectionreferencedisplayname', 'connectorid', 'customconnectorid', 'iscustomizable', 'statecode', 'statuscode']);
        expect(x.text(`${r}/connectorid`)).toBe('/providers/Microsoft.PowerApps/apis/shared_emabler-5femabler');
        expect(x.text(`${r}/customconnectorid/connectorid`)).toBe(connectorId(connector));
    });

    test('the flow uses the connector\'s action through the connection reference', () => {
        const file = JSON.parse(entryText(FLOW_FILE)) as {
            properties: { connectionReferences: Record<string, unknown>; definition: { actions: Record<string, { type: string; actions?: Record<string, { type: string; inputs: { host: Record<string, string> } }> }> } };
            schemaVersion: string;
        };
        expect(file.schemaVersion).toBe('1.0.0.0');
        expect(file.properties.connectionReferences).toEqual({
            'shared_emabler-5femabler': {
                runtimeSource: 'embedded',
                connection: { connectionReferenceLogicalName: 'emabler_sharedemabler5femabler' },
                api: { name: 'shared_emabler-5femabler' },
            },
        });
        const loop = file.properties.definition.actions['Do_until_last_page']!;
        const call = loop.actions!['Query_charging_sessions']!;
        expect(call.type).toBe('OpenApiConnection');
        expect(call.inputs.host).toEqual({
            connectionName: 'shared_emabler-5femabler',
            operationId: 'QueryChargingSessions',
            apiId: '/providers/Microsoft.PowerApps/apis/shared_emabler-5femabler',
        });
        expect(Object.values(swagger.paths).flatMap((p) => Object.values(p as Record<string, { operationId?: string }>)).map((o) => o.operationId)).toContain(call.inputs.host['operationId']);
        expect(file.properties.definition).toEqual(JSON.parse(JSON.stringify(flow.definition)));
        expect(isAscii(entryText(FLOW_FILE))).toBe(true);
    });

    test('solution.xml: its own unique name, the connector (372) and the flow (29) as root components', () => {
        const x = parseXml(entryText('solution.xml'));
        const m = 'ImportExportXml/SolutionManifest';
        expect(x.text(`${m}/UniqueName`)).toBe('eMablerConnectorSampleFlows');
        expect(x.attrs(`${m}/LocalizedNames/LocalizedName`)).toEqual({ description: 'eMabler sample flows', languagecode: '1033' });
        expect(x.text(`${m}/Publisher/UniqueName`)).toBe('emabler');
        expect(entryText('solution.xml')).toContain(
            `<RootComponents>\n      <RootComponent type="372" id="{${connectorId(connector)}}" schemaName="emabler_emabler" behavior="0"/>\n      <RootComponent type="29" id="{${WORKFLOW_ID}}" behavior="0"/>\n    </RootComponents>`,
        );
    });

    test('a connector without a paged operation gets a single call of its first operation', () => {
        const single = solutionSampleFlow(connector, { ...swagger, paths: {} });
        expect(single.name).toBe('eMabler sample: Query charging sessions');
        expect(single.definition.actions).toEqual({
            Query_charging_sessions: {
                runAfter: {},
                type: 'OpenApiConnection',
                inputs: {
                    host: { connectionName: 'shared_emabler-5femabler', operationId: 'QueryChargingSessions', apiId: '/providers/Microsoft.PowerApps/apis/shared_emabler-5femabler' },
                    parameters: {},
                    authentication: "@parameters('$authentication')",
                },
            },
        });
        expect(() => solutionSampleFlow({ ...connector, operations: [] }, { ...swagger, paths: {} })).toThrow(
            'the model declares no operation, so there is no sample flow for the flow solution.',
        );
        expect(flowSolutionEntries(solution, single).map((e) => e.name)).toEqual([
            '[Content_Types].xml',
            'solution.xml',
            'customizations.xml',
            'Connector/emabler_emabler_openapidefinition.json',
            'Connector/emabler_emabler_connectionparameters.json',
            'Connector/emabler_emabler_policytemplateinstances.json',
            'Connector/emabler_emabler_iconblob.Png',
            workflowFilePath(single.name, workflowId(connector, single.name)),
        ]);
    });
});

describe("Microsoft's package validator checks (ConnectorPackageValidator.ps1) on the submission", async () => {
    const files: DistFile[] = await certificationFiles({ solution, swagger, readme, connectorSolutionZip: await buildSolutionZip(solution) });
    const dist = byPath(files);
    const intro = dist.get('certification/submission/intro.md')!;
    const pkgAssets = files.filter((f) => f.path.startsWith('certification/submission/PkgAssets/'));

    /** What `pac package` + `dotnet publish` would produce around PkgAssets (stand-in files), zipped with intro.md. */
    const submission = async (assets: { name: string; data: string | Buffer }[], extra: { name: string; data: string | Buffer }[] = []) => {
        const pkg = await createZip([
            { name: '[Content_Types].xml', data: '<Types/>' },
            { name: 'PkgAssets/ImportConfig.xml', data: '<configdatastorage/>' },
            ...assets.map((a) => ({ name: `PkgAssets/${a.name}`, data: a.data })),
        ]);
        return createZip([{ name: 'intro.md', data: intro }, { name: 'eMabler.pdpkg.zip', data: pkg }, ...extra]);
    };
    const asset = (f: DistFile) => ({ name: f.path.split('/').at(-1)!, data: f.data });

    test('PkgAssets holds exactly the connector solution and the flow solution', () => {
        expect(pkgAssets.map((f) => f.path.split('/').at(-1))).toEqual(['eMablerConnector_1_0_0_0.zip', 'eMablerConnectorSampleFlows_1_0_0_0.zip']);
    });

    test('the package built from the submission passes every structural check', async () => {
        expect(await validateConnectorPackage(await submission(pkgAssets.map(asset)))).toEqual([]);
    });

    test('the checks really check: no flow solution, a flow solution without Workflows/, one solution, two .md files', async () => {
        const connectorZip = pkgAssets[0]!.data as Buffer;
        expect(await validateConnectorPackage(await submission([asset(pkgAssets[0]!), { name: 'copy.zip', data: connectorZip }]))).toEqual([
            'no flow solution (a Connector and Workflows)',
        ]);
        const flowEntries = flowSolutionEntries(solution, solutionSampleFlow(connector, swagger)).filter((e) => !e.name.startsWith('Workflows/'));
        expect(await validateConnectorPackage(await submission([asset(pkgAssets[0]!), { name: 'flow.zip', data: await createZip(flowEntries) }]))).toEqual([
            'flow.zip: customizations.xml has Workflows but the zip lacks the Connector or Workflows folder',
        ]);
        expect(await validateConnectorPackage(await submission([asset(pkgAssets[0]!)]))).toEqual(['PkgAssets: exactly 2 solution zips needed, found 1']);
        expect(await validateConnectorPackage(await submission(pkgAssets.map(asset), [{ name: 'readme.md', data: '# x\n' }]))).toEqual([
            'outer zip: exactly one .md (intro.md) needed, found 2',
        ]);
    });
});
