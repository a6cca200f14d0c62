/**
 * dist/connector/readme.md, generated from the model with the headings of Microsoft's certified
 * connector readme template (facts §3.3): Title, Publisher, Prerequisites, Supported Operations,
 * Obtaining Credentials, Getting Started, Known Issues and Limitations, Frequently Asked Questions,
 * Deployment Instructions.
 */
import type { ConnectorModel } from '../../model/types.ts';
import { pagedOperations, type PagingInfo } from '../../swagger/paging.ts';
import type { SwaggerDocument } from '../../swagger/types.ts';
import { UNTIL_MAX_COUNT, UNTIL_TIMEOUT, actionName } from '../flow/paging-sample.ts';
import { SAMPLE_FLOW_PATH } from '../paths.ts';
import { deploymentSections, powerAppsSection } from './deploy.ts';
import { code, renderSections, table, type Section } from './markdown.ts';
import { operationSections } from './operations.ts';

/** Headings of the certified template, in order (level 2). */
export const README_HEADINGS = [
    'Prerequisites',
    'Supported Operations',
    'Obtaining Credentials',
    'Getting Started',
    'Known Issues and Limitations',
    'Frequently Asked Questions',
    'Deployment Instructions',
] as const;

/**
 * The Do-until recipe for one paged operation. `samplePath` names the complete definition in the package
 * (the connector readme); Partner Center's intro.md leaves it out (its readers have no package).
 */
export function pagingRecipe(paging: PagingInfo, samplePath?: string): string[] {
    const f = (name: string) => code(name);
    const action = actionName(paging.summary);
    return [
        `${code(paging.operationId)} returns one page at a time. To read every page in Power Automate:`,
        '',
        `1. Initialize variable ${f('page')} (Integer) = ${code('1')}, and ${f('results')} (Array) = ${code('[]')}.`,
        `2. Add **Do until** with the condition ${code(`@not(equals(body('${action}')?['${paging.hasNextPageField}'], true))`)} (the loop runs its actions first, then stops when ${f(paging.hasNextPageField)} is not true).`,
        `3. Inside it, call **${paging.summary}** with your filters, ${f(paging.pageField)} = ${code(`variables('page')`)} and ${f(paging.limitField)} = ${code(String(paging.maxPageSize))} (the largest page).`,
        `4. Append the page: **Compose** ${code(`union(variables('results'), body('${action}')?['${paging.itemsField}'])`)}, then **Set variable** ${f('results')} to its output (a variable cannot reference itself; items with unique ids are never lost by ${code('union')}).`,
        `5. **Increment variable** ${f('page')} by ${code('1')}.`,
        '',
        `Raise the Do until limits (count up to ${UNTIL_MAX_COUNT}, timeout ${code(UNTIL_TIMEOUT)}) for large date ranges.${samplePath === undefined ? '' : ` A complete definition is in ${code(samplePath)} of the package.`}`,
    ];
}

/** The connection step of Getting Started, with the environments table. */
export function connectionSteps(model: ConnectorModel): string[] {
    const envParam = model.connectionParameters.find((p) => p.name === model.environmentParameter);
    const keyParam = model.connectionParameters.find((p) => p.name === model.security.connectionParameter);
    return [
        `Create a connection: pick the **${envParam?.displayName ?? 'Environment'}** and paste the **${keyParam?.displayName ?? 'API Key'}** of that environment. To use another environment, create another connection.`,
        '',
        ...table(
            ['Environment', 'Base URL'],
            model.environments.map((e, i) => [i === 0 ? `${e.displayName} (default)` : e.displayName, code(e.baseUrl)]),
        ),
    ];
}

/**
 * "Known Issues and Limitations" as bullets: manual paging per paged operation, the environment as a
 * connection setting, the model's own issues, then two platform issues of solution imports, as reported
 * in microsoft/PowerPlatformConnectors: #597 (icon replaced by the default one) and #3592 (description
 * blank until the connector is saved once; both open).
 */
export function knownIssues(model: ConnectorModel, swagger: SwaggerDocument): string[] {
    return [
        ...pagedOperations(swagger).map(
            (paging) =>
                `- Paging is manual: ${code(paging.operationId)} returns at most ${paging.maxPageSize} items per call and no next-page link, so built-in pagination does not apply. Loop while ${code(paging.hasNextPageField)} is true (Getting Started).`,
        ),
        '- The environment is a connection setting: switching it means creating another connection. In Azure Logic Apps it is fixed when the ARM template is deployed.',
        ...customCodeIssue(model),
        ...model.docs.knownIssues.map((k) => `- ${k}`),
        "- After a Dataverse solution import the connector may show the default icon (microsoft/PowerPlatformConnectors#597); upload `icon.png` on the connector's General tab if so.",
        "- After a Dataverse solution import the connector's description may be blank in the Custom connectors list and in the flow designer, although its actions work (microsoft/PowerPlatformConnectors#3592). Open the connector, choose **Edit**, then **Update connector** without changes, and the description shows.",
    ];
}

/** Operations served by custom code are missing from the Logic Apps template (arm-template.ts says why). */
function customCodeIssue(model: ConnectorModel): string[] {
    const served = model.operations.filter((op) => op.customCode);
    if (served.length === 0) return [];
    const names = served.map((op) => `**${op.summary}**`).join(', ');
    return [`- ${names} run in the connector's custom code, which Azure Logic Apps custom connectors do not run: the Logic Apps template leaves ${served.length === 1 ? 'it' : 'them'} out. Use ${served.length === 1 ? 'it' : 'them'} in Power Automate.`];
}

export function renderConnectorReadme(model: ConnectorModel, swagger: SwaggerDocument): string {
    const first = pagedOperations(swagger)[0];
    const sections: Section[] = [
        { heading: model.title, level: 1, body: [`${model.description} ${model.docs.intro}`] },
        { heading: `Publisher: ${model.publisher}`, level: 2, body: [] },
        { heading: 'Prerequisites', level: 2, body: model.docs.prerequisites.map((p) => `- ${p}`) },
        { heading: 'Supported Operations', level: 2, body: [] },
        ...model.operations.flatMap(operationSections),
        { heading: 'Obtaining Credentials', level: 2, body: model.docs.credentials },
        {
            heading: 'Getting Started',
            level: 2,
            body: connectionSteps(model),
        },
        ...(first ? [{ heading: 'Paging through all results (Do until)', level: 3 as const, body: pagingRecipe(first, SAMPLE_FLOW_PATH) }] : []),
        powerAppsSection(model, swagger, 3),
        {
            heading: 'Known Issues and Limitations',
            level: 2,
            body: knownIssues(model, swagger),
        },
        { heading: 'Frequently Asked Questions', level: 2, body: [] },
        ...model.docs.faq.map((q) => ({ heading: q.question, level: 3 as const, body: [q.answer] })),
        { heading: 'Deployment Instructions', level: 2, body: [] },
        ...deploymentSections(model, 2),
    ];
    return renderSections(sections);
}
