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
 * TEMPORARY allowance (G3, to be replaced by the ms-schema-outdated rule): Microsoft's paconn
 * apiProperties schema predates `scriptOperations`, which Learn documents (facts §1.0, §4.1). A
 * `properties.scriptOperations` that is an array of strings is left out of the schema check; any other
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
        out.push(...mapAjvErrors(runValidator(validators.settings, docs.settings), { ruleId: MS_SCHEMA, file: SETTINGS_FILE, source: "Microsoft's settings schema", doc: docs.settings, rootSchema: validators.settings.schema }));
    }
    return out;
}
