/**
 * What the toolkit needs to know about the connector project it works on. The instance
 * (src/emabler/project.ts) builds one; scripts/ pass it to the tools, which never import the instance.
 */
import type { ConnectorModel } from './types.ts';

export interface ConnectorProject {
    /** The project folder: the generated connector files live at its top. */
    rootDir: string;
    model: ConnectorModel;
    /** Folder of example payloads (one sub-folder per operationId), relative to rootDir, '/'-separated. */
    examplesDir: string;
    /** Environment variable `npm run try` reads the API key from when the connection has none. */
    apiKeyEnv: string;
    /**
     * The connector's custom code (C#), relative to rootDir, '/'-separated, when it has some. Packaging
     * ships it as script.csx (core/files.ts SCRIPT_FILE) beside the swagger in dist/connector and
     * dist/certification; without it no script.csx is written.
     */
    scriptFile?: string;
    /** Microsoft's connector schemas, when the project has them at hand (the default of --official-schemas). */
    officialSchemasDir?: string;
}
