/**
 * "Deployment Instructions": one route per tool (paconn, pac connector, Dataverse solution, Logic Apps
 * ARM template), with paths relative to dist/. Shared by the connector readme and the project README;
 * the project README also gets the certification steps (the connector readme is published, so it
 * does not).
 */
import { API_PROPERTIES_FILE, ICON_FILE, README_FILE, SCRIPT_FILE, SETTINGS_FILE, SWAGGER_FILE } from '../../core/files.ts';
import type { ConnectorModel } from '../../model/types.ts';
import { defaultCustomApiName } from '../arm-template.ts';
import {
    ARM_TEMPLATE_PATH,
    CERTIFICATION_DIR,
    CONNECTOR_DIR,
    INTRO_FILE,
    PKG_ASSETS_FOLDER,
    SUBMISSION_DIR,
    connectorZipPath,
    pkgAssetsConnectorSolutionPath,
    pkgAssetsFlowSolutionPath,
    solutionZipPath,
} from '../paths.ts';
import { pagedOperations } from '../../swagger/paging.ts';
import type { SwaggerDocument } from '../../swagger/types.ts';
import { code, codeBlock, renderSections, type Section } from './markdown.ts';

/** Power Apps: the connector as a data source, and a gallery over one page of the first paged operation. */
export function powerAppsSection(model: ConnectorModel, swagger: SwaggerDocument, level: 2 | 3 | 4): Section {
    const first = pagedOperations(swagger)[0];
    const gallery = first
        ? ` A gallery can show one page: set its Items to ${code(`${model.title}.${first.operationId}({${first.limitField}: 100}).${first.itemsField}`)}.`
        : '';
    return { heading: 'Power Apps', level, body: [`Add the connector as a data source (Data → Add data → ${model.title}).${gallery}`] };
}

/**
 * The deployment guide for the project README (between its deploy markers): "## Deploy", what
 * `npm run package` writes, each route, and the Power Apps note.
 */
export function readmeDeployGuide(model: ConnectorModel, swagger: SwaggerDocument): string {
    return renderSections([
        {
            heading: 'Deploy',
            level: 2,
            body: [`Run ${code('npm run package')}, then pick a route. Every route needs an API key when the connection is created; none stores one.`],
        },
        ...deploymentSections(model, 2),
        powerAppsSection(model, swagger, 3),
        certificationSection(model),
    ]);
}

/** Where the Package Deployer project is built (beside dist/, which packaging replaces). */
export const PACKAGE_PROJECT_DIR = 'certification-package';

/**
 * The certification route, for the project README: the pull request files, then the Partner Center
 * package, whose last steps need `pac` and the .NET SDK online (docs/certification.md explains each).
 */
export function certificationSection(model: ConnectorModel): Section {
    return {
        heading: 'Certification (verified publisher)',
        level: 3,
        body: [
            `${code(`dist/${CERTIFICATION_DIR}/`)} holds the pull request to microsoft/PowerPlatformConnectors: copy its files (${code(SWAGGER_FILE)}, ${code(API_PROPERTIES_FILE)} with ${code('stackOwner')}, ${code(README_FILE)}, and ${code(SCRIPT_FILE)} when the connector has custom code) to ${code(`certified-connectors/${model.title}/`)}. ${code(`dist/${SUBMISSION_DIR}/`)} holds ${code(INTRO_FILE)} and ${code(`${PKG_ASSETS_FOLDER}/`)} with the connector solution and the sample-flow solution. Import both solutions into a test environment and run the flow first. The Package Deployer package needs ${code('pac')} and the .NET SDK with internet access:`,
            '',
            ...codeBlock('sh', [
                `pac package init --outputDirectory ${PACKAGE_PROJECT_DIR}`,
                `cd ${PACKAGE_PROJECT_DIR}`,
                `pac package add-solution --path ../dist/${pkgAssetsConnectorSolutionPath(model)}`,
                `pac package add-solution --path ../dist/${pkgAssetsFlowSolutionPath(model)}`,
                'dotnet publish',
                `zip -j ../${connectorZipPath(model).replace(/\.zip$/, '')}-certification.zip ../dist/${SUBMISSION_DIR}/${INTRO_FILE} "$(find bin -name '*.pdpkg.zip')"`,
            ]),
            '',
            `The outer zip holds exactly ${code(INTRO_FILE)} and the ${code('.pdpkg.zip')}, whose ${code(PKG_ASSETS_FOLDER)} folder holds the two solutions; check it on Windows with ${code('scripts/ConnectorPackageValidator.ps1 "<absolute path>.zip" "no"')} from microsoft/PowerPlatformConnectors, then upload it in Partner Center. Steps and sources: ${code('docs/certification.md')}.`,
        ],
    };
}

