/** Runs rules (layers 4 and 5) over the documents and collects every finding. */
import type { Diagnostic } from '../core/diagnostic.ts';
import { SWAGGER_FILE } from '../core/files.ts';
import type { JsonObject } from '../core/json.ts';
import {
    bodyParameters,
    bodyProperties,
    dynamicExtensions,
    operations,
    schemaObjects,
    successResponseProperties,
    uniqueParameters,
    type DynamicExtensionAt,
    type ObjectAt,
    type OperationAt,
    type OperationProperty,
    type ParameterAt,
} from '../swagger/reader.ts';
import type { DocumentWalks, Rule } from './rule.ts';

export interface LintDocuments {
    swagger: JsonObject;
    apiProperties: JsonObject | undefined;
    /** Size of the swagger file in bytes, when known (the `limits` rule checks it). */
    swaggerByteSize?: number;
    /** The custom code (script.csx), when the connector has some (the custom-code rules check it). */
    script?: string;
}

/**
 * The reader's whole-document walks for one run, each computed on first use (a document of 1 MB takes ~8 ms
 * a walk). The validator makes one for its Swagger 2.0 layer and its rules; the document must not change
 * while it is in use.
 */
export function documentWalks(swagger: JsonObject): DocumentWalks {
    let ops: readonly OperationAt[] | undefined;
    let unique: readonly ParameterAt[] | undefined;
    let bodies: readonly ParameterAt[] | undefined;
    let bodyProps: readonly OperationProperty[] | undefined;
    let responseProps: readonly OperationProperty[] | undefined;
    let objects: readonly ObjectAt[] | undefined;
    let dynamic: readonly DynamicExtensionAt[] | undefined;
    let byId: Map<string, OperationAt> | undefined;
    const index = () => {
        const map = new Map<string, OperationAt>();
        for (const op of walks.operations()) if (op.operationId !== undefined && !map.has(op.operationId)) map.set(op.operationId, op);
        return map;
    };
    const walks: DocumentWalks = {
        operations: () => (ops ??= operations(swagger)),
        uniqueParameters: () => (unique ??= uniqueParameters(swagger, walks.operations())),
        bodyParameters: () => (bodies ??= bodyParameters(swagger, walks.uniqueParameters())),
        bodyProperties: () => (bodyProps ??= bodyProperties(swagger, walks.bodyParameters())),
        successResponseProperties: () => (responseProps ??= successResponseProperties(swagger, walks.operations())),
        schemaObjects: () => (objects ??= schemaObjects(swagger)),
        dynamicExtensions: () => (dynamic ??= dynamicExtensions(swagger, walks.schemaObjects(), walks.operations())),
        operation: (operationId) => (byId ??= index()).get(operationId),
    };
    return walks;
}

/** Every rule gets fresh state per run (STYLE C2). Severity is applied later, by the caller's config. */
export function runRules(docs: LintDocuments, rules: readonly Rule[], walks: DocumentWalks = documentWalks(docs.swagger)): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const rule of rules) {
        const report = (f: { path: (string | number)[]; message: string; file?: string }) =>
            out.push({ ruleId: rule.id, severity: rule.defaultSeverity, message: f.message, path: f.path, file: f.file ?? SWAGGER_FILE });
        try {
            rule.check({
                swagger: docs.swagger,
                apiProperties: docs.apiProperties,
                ...(docs.swaggerByteSize !== undefined ? { swaggerByteSize: docs.swaggerByteSize } : {}),
                ...(docs.script !== undefined ? { script: docs.script } : {}),
                walks,
                report,
            });
        } catch (e) {
            // A rule must be defensive; if one is not, say so instead of hiding the other findings.
            report({ path: [], message: `Rule crashed on this document: ${(e as Error).message}` });
        }
    }
    return out;
}
