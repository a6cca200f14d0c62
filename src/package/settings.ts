/**
 * settings.json for paconn (facts §5.2): names the connector files, and `script` when the connector has
 * custom code (paconn reads `script`, default script.csx, and uploads it with create/update; Microsoft's
 * paconn-settings schema lacks the key, so that schema rejects such a file). `environment` and
 * `connectorId` are deliberately left out: they belong to the user's tenant (paconn writes connectorId
 * after `paconn create`, and `--env` supplies the environment).
 */
import { API_PROPERTIES_FILE, ICON_FILE, SCRIPT_FILE, SWAGGER_FILE } from '../core/files.ts';

/** The keys of Microsoft's paconn-settings schema that we fill in. */
export interface PaconnSettings {
    apiDefinition: string;
    apiProperties: string;
    icon: string;
    /** The custom code file; only when the connector has some. */
    script?: string;
}

export const paconnSettings = (options: { script?: boolean } = {}): PaconnSettings => ({
    apiDefinition: SWAGGER_FILE,
    apiProperties: API_PROPERTIES_FILE,
    icon: ICON_FILE,
    ...(options.script ? { script: SCRIPT_FILE } : {}),
});
