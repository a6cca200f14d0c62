/**
 * Offline connector validator: the library behind `npm run validate`.
 * Layers (all findings are collected; rules are defensive so a broken node never stops the run):
 *   1. files and JSON syntax (file-checks.ts, json-source.ts)   3. Microsoft's official schemas (official-schemas.ts)
 *   2. Swagger 2.0 via swagger-parser                            4+5. certification, platform and cross-file rules (src/lint)
 * A defect two layers report at the same place is reported once (overlaps.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyOverrides, type SeverityOverrides } from '../core/rules.ts';
import { loadConfigFile } from './config.ts';
import { lintRules } from '../lint/rules/index.ts';
import { documentWalks, runRules } from '../lint/run.ts';
import type { Rule } from '../lint/rule.ts';
import { loadOfficialSchemas, type OfficialSchemaValidators } from './ajv.ts';
import { sortDiagnostics, type Diagnostic } from '../core/diagnostic.ts';
import { ToolError } from '../core/errors.ts';
import { API_PROPERTIES_FILE, isDirectory, SCRIPT_FILE, SETTINGS_FILE, SWAGGER_FILE } from '../core/files.ts';
import { parseJsonText } from './json-source.ts';
import { isObject, type JsonObject } from '../core/json.ts';
import { checkOfficialSchemas } from './official-schemas.ts';
import { decodeUtf8, duplicateKeys, fileNameCase, findFileIgnoringCase, settingsFilesExist } from './file-checks.ts';
import { dropOverlaps } from './overlaps.ts';
import { checkSwaggerStructure } from './swagger-structure.ts';

export { ToolError } from '../core/errors.ts';
export { API_PROPERTIES_FILE, SETTINGS_FILE, SWAGGER_FILE } from '../core/files.ts';

export interface ValidateDirOptions {
    /** Folder with Microsoft's schemas (apiDefinition.swagger.schema.json, …); without it layer 3 is skipped with an info finding. */
    officialSchemasDir?: string;
    /** Already compiled schemas (takes precedence over officialSchemasDir), e.g. once for a whole calibration run. */
    officialSchemas?: OfficialSchemaValidators;
    /** JSON file `{ "rules": { "<rule-id>": "off" | "warn" | "error" } }`. */
    configFile?: string;
    /** How messages name the folder (default: `dir` as given), e.g. relative to the user's working folder. */
    shownDir?: string;
}

export interface ConnectorDocuments {
    swagger: unknown;
    /** Size of the swagger file in bytes (checked by `limits`); unknown for documents built in memory. */
    swaggerByteSize?: number;
    apiProperties?: unknown;
    settings?: unknown;
    /** The custom code (script.csx), when the connector has some (the custom-code rules check it). */
    script?: string;
}

export interface ValidateDocumentsOptions {
    officialSchemasDir?: string;
    /** Already compiled schemas (takes precedence over officialSchemasDir). */
    officialSchemas?: OfficialSchemaValidators;
    severityOverrides?: SeverityOverrides;
    /** Run only these rules from layers 4 and 5 (default: all registered rules). */
    rules?: readonly Rule[];
    /** Findings from earlier steps (e.g. json-syntax) to merge, sort and filter with the rest. */
    extraDiagnostics?: readonly Diagnostic[];
}

/** Validate documents already in memory (mutation tests, packaging). The inputs are not modified. */
export async function validateConnectorDocuments(docs: ConnectorDocuments, options: ValidateDocumentsOptions = {}): Promise<Diagnostic[]> {
    if (!isObject(docs.swagger)) throw new ToolError(SWAGGER_FILE, undefined, 'the top level is not a JSON object.');
    if (docs.apiProperties !== undefined && !isObject(docs.apiProperties)) throw new ToolError(API_PROPERTIES_FILE, undefined, 'the top level is not a JSON object.');
    const swagger: JsonObject = docs.swagger;
    const apiProperties = docs.apiProperties;
    const schemas = options.officialSchemas ?? (options.officialSchemasDir !== undefined ? loadOfficialSchemas(options.officialSchemasDir) : undefined);

    const walks = documentWalks(swagger);
    const found: Diagnostic[] = [
        ...(options.extraDiagnostics ?? []),
        ...(await checkSwaggerStructure(swagger, walks)),
        ...checkOfficialSchemas({ swagger, apiProperties, settings: docs.settings }, schemas),
        ...runRules(
            {
                swagger,
                apiProperties,
                ...(docs.swaggerByteSize !== undefined ? { swaggerByteSize: docs.swaggerByteSize } : {}),
                ...(docs.script !== undefined ? { script: docs.script } : {}),
            },
            options.rules ?? lintRules,
            walks,
        ),
    ];
    return sortDiagnostics(applyOverrides(dropOverlaps(found), options.severityOverrides ?? {}).map((d) => ({ ...d, file: d.file ?? SWAGGER_FILE })));
}

