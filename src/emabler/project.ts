/**
 * The eMabler connector as a project the toolkit works on: the model, where its example payloads
 * live, the API-key variable of `npm run try`, and where Microsoft's schemas are found on this
 * machine (../shared beside the clone, or $EMABLER_SHARED_DIR). Only scripts/ import this.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ConnectorProject } from '../model/project.ts';
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
