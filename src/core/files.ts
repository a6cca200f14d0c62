/** File names inside a connector folder (as paconn and Microsoft's repo lay it out). */
export const SWAGGER_FILE = 'apiDefinition.swagger.json';
export const API_PROPERTIES_FILE = 'apiProperties.json';
export const SETTINGS_FILE = 'settings.json';

export type ConnectorFile = typeof SWAGGER_FILE | typeof API_PROPERTIES_FILE | typeof SETTINGS_FILE;
