/**
 * The structural checks of Microsoft's certification package validator
 * (microsoft/PowerPlatformConnectors scripts/ConnectorPackageValidator.ps1, PRs #3608, #3610, #3629),
 * re-implemented over zip bytes so tests can run them anywhere (the script needs Windows PowerShell and an
 * absolute `C:\…` path). Each failure is one short message; [] means the script would print "Validation
 * successful". The script's checks, in its order:
 *  1. the outer zip has no folder, exactly one *.md (intro.md) and exactly one *.zip (the package);
 *  2. the package zip has exactly one folder (ideally PkgAssets); its other files are not checked;
 *  3. that folder has no sub-folder and exactly 2 *.zip (3 when an AI plugin is included);
 *  4. every solution zip has [Content_Types].xml, customizations.xml and solution.xml at its root;
 *  5. customizations.xml: the first <Connector> and <Workflows> (anywhere) count when they have child
 *     nodes or attributes; a solution with a Connector needs a Connector/ folder, one with Workflows needs
 *     Connector/ and Workflows/ folders;
 *  6. one zip must be a connector solution (Connector, no Workflows) and one a flow solution (both).
 */
import { create } from 'xmlbuilder2';
import { readZip } from './helpers.ts';

interface DomNode {
    nodeName: string;
    nodeType: number;
    nodeValue: string | null;
    childNodes: ArrayLike<DomNode>;
    attributes?: ArrayLike<unknown>;
}

/** Top-level folders and files of a zip, as Expand-Archive would lay them out. */
async function layout(zip: Buffer) {
    const entries = await readZip(zip);
    const folders = new Set<string>();
    const files = new Map<string, Buffer>();
    for (const [name, entry] of entries) {
        const slash = name.indexOf('/');
        if (slash === -1) files.set(name, entry.data);
        else folders.add(name.slice(0, slash));
    }
    return { entries, folders: [...folders], files };
}

const count = (names: Iterable<string>, ext: string): number => [...names].filter((n) => n.toLowerCase().endsWith(ext)).length;

/** XmlDocument.SelectSingleNode(`//name`) + HasChildNodes/Attributes, whitespace not preserved (PowerShell's [xml]). */
function nodeCounts(xml: string, name: string): boolean {
    const find = (n: DomNode): DomNode | undefined => {
        if (n.nodeType === 1 && n.nodeName === name) return n;
        for (const c of Array.from(n.childNodes)) {
            const hit = find(c);
            if (hit) return hit;
        }
        return undefined;
    };
    const node = find(create(xml).root().node as unknown as DomNode);
    if (!node) return false;
    const children = Array.from(node.childNodes).filter((c) => !(c.nodeType === 3 && (c.nodeValue ?? '').trim() === ''));
    return children.length > 0 || (node.attributes?.length ?? 0) > 0;
}

const hasFolder = (folders: string[], name: string): boolean => folders.some((f) => f.toLowerCase() === name.toLowerCase());

export async function validateConnectorPackage(outer: Buffer, pluginEnabled = false): Promise<string[]> {
    const top = await layout(outer);
    const step1: string[] = [];
    if (top.folders.length !== 0) step1.push(`outer zip: no folder allowed, found ${top.folders.join(', ')}`);
    if (count(top.files.keys(), '.md') !== 1) step1.push(`outer zip: exactly one .md (intro.md) needed, found ${count(top.files.keys(), '.md')}`);
    if (count(top.files.keys(), '.zip') !== 1) step1.push(`outer zip: exactly one .zip (the package) needed, found ${count(top.files.keys(), '.zip')}`);
    if (step1.length > 0) return step1;

    const packageName = [...top.files.keys()].find((n) => n.toLowerCase().endsWith('.zip'))!;
    const pkg = await layout(top.files.get(packageName)!);
    if (pkg.folders.length !== 1) return [`package ${packageName}: exactly one folder (PkgAssets) needed, found ${pkg.folders.length}`];
    const assets = pkg.folders[0]!;
    const assetNames = [...pkg.entries.keys()].filter((n) => n.startsWith(`${assets}/`)).map((n) => n.slice(assets.length + 1));
    const subFolders = [...new Set(assetNames.filter((n) => n.includes('/')).map((n) => n.split('/')[0]!))];
    if (subFolders.length > 0) return [`${assets}: no sub-folder allowed, found ${subFolders.join(', ')}`];
    const solutions = assetNames.filter((n) => n.toLowerCase().endsWith('.zip'));
    const expected = pluginEnabled ? 3 : 2;
    if (solutions.length !== expected) return [`${assets}: exactly ${expected} solution zips needed, found ${solutions.length}`];

    let connectorSolution = false;
    let flowSolution = false;
    let pluginSolution = false;
    for (const name of solutions) {
        const solution = await layout(pkg.entries.get(`${assets}/${name}`)!.data);
        const missing = ['[Content_Types].xml', 'customizations.xml', 'solution.xml'].filter((f) => !solution.files.has(f));
        if (missing.length > 0) return [`${name}: missing ${missing.join(', ')}`];
        const xml = solution.files.get('customizations.xml')!.toString('utf8');
        const connector = nodeCounts(xml, 'Connector');
        const workflows = nodeCounts(xml, 'Workflows');
        const plugin = pluginEnabled && nodeCounts(xml, 'aicopilot_aiplugin');
        if (connector && !workflows && !plugin) connectorSolution = true;
        if (connector && workflows && !plugin) flowSolution = true;
        if (connector && !workflows && plugin) pluginSolution = true;
        if (connector && !hasFolder(solution.folders, 'Connector')) return [`${name}: customizations.xml has a Connector but the zip has no Connector folder`];
        if (workflows && !(hasFolder(solution.folders, 'Connector') && hasFolder(solution.folders, 'Workflows'))) {
            return [`${name}: customizations.xml has Workflows but the zip lacks the Connector or Workflows folder`];
        }
        if (plugin && !['Connector', 'aiplugins', 'aipluginoperations'].every((f) => hasFolder(solution.folders, f))) {
            return [`${name}: an AI plugin solution needs Connector, aiplugins and aipluginoperations folders`];
        }
    }
    if (!connectorSolution) return ['no connector solution (a Connector and no Workflows)'];
    if (!flowSolution) return ['no flow solution (a Connector and Workflows)'];
    if (pluginEnabled && !pluginSolution) return ['no AI plugin solution'];
    return [];
}