export function deploymentSections(model: ConnectorModel, level: 2 | 3 = 3): Section[] {
    const sub = (level + 1) as 3 | 4;
    const production = model.environments[0]?.baseUrl ?? '';
    const allowed = model.environments.map((e) => code(e.baseUrl)).join(', ');
    const keyParam = model.security.connectionParameter;
    return [
        {
            heading: 'Package contents',
            level: sub,
            body: [
                `${code('npm run package')} writes ${code('dist/')}:`,
                '',
                `- ${code(`${CONNECTOR_DIR}/`)}: ${[SWAGGER_FILE, API_PROPERTIES_FILE, ICON_FILE, SETTINGS_FILE, 'readme.md'].map(code).join(', ')}; ${code(connectorZipPath(model))} holds the same files.`,
                `- ${code(solutionZipPath(model))}: a Dataverse solution (${code(model.solution.uniqueName)}, unmanaged) containing the connector.`,
                `- ${code(ARM_TEMPLATE_PATH)}: an ARM template for Azure Logic Apps.`,
                `- ${code('samples/')}: a Do-until paging flow definition.`,
                `- ${code(`${CERTIFICATION_DIR}/`)}: the certification pull request files (${code(API_PROPERTIES_FILE)} with ${code('stackOwner')}); ${code(`${SUBMISSION_DIR}/`)}: ${code(INTRO_FILE)} and the connector and sample-flow solutions for Partner Center.`,
            ],
        },
        {
            heading: 'Power Automate and Power Apps with paconn',
            level: sub,
            body: [
                `Needs Python and ${code('pip install paconn')}. ${code(SETTINGS_FILE)} names the three files; paconn asks for the environment.`,
                '',
                ...codeBlock('sh', [
                    `cd dist/${CONNECTOR_DIR}`,
                    'paconn login',
                    `paconn create --settings ${SETTINGS_FILE}`,
                    `# later, with the printed connector id added to ${SETTINGS_FILE} as "connectorId":`,
                    `paconn update --settings ${SETTINGS_FILE}`,
                ]),
            ],
        },
        {
            heading: 'Power Platform CLI (pac connector)',
            level: sub,
            body: [
                'Creates a solution-aware connector in the Dataverse environment of the active auth profile.',
                '',
                ...codeBlock('sh', [
                    `cd dist/${CONNECTOR_DIR}`,
                    'pac auth create --environment <environment URL or id>',
                    `pac connector create --api-definition-file ${SWAGGER_FILE} --api-properties-file ${API_PROPERTIES_FILE} --icon-file ${ICON_FILE} [--solution-unique-name <solution>]`,
                    `pac connector update --connector-id <connector id> --api-definition-file ${SWAGGER_FILE} --api-properties-file ${API_PROPERTIES_FILE} --icon-file ${ICON_FILE}`,
                ]),
            ],
        },
        {
            heading: 'Dataverse solution import',
            level: sub,
            body: [
                `Imports the connector as part of the unmanaged solution ${code(model.solution.uniqueName)} (for ALM pipelines: import, then move it with your other solutions).`,
                '',
                ...codeBlock('sh', [`pac solution import --path dist/${solutionZipPath(model)}`]),
                '',
                'Then open Custom connectors and create a connection (environment and API key).',
            ],
        },
        {
            heading: 'Azure Logic Apps (ARM template)',
            level: sub,
            body: [
                `Logic Apps custom connectors (${code('Microsoft.Web/customApis')}) carry no policy templates, so the environment is chosen at deployment with the ${code('environmentBaseUrl')} parameter (allowed: ${allowed}; default production). The connection then asks only for ${code(keyParam)}.`,
                '',
                ...codeBlock('sh', [
                    'az deployment group create \\',
                    '  --resource-group <resource group> \\',
                    `  --template-file dist/${ARM_TEMPLATE_PATH} \\`,
                    `  --parameters customApiName=${defaultCustomApiName(model)} environmentBaseUrl=${production}`,
                ]),
                '',
                `Deploy into the region of the logic apps that use it (parameter ${code('location')}, default: the resource group's region); the output ${code('customApiId')} is the connector's resource id.`,
            ],
        },
    ];
}
