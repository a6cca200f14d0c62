/**
 * Loads the two generated files the harness runs from — and nothing else: apiDefinition.swagger.json
 * and apiProperties.json. A missing, unreadable or non-JSON file, or one of the wrong kind, is a
 * ToolError naming the file.
 */
import { resolve } from 'node:path';
import { ToolError } from '../core/errors.ts';
import { API_PROPERTIES_FILE, SWAGGER_FILE } from '../core/files.ts';
import { isObject } from '../core/json.ts';
import { readJsonFile } from '../core/json-file.ts';
import type { ApiProperties } from '../swagger/api-properties.ts';
import { assertSwagger2 } from '../swagger/document.ts';
import type { SwaggerDocument } from '../swagger/types.ts';

export interface ConnectorFiles {
    swagger: SwaggerDocument;
    apiProperties: ApiProperties;
    swaggerPath: string;
    apiPropertiesPath: string;
}

export interface ConnectorPaths {
    /** Where the two files are by default. */
    rootDir: string;
    swaggerPath?: string;
    apiPropertiesPath?: string;
}

export function loadConnectorFiles(paths: ConnectorPaths): ConnectorFiles {
    const swaggerPath = resolve(paths.rootDir, paths.swaggerPath ?? SWAGGER_FILE);
    const apiPropertiesPath = resolve(paths.rootDir, paths.apiPropertiesPath ?? API_PROPERTIES_FILE);
    const swagger = assertSwagger2(readJsonFile(swaggerPath), swaggerPath);
    const apiProperties = readJsonFile(apiPropertiesPath);
    if (!isObject(apiProperties) || !isObject(apiProperties['properties'])) {
        throw new ToolError(apiPropertiesPath, ['properties'], 'is not an apiProperties.json document (no properties object).');
    }
    return { swagger: swagger as unknown as SwaggerDocument, apiProperties: apiProperties as unknown as ApiProperties, swaggerPath, apiPropertiesPath };
}
