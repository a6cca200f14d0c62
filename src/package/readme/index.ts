/**
 * dist/connector/readme.md, generated from the model with the headings of Microsoft's certified
 * connector readme template (facts §3.3): Title, Publisher, Prerequisites, Supported Operations,
 * Obtaining Credentials, Getting Started, Known Issues and Limitations, Frequently Asked Questions,
 * Deployment Instructions.
 */
import type { ConnectorModel, OperationModel } from '../../model/types.ts';
import { UNTIL_MAX_COUNT, UNTIL_TIMEOUT, actionName } from '../flow/paging-sample.ts';
import { pagedOperations, type PagingInfo } from '../paging.ts';
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

/** Where eMabler Connect keeps API keys (eMabler API FAQ; reference/emabler-api-v2.md §2). */
export const API_KEY_MENU = ['Settings', 'Developers', 'Add API key'] as const;


function pagingRecipe({ op, paging }: { op: OperationModel; paging: PagingInfo }): string[] {
    const f = (name: string) => code(name);
    const action = actionName(op.summary);
    return [
        `${code(op.operationId)} returns one page at a time. To read every matching session in Power Automate:`,
        '',
        `1. Initialize variable ${f('page')} (Integer) = ${code('1')}, and ${f('results')} (Array) = ${code('[]')}.`,
        `2. Add **Do until** with the condition ${code(`@not(equals(body('${action}')?['${paging.hasNextPageField}'], true))`)} (the loop runs its actions first, then stops when ${f(paging.hasNextPageField)} is not true).`,
        `3. Inside it, call **${op.summary}** with your filters, ${f(paging.pageField)} = ${code(`variables('page')`)} and ${f(paging.limitField)} = ${code(String(paging.maxPageSize))} (the largest page).`,
        `4. Append the page: **Compose** ${code(`union(variables('results'), body('${action}')?['${paging.itemsField}'])`)}, then **Set variable** ${f('results')} to its output (a variable cannot reference itself; sessions have unique ids, so ${code('union')} loses none).`,
        `5. **Increment variable** ${f('page')} by ${code('1')}.`,
        '',
        `Raise the Do until limits (count up to ${UNTIL_MAX_COUNT}, timeout ${code(UNTIL_TIMEOUT)}) for large date ranges. A complete definition is in ${code(SAMPLE_FLOW_PATH)} of the package.`,
    ];
}

export function renderConnectorReadme(model: ConnectorModel): string {
    const pagedOps = pagedOperations(model);
    const first = pagedOps[0];
    const envParam = model.connectionParameters.find((p) => p.name === model.environmentParameter);
    const keyParam = model.connectionParameters.find((p) => p.name === model.security.connectionParameter);
    const sections: Section[] = [
        {
            heading: model.title,
            level: 1,
            body: [
                `${model.description} The connector calls the ${model.title} CPO API v2 with an API key and works in Power Automate, Power Apps and Azure Logic Apps.`,
            ],
        },
        { heading: `Publisher: ${model.publisher}`, level: 2, body: [] },
        {
            heading: 'Prerequisites',
            level: 2,
            body: [
                `- An ${model.title} Connect operator account. The connector sees exactly what that operator may see.`,
                `- An API key of the ${model.title} environment you want to call (see Obtaining Credentials).`,
                '- A Power Automate, Power Apps or Azure Logic Apps plan that allows custom connectors.',
            ],
        },
        { heading: 'Supported Operations', level: 2, body: [] },
        ...model.operations.flatMap(operationSections),
        {
            heading: 'Obtaining Credentials',
            level: 2,
            body: [
                `The connector authenticates with an ${model.title} API key, sent in the ${code(model.security.headerName)} header of every call.`,
                '',
                `1. Sign in to ${model.title} Connect in the environment you want to call.`,
                `2. Open ${API_KEY_MENU.map((s) => `**${s}**`).join(' → ')} and give the key a name.`,
                '3. Copy the key and keep it in a secret store; paste it into the connection when asked.',
                '',
                'Keys are self-managed in API v2. A key has the permissions of the operator who created it, so create it with an operator limited to the sites the flows need.',
            ],
        },
        {
            heading: 'Getting Started',
            level: 2,
            body: [
                `Create a connection: pick the **${envParam?.displayName ?? 'Environment'}** and paste the **${keyParam?.displayName ?? 'API Key'}** of that environment. To use another environment, create another connection.`,
                '',
                ...table(
                    ['Environment', 'Base URL'],
                    model.environments.map((e, i) => [i === 0 ? `${e.displayName} (default)` : e.displayName, code(e.baseUrl)]),
                ),
            ],
        },
        ...(first
            ? [{ heading: 'Paging through all results (Do until)', level: 3 as const, body: pagingRecipe(first) }]
            : []),
        powerAppsSection(model, 3),
        {
            heading: 'Known Issues and Limitations',
            level: 2,
            body: [
                ...pagedOps.map(
                    ({ op, paging }) =>
                        `- Paging is manual: ${code(op.operationId)} returns at most ${paging.maxPageSize} items per call and no next-page link, so built-in pagination does not apply. Loop while ${code(paging.hasNextPageField)} is true (Getting Started).`,
                ),
                `- The environment is a connection setting: switching it means creating another connection. In Azure Logic Apps it is fixed when the ARM template is deployed.`,
                `- ${model.title} rate-limits the API and publishes no numbers; use the largest page size and avoid parallel loops.`,
                '- Many amounts can be null (for example prices when no tariff applied); use `coalesce()` in expressions and check for blanks in Power Apps.',
                '- All times are UTC. Send filter times with a `Z` or an explicit offset.',
                '- After a Dataverse solution import the connector may show the default icon (microsoft/PowerPlatformConnectors#597); upload `icon.png` on the connector\'s General tab if so.',
            ],
        },
        {
            heading: 'Frequently Asked Questions',
            level: 2,
            body: [],
        },
        {
            heading: 'Why does my flow only see some sessions?',
            level: 3,
            body: [
                first
                    ? `One call returns one page (at most ${first.paging.maxPageSize} sessions). Use the Do-until loop from Getting Started to read every page.`
                    : 'Check the filters: every filter narrows the result.',
            ],
        },
        {
            heading: 'Which sessions does an API key see?',
            level: 3,
            body: ['The sessions of the sites the key\'s operator may access. Keys of one environment do not work in another.'],
        },
        { heading: 'Deployment Instructions', level: 2, body: [] },
        ...deploymentSections(model, 2),
    ];
    return renderSections(sections);
}
