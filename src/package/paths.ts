/** Where each artifact goes inside dist/ (POSIX paths relative to dist/). */
import type { ConnectorModel } from '../model/types.ts';
import { flowSolutionZipName, solutionZipName } from './solution/names.ts';

export const DIST_DIR = 'dist';
export const CONNECTOR_DIR = 'connector';
export const SAMPLE_FLOW_PATH = 'samples/paging-do-until.definition.json';
export const ARM_TEMPLATE_PATH = 'logic-apps/customapi.template.json';
export const SOLUTION_DIR = 'solution';
/** What a pull request to microsoft/PowerPlatformConnectors carries (certified-connectors/<Name>/). */
export const CERTIFICATION_DIR = 'certification';
/** What a verified publisher uploads to Partner Center: intro.md and the solutions for the package. */
export const SUBMISSION_DIR = `${CERTIFICATION_DIR}/submission`;
/** Partner Center's connector documentation (not the readme). */
export const INTRO_FILE = 'intro.md';
/** The folder of a Package Deployer package that holds the solution zips (the validator's "PkgAssets"). */
export const PKG_ASSETS_FOLDER = 'PkgAssets';
export const PKG_ASSETS_DIR = `${SUBMISSION_DIR}/${PKG_ASSETS_FOLDER}`;

export const connectorSlug = (model: ConnectorModel): string => model.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** `emabler-connector-1.0.0.zip`: the connector folder, zipped. */
export const connectorZipPath = (model: ConnectorModel): string => `${connectorSlug(model)}-connector-${model.version}.zip`;

export const solutionZipPath = (model: ConnectorModel): string => `${SOLUTION_DIR}/${solutionZipName(model)}`;

export const pkgAssetsConnectorSolutionPath = (model: ConnectorModel): string => `${PKG_ASSETS_DIR}/${solutionZipName(model)}`;

export const pkgAssetsFlowSolutionPath = (model: ConnectorModel): string => `${PKG_ASSETS_DIR}/${flowSolutionZipName(model)}`;
