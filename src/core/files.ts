/** File names inside a connector folder (as paconn and Microsoft's repository lay it out), defined once. */
import { statSync } from 'node:fs';
import { join } from 'node:path';

export const SWAGGER_FILE = 'apiDefinition.swagger.json';
export const API_PROPERTIES_FILE = 'apiProperties.json';
export const SETTINGS_FILE = 'settings.json';
export const ICON_FILE = 'icon.png';
export const README_FILE = 'readme.md';
/** Connector custom code (C#), named in settings.json as `script`. */
export const SCRIPT_FILE = 'script.csx';

export type ConnectorFile = typeof SWAGGER_FILE | typeof API_PROPERTIES_FILE | typeof SETTINGS_FILE | typeof SCRIPT_FILE;

/** Whether `path` is a folder; false when it is anything else, does not exist or cannot be read. */
export function isDirectory(path: string): boolean {
    try {
        return statSync(path).isDirectory();
    } catch {
        return false;
    }
}

/** A connector folder (→ its apiDefinition.swagger.json) or a swagger file path, as given (reading a bad path reports it). */
export function connectorSwaggerPath(folderOrFile: string): string {
    return isDirectory(folderOrFile) ? join(folderOrFile, SWAGGER_FILE) : folderOrFile;
}
