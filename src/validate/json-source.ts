/**
 * Layer 1: JSON syntax. A strict JSON text parses natively; for any other, jsonc-parser (loaded only
 * then) gives offsets for every syntax error and recovers what it can, like the lenient parser of the Power Platform service (certified connectors in Microsoft's repo
 * contain trailing commas and missing commas). A recoverable file yields `json-syntax` errors and the
 * recovered document; an empty file or one whose top level is not an object cannot be validated.
 */
import type * as Jsonc from 'jsonc-parser';
import { describeSyntaxError, lineColumn, loadJsonc } from '../core/json-file.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import { ToolError } from '../core/errors.ts';

export type JsonObject = Record<string, unknown>;

export interface ParsedJson {
    value: JsonObject;
    diagnostics: Diagnostic[];
    /** JSON.parse accepted the text as it is (no syntax error was recovered from). */
    strict: boolean;
}

import { JSON_SYNTAX } from './rules.ts';

/** Where a syntax error sits; at a property name that is not there yet (`,}`), the object around it. */
function errorPath(body: string, offset: number): (string | number)[] {
    const location = loadJsonc().getLocation(body, offset);
    return location.isAtPropertyKey && location.path.at(-1) === '' ? location.path.slice(0, -1) : location.path;
}

/**
 * Parse one connector file. `file` is the name used in diagnostics and error messages.
 * Throws ToolError when nothing usable can be recovered.
 */
export function parseJsonText(text: string, file: string): ParsedJson {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const shift = text.length - body.length;
    if (body.trim() === '') throw new ToolError(file, undefined, 'the file is empty; expected a JSON object.');
    // Fast path: strict JSON (the common case) parses natively, several times faster than jsonc-parser;
    // anything else goes through jsonc-parser for error positions and recovery.
    try {
        const strict: unknown = JSON.parse(body);
        if (strict !== null && typeof strict === 'object' && !Array.isArray(strict)) return { value: strict as JsonObject, diagnostics: [], strict: true };
    } catch {
        // not strict JSON: reported below
    }
    const errors: Jsonc.ParseError[] = [];
    const value: unknown = loadJsonc().parse(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const at = (offset: number) => {
        const { line, column } = lineColumn(text, offset + shift);
        return `${line}:${column}`;
    };
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        const first = errors[0];
        const where = first ? ` (first syntax error at ${at(first.offset)}: ${describeSyntaxError(first.error)})` : '';
        throw new ToolError(file, undefined, `the top level is not a JSON object${where}.`);
    }
    // One finding per position: jsonc-parser often reports two errors for one slip (e.g. `,}`).
    const firstAtOffset = errors.filter((e, i) => errors.findIndex((f) => f.offset === e.offset) === i);
    const diagnostics: Diagnostic[] = firstAtOffset.map((e) => ({
        ruleId: JSON_SYNTAX,
        severity: 'error',
        message: `JSON syntax error at ${at(e.offset)}: ${describeSyntaxError(e.error)}; validated the recovered document.`,
        path: errorPath(body, e.offset),
        file,
    }));
    return { value: value as JsonObject, diagnostics, strict: false };
}
