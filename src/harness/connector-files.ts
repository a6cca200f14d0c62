/**
 * Loads the two generated files the harness runs from — and nothing else: apiDefinition.swagger.json
 * and apiProperties.json. Unreadable or non-JSON files are a ToolError naming the file.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ApiProperties } from '../swagger/api-properties.ts';
import type { SwaggerDocument } from '../swagger/types.ts';
import { ToolError } from '../core/errors.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

export interface ConnectorFiles {
    swagger: SwaggerDocument;
    apiProperties: ApiProperties;
    swaggerPath: string;
    apiPropertiesPath: string;
}

export interface ConnectorPaths {
    swaggerPath?: string;
    apiPropertiesPath?: string;
}

function readJson(path: string, what: string): unknown {
    let text: string;
    try {
        text = readFileSync(path, 'utf8');
    } catch (e) {
        throw new ToolError(path, undefined, `cannot read ${what}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    try {
        return JSON.parse(text);
    } catch (e) {
        throw new ToolError(path, undefined, `${what} is not valid JSON: ${(e as Error).message}`);
    }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function loadConnectorFiles(paths: ConnectorPaths = {}): ConnectorFiles {
    const swaggerPath = resolve(paths.swaggerPath ?? join(REPO_ROOT, 'apiDefinition.swagger.json'));
    const apiPropertiesPath = resolve(paths.apiPropertiesPath ?? join(REPO_ROOT, 'apiProperties.json'));
    const swagger = readJson(swaggerPath, 'the API definition');
    const apiProperties = readJson(apiPropertiesPath, 'the API properties');
    if (!isObject(swagger) || !isObject(swagger['paths'])) throw new ToolError(swaggerPath, ['paths'], 'expected a Swagger 2.0 object with "paths"');
    if (!isObject(apiProperties) || !isObject(apiProperties['properties'])) {
        throw new ToolError(apiPropertiesPath, ['properties'], 'expected an object with "properties"');
    }
    return { swagger: swagger as unknown as SwaggerDocument, apiProperties: apiProperties as unknown as ApiProperties, swaggerPath, apiPropertiesPath };
}
