/**
 * Everything under dist/, built in memory from the model and the two generated connector files:
 *   connector/{apiDefinition.swagger.json, apiProperties.json, icon.png, settings.json, readme.md[, script.csx]}
 *   <slug>-connector-<version>.zip          the connector folder, zipped (entries at the zip root)
 *   samples/paging-do-until.definition.json
 *   logic-apps/customapi.template.json      without the operations custom code serves (arm-template.ts)
 *   solution/<UniqueName>_<a_b_c_d>.zip
 *   certification/…                         pull request files and the Partner Center submission
 *                                           (certification/index.ts)
 * script.csx is written only when the project has custom code (ConnectorProject.scriptFile).
 * Nothing here touches the filesystem except writeDistFiles, which the pipeline points at a temp dir.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { API_PROPERTIES_FILE, ICON_FILE, README_FILE, SCRIPT_FILE, SETTINGS_FILE, SWAGGER_FILE } from '../core/files.ts';
import type { GeneratedFile } from '../build/generate.ts';
import { toJsonText } from '../emit/write-json.ts';
import type { ConnectorModel } from '../model/types.ts';
import type { ApiProperties } from '../swagger/api-properties.ts';
import type { SwaggerDocument } from '../swagger/types.ts';
import { logicAppsTemplate } from './arm-template.ts';
import { certificationFiles } from './certification/index.ts';
import { pagingSampleFlow } from './flow/paging-sample.ts';
import { renderIcon } from './icon.ts';
import { pagedOperations } from '../swagger/paging.ts';
import { ARM_TEMPLATE_PATH, CONNECTOR_DIR, SAMPLE_FLOW_PATH, connectorZipPath, solutionZipPath } from './paths.ts';
import { renderConnectorReadme } from './readme/index.ts';
import { paconnSettings } from './settings.ts';
import { buildSolutionZip } from './solution/index.ts';
import { createZip } from './zip.ts';
import { ToolError } from '../core/errors.ts';

export interface DistFile {
    /** POSIX path relative to dist/. */
    path: string;
    data: string | Buffer;
}

/** The text of one generated file; a ToolError when the build did not produce it. */
export function generated(files: readonly GeneratedFile[], name: string): string {
    const f = files.find((x) => x.name === name);
    if (!f) throw new ToolError(undefined, undefined, `the build produced no ${name}.`);
    return f.text;
}

export interface DistOptions {
    /** The connector's custom code (C#), shipped as script.csx; absent when the connector has none. */
    script?: string;
}

export async function buildDistFiles(model: ConnectorModel, files: readonly GeneratedFile[], options: DistOptions = {}): Promise<DistFile[]> {
    const swaggerText = generated(files, SWAGGER_FILE);
    const apiPropertiesText = generated(files, API_PROPERTIES_FILE);
    const swagger = JSON.parse(swaggerText) as SwaggerDocument;
    const apiProperties = JSON.parse(apiPropertiesText) as ApiProperties;
    const icon = renderIcon(model.iconBrandColor, model.iconMark);
    const readme = renderConnectorReadme(model, swagger);

    const connectorFiles: DistFile[] = [
        { path: SWAGGER_FILE, data: swaggerText },
        { path: API_PROPERTIES_FILE, data: apiPropertiesText },
        { path: ICON_FILE, data: icon },
        { path: SETTINGS_FILE, data: toJsonText(paconnSettings({ script: options.script !== undefined })) },
        { path: README_FILE, data: readme },
        ...(options.script !== undefined ? [{ path: SCRIPT_FILE, data: options.script }] : []),
    ];
    const out: DistFile[] = connectorFiles.map((f) => ({ path: `${CONNECTOR_DIR}/${f.path}`, data: f.data }));
    out.push({ path: connectorZipPath(model), data: await createZip(connectorFiles.map((f) => ({ name: f.path, data: f.data }))) });

    const paged = pagedOperations(swagger)[0];
    if (paged) out.push({ path: SAMPLE_FLOW_PATH, data: toJsonText(pagingSampleFlow(model, paged)) });

    out.push({ path: ARM_TEMPLATE_PATH, data: toJsonText(logicAppsTemplate({ model, swagger, apiProperties, icon })) });
    const solution = { model, swaggerText, apiProperties, icon, ...(options.script !== undefined ? { script: options.script } : {}) };
    const connectorSolutionZip = await buildSolutionZip(solution);
    out.push({ path: solutionZipPath(model), data: connectorSolutionZip });
    out.push(...(await certificationFiles({ solution, swagger, readme, connectorSolutionZip, ...(options.script !== undefined ? { script: options.script } : {}) })));
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function writeDistFiles(dir: string, files: readonly DistFile[]): void {
    for (const f of files) {
        const target = join(dir, ...f.path.split('/'));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, f.data);
    }
}
