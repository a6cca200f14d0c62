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

/** A connector folder (→ its apiDefinition.swagger.json) or a swagger file path, as given. */
export function connectorSwaggerPath(folderOrFile: string): string {
    let isDir = false;
    try {
        isDir = statSync(folderOrFile).isDirectory();
    } catch {
        isDir = false; // reading the path reports it
    }
    return isDir ? join(folderOrFile, SWAGGER_FILE) : folderOrFile;
}
