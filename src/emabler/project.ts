/**
 * The eMabler connector as a project the toolkit works on: the model, where its example payloads
 * live, the API-key variable of `npm run try`, and where Microsoft's schemas are found on this
 * machine (../shared beside the clone, or $EMABLER_SHARED_DIR), and the docs `npm run build` writes beside
 * the connector files. scripts/ pass it to the tools; bench/ and the tests use it too. The toolkit never
 * imports it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GeneratedFile } from '../build/generate.ts';
import { renderRulesDoc, RULES_DOC } from '../catalogue.ts';
import { SWAGGER_FILE } from '../core/files.ts';
import type { ConnectorProject } from '../model/project.ts';
import { DEPLOY_DOC, renderDeployDoc } from '../package/readme/deploy.ts';
import type { SwaggerDocument } from '../swagger/types.ts';
import { connector } from './connector.ts';

/** The example payloads, one folder per operationId (relative to the project root). */
export const EXAMPLES_DIR = 'src/emabler/examples';
export const API_KEY_ENV = 'EMABLER_API_KEY';
/** The connector's custom code: it serves the two charging-session triggers. */
export const SCRIPT_FILE_PATH = 'src/emabler/custom-code/script.csx';
export const SHARED_DIR_ENV = 'EMABLER_SHARED_DIR';

/** The reference material beside the clone: $EMABLER_SHARED_DIR, else ../shared. */
export const sharedDir = (rootDir: string, env: Readonly<Record<string, string | undefined>>): string => env[SHARED_DIR_ENV] ?? resolve(rootDir, '..', 'shared');

export function emablerProject(rootDir: string, env: Readonly<Record<string, string | undefined>> = process.env): ConnectorProject {
    const schemas = resolve(sharedDir(rootDir, env), 'schemas', 'microsoft');
    return {
        rootDir,
        model: connector,
        examplesDir: EXAMPLES_DIR,
        apiKeyEnv: API_KEY_ENV,
        scriptFile: SCRIPT_FILE_PATH,
        ...(existsSync(schemas) ? { officialSchemasDir: schemas } : {}),
    };
}

/**
 * The docs `npm run build` generates (and `--check` compares) next to the connector files: docs/rules.md
 * from the rule catalogue and docs/deploy.md from the model and the generated swagger.
 */
export function generatedDocs(project: ConnectorProject, connectorFiles: readonly GeneratedFile[]): GeneratedFile[] {
    const swagger = JSON.parse(connectorFiles.find((f) => f.name === SWAGGER_FILE)?.text ?? '{}') as SwaggerDocument;
    return [
        { name: RULES_DOC, text: renderRulesDoc() },
        { name: DEPLOY_DOC, text: renderDeployDoc(project.model, swagger) },
    ];
}