function readConnectorFile(dir: string, shownDir: string, name: string, required: boolean): { value: JsonObject; diagnostics: Diagnostic[]; byteSize: number } | undefined {
    const actual = findFileIgnoringCase(dir, name) ?? name;
    const file = join(dir, actual);
    const shown = join(shownDir, actual);
    let bytes: Buffer;
    try {
        bytes = readFileSync(file);
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' && !required) return undefined;
        throw new ToolError(shown, undefined, code === 'ENOENT' ? 'the file is missing.' : `cannot read the file (${code ?? String(e)}).`);
    }
    const decoded = decodeUtf8(bytes, name);
    try {
        const parsed = parseJsonText(decoded.text, name);
        return { value: parsed.value, diagnostics: [...fileNameCase(name, actual), ...decoded.diagnostics, ...parsed.diagnostics, ...duplicateKeys(decoded.text, name, { strictJson: parsed.strict, parsed: parsed.value })], byteSize: bytes.length };
    } catch (e) {
        if (e instanceof ToolError) throw e.inFile(shown);
        throw e;
    }
}

/** The folder's custom code (script.csx) as text, or undefined when it has none. */
function readScript(dir: string, shownDir: string): string | undefined {
    const actual = findFileIgnoringCase(dir, SCRIPT_FILE);
    if (actual === undefined) return undefined;
    try {
        return readFileSync(join(dir, actual), 'utf8');
    } catch (e) {
        throw new ToolError(join(shownDir, actual), undefined, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)}).`);
    }
}

/**
 * Validate a connector folder holding apiDefinition.swagger.json and apiProperties.json (and
 * optionally settings.json and script.csx). Every diagnostic has `file` set; the list is sorted by file, path, rule.
 * Throws ToolError when the folder cannot be validated (exit code 2).
 */
export async function validateConnectorDir(dir: string, options: ValidateDirOptions = {}): Promise<Diagnostic[]> {
    const shownDir = options.shownDir ?? dir;
    if (!isDirectory(dir)) throw new ToolError(shownDir, undefined, 'is not a connector folder (no such directory).');
    const overrides = options.configFile !== undefined ? loadConfigFile(options.configFile) : {};
    const schemas = options.officialSchemas ?? (options.officialSchemasDir !== undefined ? loadOfficialSchemas(options.officialSchemasDir) : undefined);
    const swagger = readConnectorFile(dir, shownDir, SWAGGER_FILE, true)!;
    const apiProperties = readConnectorFile(dir, shownDir, API_PROPERTIES_FILE, true)!;
    const settings = readConnectorFile(dir, shownDir, SETTINGS_FILE, false);
    const script = readScript(dir, shownDir);
    return validateConnectorDocuments(
        {
            swagger: swagger.value,
            swaggerByteSize: swagger.byteSize,
            apiProperties: apiProperties.value,
            settings: settings?.value,
            ...(script !== undefined ? { script } : {}),
        },
        {
            ...(schemas ? { officialSchemas: schemas } : {}),
            severityOverrides: overrides,
            extraDiagnostics: [...swagger.diagnostics, ...apiProperties.diagnostics, ...(settings ? [...settings.diagnostics, ...settingsFilesExist(dir, settings.value, SETTINGS_FILE)] : [])],
        },
    );
}
