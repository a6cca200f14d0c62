/** Layer 3: Microsoft's official JSON schemas, run through AJV (see ajv.ts). */
import { mapAjvErrors, runValidator, type OfficialSchemaValidators } from './ajv.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import { API_PROPERTIES_FILE, SETTINGS_FILE, SWAGGER_FILE } from '../core/files.ts';
import { MS_SCHEMA, MS_SCHEMA_UNKNOWN_EXTENSION, NEWER_MS_EXTENSIONS, OFFICIAL_SCHEMAS_SKIPPED } from './rules.ts';

export interface SchemaTargets {
    swagger: unknown;
    apiProperties?: unknown;
    settings?: unknown;
}

/**
 * TEMPORARY allowances (G3, to be replaced by the ms-schema-outdated rule): Microsoft's paconn schemas
 * predate two keys the tools use. apiProperties `scriptOperations` is documented on Learn (facts §1.0,
 * §4.1); settings.json `script` is read by paconn (facts §5.2). A `properties.scriptOperations` that is an
 * array of strings, and a settings `script` that is a string, are left out of the schema check; any other
 * value stays in, so the schema still reports it.
 */
function withoutDocumentedScriptOperations(apiProperties: unknown): unknown {
    if (typeof apiProperties !== 'object' || apiProperties === null) return apiProperties;
    const properties = (apiProperties as Record<string, unknown>)['properties'];
    if (typeof properties !== 'object' || properties === null || !('scriptOperations' in properties)) return apiProperties;
    const ops = (properties as Record<string, unknown>)['scriptOperations'];
    if (!Array.isArray(ops) || !ops.every((o) => typeof o === 'string')) return apiProperties;
    const { scriptOperations: _documented, ...rest } = properties as Record<string, unknown>;
    return { ...(apiProperties as Record<string, unknown>), properties: rest };
}

function withoutPaconnScript(settings: unknown): unknown {
    if (typeof settings !== 'object' || settings === null || typeof (settings as Record<string, unknown>)['script'] !== 'string') return settings;
    const { script: _read, ...rest } = settings as Record<string, unknown>;
    return rest;
}

export function checkOfficialSchemas(docs: SchemaTargets, validators: OfficialSchemaValidators | undefined): Diagnostic[] {
    if (!validators) {
        return [
            {
                ruleId: OFFICIAL_SCHEMAS_SKIPPED,
                severity: 'info',
                message: "Microsoft's official schemas were not checked; pass --official-schemas DIR (for example ../shared/schemas/microsoft).",
                path: [],
                file: SWAGGER_FILE,
            },
        ];
    }
    const out = mapAjvErrors(runValidator(validators.swagger, docs.swagger), {
        ruleId: MS_SCHEMA,
        file: SWAGGER_FILE,
        source: "Microsoft's swagger schema",
        knownNewerExtensions: NEWER_MS_EXTENSIONS,
        extensionRuleId: MS_SCHEMA_UNKNOWN_EXTENSION,
        doc: docs.swagger,
        rootSchema: validators.swagger.schema,
    });
    if (docs.apiProperties !== undefined) {
        const apiProperties = withoutDocumentedScriptOperations(docs.apiProperties);
        out.push(...mapAjvErrors(runValidator(validators.apiProperties, apiProperties), { ruleId: MS_SCHEMA, file: API_PROPERTIES_FILE, source: "Microsoft's apiProperties schema", doc: apiProperties, rootSchema: validators.apiProperties.schema }));
    }
    if (docs.settings !== undefined) {
        const settings = withoutPaconnScript(docs.settings);
        out.push(...mapAjvErrors(runValidator(validators.settings, settings), { ruleId: MS_SCHEMA, file: SETTINGS_FILE, source: "Microsoft's settings schema", doc: settings, rootSchema: validators.settings.schema }));
    }
    return out;
}
