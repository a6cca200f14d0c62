/** A certification / platform rule (STYLE C1, C2): reports findings, never decides severity or output. */
import type { JsonPathSegments } from '../core/pointer.ts';
import type { RuleInfo } from '../core/rules.ts';
import type { ConnectorFile } from '../core/files.ts';
import type { JsonObject } from '../core/json.ts';
import type { DynamicExtensionAt, ObjectAt, OperationAt, OperationProperty, ParameterAt } from '../swagger/reader.ts';

export interface Finding {
    path: JsonPathSegments;
    message: string;
    /** Defaults to apiDefinition.swagger.json. */
    file?: ConnectorFile;
}

export interface RuleContext {
    /** The swagger document as parsed (possibly recovered from a syntax error; shape not guaranteed). */
    swagger: JsonObject;
    /** apiProperties.json, when present. */
    apiProperties: JsonObject | undefined;
    /** Size of apiDefinition.swagger.json in bytes, when it was read from a file. */
    swaggerByteSize?: number;
    /** The connector's custom code (script.csx), when it has some and the caller read it. */
    script?: string;
    /** Whole-document walks of the swagger reader, computed once per run and shared by the rules that need them. */
    walks: DocumentWalks;
    report: (finding: Finding) => void;
}

/** The reader's walks over RuleContext.swagger: every rule of a run gets the same arrays, to read, never to change. */
export interface DocumentWalks {
    /** operations(swagger). */
    operations(): readonly OperationAt[];
    /** uniqueParameters(swagger). */
    uniqueParameters(): readonly ParameterAt[];
    /** bodyParameters(swagger). */
    bodyParameters(): readonly ParameterAt[];
    /** bodyProperties(swagger). */
    bodyProperties(): readonly OperationProperty[];
    /** successResponseProperties(swagger). */
    successResponseProperties(): readonly OperationProperty[];
    /** schemaObjects(swagger). */
    schemaObjects(): readonly ObjectAt[];
    /** dynamicExtensions(swagger). */
    dynamicExtensions(): readonly DynamicExtensionAt[];
    /** findOperation(swagger, operationId), from one index of the operations per run (rules look up one per extension). */
    operation(operationId: string): OperationAt | undefined;
}

/**
 * A validator rule (lint rule or validator layer) as calibrated against what Microsoft accepts (G4):
 * which code of Microsoft's validator it mirrors and why its default severity is what it is. An error
 * means Microsoft's validator, paconn or a certification reviewer would stop the connector; docs/rules.md
 * shows both columns, docs/validator.md the measurements behind them.
 */
export interface CalibratedRuleInfo extends RuleInfo {
    /** The Microsoft validator code(s) it mirrors (Learn "Fix Swagger Validator errors"), or "none". */
    mirrors: string;
    /** Why this default severity: Microsoft's wording and what Microsoft's certified connectors ship. */
    severityReason: string;
}

/** A lint rule; its id is kebab-case and equal to its file name in src/lint/rules/. */
export interface Rule extends CalibratedRuleInfo {
    /** Must not throw on malformed input: read through the core/json accessors. */
    check(ctx: RuleContext): void;
}
