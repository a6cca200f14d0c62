/** Layer 3: Microsoft's official JSON schemas, run through AJV (see ajv.ts). */
import { mapAjvErrors, runValidator, type OfficialSchemaValidators } from './ajv.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import { API_PROPERTIES_FILE, SETTINGS_FILE, SWAGGER_FILE } from '../core/files.ts';
import { MS_SCHEMA, OFFICIAL_SCHEMAS_SKIPPED } from './rules.ts';
import { classifyApiPropertiesFinding, classifySettingsFinding, classifySwaggerFinding } from './schema-gaps.ts';

export interface SchemaTargets {
    swagger: unknown;
    apiProperties?: unknown;
    settings?: unknown;
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
        classify: classifySwaggerFinding,
        doc: docs.swagger,
        rootSchema: validators.swagger.schema,
    });
    if (docs.apiProperties !== undefined) {
        out.push(...mapAjvErrors(runValidator(validators.apiProperties, docs.apiProperties), { ruleId: MS_SCHEMA, file: API_PROPERTIES_FILE, source: "Microsoft's apiProperties schema", doc: docs.apiProperties, rootSchema: validators.apiProperties.schema, classify: classifyApiPropertiesFinding }));
    }
    if (docs.settings !== undefined) {
        out.push(...mapAjvErrors(runValidator(validators.settings, docs.settings), { ruleId: MS_SCHEMA, file: SETTINGS_FILE, source: "Microsoft's settings schema", doc: docs.settings, rootSchema: validators.settings.schema, classify: classifySettingsFinding }));
    }
    return out;
}
