/**
 * Strict JSON files for the tools that compare or run documents (check:upstream, check:breaking, the
 * harness, examples): a file that is missing, unreadable or not JSON is a ToolError naming the file
 * (and where the first syntax error is). The validator reads leniently instead (src/validate/json-source.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Jsonc from 'jsonc-parser';
import { ToolError } from './errors.ts';

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}

/** jsonc-parser, loaded only to say where a text is not JSON: reading valid files (and --help) never loads it. */
export const loadJsonc = (): typeof Jsonc => createRequire(import.meta.url)('jsonc-parser') as typeof Jsonc;

/** jsonc-parser's error codes in words. */
export function describeSyntaxError(code: Jsonc.ParseErrorCode): string {
    const name = loadJsonc().printParseErrorCode(code);
    const words: Record<string, string> = {
        InvalidSymbol: 'invalid symbol',
        InvalidNumberFormat: 'invalid number',
        PropertyNameExpected: 'property name expected',
        ValueExpected: 'value expected',
        ColonExpected: 'colon expected',
        CommaExpected: 'comma expected',
        CloseBraceExpected: 'closing brace expected',
        CloseBracketExpected: 'closing bracket expected',
        EndOfFileExpected: 'end of file expected (extra content after the JSON)',
        InvalidCommentToken: 'comments are not allowed in JSON',
        UnexpectedEndOfComment: 'unexpected end of comment',
        UnexpectedEndOfString: 'unterminated string',
        UnexpectedEndOfNumber: 'unexpected end of number',
        InvalidUnicode: 'invalid unicode escape',
        InvalidEscapeCharacter: 'invalid escape character',
        InvalidCharacter: 'invalid character in string',
    };
    return words[name] ?? name;
}

/** Parses strict JSON text that came from `label` (a path, or `v1.0.0:apiDefinition.swagger.json`). */
export function parseJson(text: string, label: string): unknown {
    try {
        return JSON.parse(text) as unknown;
    } catch (e) {
        const errors: Jsonc.ParseError[] = [];
        loadJsonc().parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
        const first = errors[0];
        const at = first ? lineColumn(text, first.offset) : undefined;
        const where = first && at ? `: ${describeSyntaxError(first.error)} at line ${at.line}, column ${at.column}` : ` (${(e as Error).message})`;
        throw new ToolError(label, undefined, `is not valid JSON${where}.`);
    }
}

/** Reads and parses `file`; errors name `label` (default: the path as given). */
export function readJsonFile(file: string, label: string = file): unknown {
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? (e as Error).message})`;
        throw new ToolError(label, undefined, `${why}.`);
    }
    return parseJson(text, label);
}
