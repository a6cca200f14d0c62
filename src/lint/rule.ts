/** A certification / platform rule (STYLE C1, C2): reports findings, never decides severity or output. */
import type { Severity } from '../core/diagnostic.ts';
import type { JsonPathSegments } from '../core/pointer.ts';
import type { ConnectorFile } from '../core/files.ts';
import type { JsonObject } from '../core/json.ts';

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
    report: (finding: Finding) => void;
}

export interface Rule {
    /** kebab-case id, equal to the file name in src/lint/rules/. */
    id: string;
    defaultSeverity: Severity;
    /** One sentence: what the rule checks. */
    description: string;
    /** Why it exists and where the requirement comes from. */
    source: string;
    /** Must not throw on malformed input: read through the json-walk accessors. */
    check(ctx: RuleContext): void;
}
