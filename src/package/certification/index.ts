/**
 * dist/certification: exactly what certification needs, and nothing else.
 *
 *   certification/                          a pull request to microsoft/PowerPlatformConnectors
 *     apiDefinition.swagger.json            (certified-connectors/<Name>/): the swagger, apiProperties.json
 *     apiProperties.json                    WITH stackOwner (Microsoft's certified template,
 *     readme.md                             templates/certified-connectors/apiProperties.json), the readme
 *     script.csx                            and, when the project has custom code, script.csx
 *     submission/                           what a verified publisher uploads to Partner Center:
 *       intro.md                            the connector's documentation page
 *       PkgAssets/<connector solution>.zip  the two solutions the Package Deployer package must hold
 *       PkgAssets/<flow solution>.zip       (scripts/ConnectorPackageValidator.ps1: exactly two zips,
 *                                           a connector solution and a flow solution)
 *
 * The connector folder (dist/connector) keeps apiProperties.json without stackOwner, because paconn update
 * fails on it; paconn's own README asks for these two variants (tools/paconn-cli/README.md, "Stack Owner
 * Property & apiProperties file"). Building the Package Deployer package (`pac package`, .NET) and the
 * outer zip happens outside this toolkit: docs/certification.md.
 */
import { API_PROPERTIES_FILE, README_FILE, SCRIPT_FILE, SWAGGER_FILE } from '../../core/files.ts';
import { emitCertificationApiProperties } from '../../emit/api-properties.ts';
import { toJsonText } from '../../emit/write-json.ts';
import type { ConnectorModel } from '../../model/types.ts';
import type { SwaggerDocument } from '../../swagger/types.ts';
import { CERTIFICATION_DIR, INTRO_FILE, SUBMISSION_DIR, pkgAssetsConnectorSolutionPath, pkgAssetsFlowSolutionPath } from '../paths.ts';
import { buildFlowSolutionZip, solutionSampleFlow } from '../solution/flow-solution.ts';
import type { SolutionInputs } from '../solution/index.ts';
import { renderIntro } from './intro.ts';

export interface CertificationInputs {
    solution: SolutionInputs;
    swagger: SwaggerDocument;
    /** The generated readme.md (the same text as dist/connector/readme.md). */
    readme: string;
    /** The connector solution zip (the same bytes as dist/solution/…). */
    connectorSolutionZip: Buffer;
    /** Custom code (C#), when the project has some. */
    script?: string;
}

export interface CertificationFile {
    /** POSIX path relative to dist/. */
    path: string;
    data: string | Buffer;
}

/** The files of the pull request, paths relative to certification/. */
export function pullRequestFiles(model: ConnectorModel, swaggerText: string, readme: string, script?: string): { name: string; data: string }[] {
    return [
        { name: SWAGGER_FILE, data: swaggerText },
        { name: API_PROPERTIES_FILE, data: toJsonText(emitCertificationApiProperties(model)) },
        { name: README_FILE, data: readme },
        ...(script !== undefined ? [{ name: SCRIPT_FILE, data: script }] : []),
    ];
}

export async function certificationFiles(inputs: CertificationInputs): Promise<CertificationFile[]> {
    const { solution, swagger } = inputs;
    const { model } = solution;
    return [
        ...pullRequestFiles(model, solution.swaggerText, inputs.readme, inputs.script).map((f) => ({ path: `${CERTIFICATION_DIR}/${f.name}`, data: f.data })),
        { path: `${SUBMISSION_DIR}/${INTRO_FILE}`, data: renderIntro(model, swagger) },
        { path: pkgAssetsConnectorSolutionPath(model), data: inputs.connectorSolutionZip },
        { path: pkgAssetsFlowSolutionPath(model), data: await buildFlowSolutionZip(solution, solutionSampleFlow(model, swagger)) },
    ];
}
