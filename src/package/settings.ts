/**
 * settings.json for paconn (facts §5.2): names the three connector files. `environment` and
 * `connectorId` are deliberately left out: they belong to the user's tenant (paconn writes connectorId
 * after `paconn create`, and `--env` supplies the environment).
 */
import { API_PROPERTIES_FILE, ICON_FILE, SWAGGER_FILE } from '../core/files.ts';

/** The keys of Microsoft's paconn-settings schema that we fill in. */
export interface PaconnSettings {
    apiDefinition: string;
    apiProperties: string;
    icon: string;
}

export const paconnSettings = (): PaconnSettings => ({
    apiDefinition: SWAGGER_FILE,
    apiProperties: API_PROPERTIES_FILE,
    icon: ICON_FILE,
});
