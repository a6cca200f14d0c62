/** Where each artifact goes inside dist/ (POSIX paths relative to dist/). */
import type { ConnectorModel } from '../model/types.ts';
import { solutionZipName } from './solution/names.ts';

export const DIST_DIR = 'dist';
export const CONNECTOR_DIR = 'connector';
export const SAMPLE_FLOW_PATH = 'samples/paging-do-until.definition.json';
export const ARM_TEMPLATE_PATH = 'logic-apps/customapi.template.json';
export const SOLUTION_DIR = 'solution';

export const connectorSlug = (model: ConnectorModel): string => model.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** `emabler-connector-1.0.0.zip`: the connector folder, zipped. */
export const connectorZipPath = (model: ConnectorModel): string => `${connectorSlug(model)}-connector-${model.version}.zip`;

export const solutionZipPath = (model: ConnectorModel): string => `${SOLUTION_DIR}/${solutionZipName(model)}`;
