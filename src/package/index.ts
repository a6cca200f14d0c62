/** Packaging: the library surface behind `npm run package`. */
export { packConnector, PackageCannotRunError, EXAMPLE_FILE_RULE_ID } from './pipeline.ts';
export type { PackOptions, PackResult, PackSteps, PackedFile } from './pipeline.ts';
export { buildDistFiles, writeDistFiles, type DistFile } from './dist.ts';
export { defaultOfficialSchemasDir } from './options.ts';
export { createZip, type ZipEntry } from './zip.ts';
export { renderIcon, ICON_SIZE, MARK_BOX } from './icon.ts';
export { paconnSettings, ICON_FILE, SETTINGS_FILE } from './settings.ts';
export { renderConnectorReadme } from './readme/index.ts';
export { deploymentSections, powerAppsSection, readmeDeployGuide } from './readme/deploy.ts';
export { renderSections } from './readme/markdown.ts';
export { pagingSampleFlow } from './flow/paging-sample.ts';
export { logicAppsTemplate } from './arm-template.ts';
export { buildSolutionZip, solutionEntries } from './solution/index.ts';
export * from './paths.ts';
