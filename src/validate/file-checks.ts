/**
 * Checks on a connector file's name, bytes and raw text rather than its parsed value: the letter case
 * of the file name, the encoding (byte order mark, invalid UTF-8), keys repeated in one object
 * (JSON.parse silently keeps the last one; a scanner of our own or jsonc-parser's visitor sees every key), and the files
 * settings.json names.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.ts';
import { lineColumn, loadJsonc } from '../core/json-file.ts';
import { isObject } from '../core/json.ts';
import type { JsonPathSegments } from '../core/pointer.ts';
import { DUPLICATE_KEY, FILE_BOM, FILE_ENCODING, FILE_NAME_CASE, SETTINGS_FILES_EXIST } from './rules.ts';

/** The entry of `dir` named `name`, or else one whose name differs only in letter case; undefined when neither exists. */
export function findFileIgnoringCase(dir: string, name: string): string | undefined {
    let names: string[];
    try {
        names = readdirSync(dir);
    } catch {
        return undefined;
    }
    return names.includes(name) ? name : names.find((n) => n.toLowerCase() === name.toLowerCase());
}

/** A file found under another letter case than `expected` (it is still validated). */
export function fileNameCase(expected: string, actual: string): Diagnostic[] {
    if (expected === actual) return [];
    return [{ ruleId: FILE_NAME_CASE, severity: 'warn', message: `The file is named "${actual}"; paconn, pac and case-sensitive file systems look for "${expected}".`, path: [], file: expected }];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as UTF-8, reporting a byte order mark and invalid UTF-8 (then decoded with replacement characters). */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string; diagnostics: Diagnostic[] } {
    const diagnostics: Diagnostic[] = [];
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        diagnostics.push({ ruleId: FILE_BOM, severity: 'warn', message: "The file starts with a UTF-8 byte order mark, which Python's json (paconn) rejects; save it as UTF-8 without a BOM.", path: [], file });
    }
    try {
        return { text: UTF8.decode(bytes), diagnostics };
    } catch {
        const text = new TextDecoder('utf-8').decode(bytes);
        const { line, column } = lineColumn(text, Math.max(0, text.indexOf('\uFFFD')));
        diagnostics.push({ ruleId: FILE_ENCODING, severity: 'error', message: `The file is not valid UTF-8 (first bad byte at ${line}:${column}); its text reaches the platform garbled. Save it as UTF-8.`, path: [], file });
        return { text, diagnostics };
    }
}

interface Frame {
    kind: 'object' | 'array';
    keys: Set<string>;
    index: number;
    /** Whether entering this value put a segment on the path. */
    pushed: boolean;
}

/** What a reader of the text tells the duplicate-key check, in document order (jsonc-parser's visitor events). */
interface KeyEvents {
    begin(kind: Frame['kind']): void;
    end(): void;
    /** An object's key; `offset` is where its string starts. */
    property(key: string, offset: number): void;
    /** A string, number, true, false or null value. */
    literal(): void;
}

/** Collects the repeated keys with the path of each, from a reader's events. */
function keyTracker(text: string, file: string, out: Diagnostic[]): KeyEvents {
    const path: JsonPathSegments = []; // where the value being read sits
    const frames: Frame[] = [];
    let pendingKey: string | undefined;
    /** Puts the next value's key or index on the path; whether it pushed one. */
    const enter = (): boolean => {
        const top = frames[frames.length - 1];
        if (top?.kind === 'object' && pendingKey !== undefined) {
            path.push(pendingKey);
            pendingKey = undefined;
            return true;
        }
        if (top?.kind === 'array') {
            path.push(top.index++);
            return true;
        }
        return false;
    };
    return {
        begin: (kind) => {
            const pushed = enter();
            frames.push({ kind, keys: new Set(), index: 0, pushed });
        },
        end: () => {
            if (frames.pop()?.pushed) path.pop();
            pendingKey = undefined;
        },
        property: (key, offset) => {
            const top = frames[frames.length - 1];
            if (!top) return;
            if (top.keys.has(key)) {
                const { line } = lineColumn(text, offset);
                out.push({ ruleId: DUPLICATE_KEY, severity: 'warn', message: `Key "${key}" appears twice in this object (again at line ${line}); JSON.parse and Microsoft's service keep only the last value.`, path: [...path, key], file });
            }
            top.keys.add(key);
            pendingKey = key;
        },
        literal: () => {
            const top = frames[frames.length - 1];
            if (top?.kind === 'array') top.index++;
            pendingKey = undefined;
        },
    };
}

const Char = {
    Tab: 0x09,
    LineFeed: 0x0a,
    CarriageReturn: 0x0d,
    Space: 0x20,
    Quote: 0x22,
    Comma: 0x2c,
    Colon: 0x3a,
    OpenBracket: 0x5b,
    Backslash: 0x5c,
    CloseBracket: 0x5d,
    OpenBrace: 0x7b,
    CloseBrace: 0x7d,
} as const;

const isSpace = (c: number): boolean => c === Char.Space || c === Char.LineFeed || c === Char.CarriageReturn || c === Char.Tab;

/** Where the string starting at the quote `open` ends: the first quote not escaped by an odd run of backslashes (-1: none). */
function closingQuote(text: string, open: number): number {
    let j = open + 1;
    for (;;) {
        j = text.indexOf('"', j);
        if (j < 0) return -1;
        let k = j - 1;
        while (text.charCodeAt(k) === Char.Backslash) k--;
        if ((j - 1 - k) % 2 === 0) return j;
        j++;
    }
}

/**
 * How many keys a text JSON.parse accepts holds, counting every key where it stands (a repeated key each
 * time). In JSON only strings contain quotes, so it jumps from string to string, and a string followed by
 * a colon is a key. Undefined when a string does not end (the text is not JSON after all).
 */
export function keysInText(text: string): number | undefined {
    let count = 0;
    for (let i = text.indexOf('"'); i >= 0; ) {
        const j = closingQuote(text, i);
        if (j < 0) return undefined;
        let k = j + 1;
        while (isSpace(text.charCodeAt(k))) k++;
        if (text.charCodeAt(k) === Char.Colon) count++;
        i = text.indexOf('"', k);
    }
    return count;
}

/** How many keys the objects of a parsed value hold in all (JSON.parse keeps one per repeated key). */
export function keysInValue(value: unknown): number {
    let count = 0;
    const stack: unknown[] = [value];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node === null || typeof node !== 'object') continue;
        if (Array.isArray(node)) {
            for (const item of node) if (item !== null && typeof item === 'object') stack.push(item);
            continue;
        }
        const keys = Object.keys(node);
        count += keys.length;
        for (const key of keys) {
            const item = (node as Record<string, unknown>)[key];
            if (item !== null && typeof item === 'object') stack.push(item);
        }
    }
    return count;
}

/**
 * Reads a text that JSON.parse accepts and sends `events` what jsonc-parser's visitor would. It relies on
 * the text being JSON: it skips a number or literal to the next delimiter without reading it and does not
 * check where commas and colons stand. What it can tell is wrong (an unterminated string, a bracket that
 * closes the wrong container, a value where a key belongs, an unclosed container) makes it return false,
 * and the caller reads the text with jsonc-parser instead.
 */
function scanStrictJson(text: string, events: KeyEvents): boolean {
    const objects: boolean[] = []; // per open container: whether it is an object
    let expectKey = false;
    let i = 0;
    const n = text.length;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (isSpace(c)) {
            i++;
        } else if (c === Char.Quote) {
            const j = closingQuote(text, i);
            if (j < 0) return false;
            if (expectKey) {
                const raw = text.slice(i + 1, j);
                events.property(raw.includes('\\') ? (JSON.parse(text.slice(i, j + 1)) as string) : raw, i);
                expectKey = false;
            } else {
                events.literal();
            }
            i = j + 1;
        } else if (c === Char.OpenBrace || c === Char.OpenBracket) {
            if (expectKey) return false;
            const isObject = c === Char.OpenBrace;
            events.begin(isObject ? 'object' : 'array');
            objects.push(isObject);
            expectKey = isObject;
            i++;
        } else if (c === Char.CloseBrace || c === Char.CloseBracket) {
            if (objects.pop() !== (c === Char.CloseBrace)) return false;
            events.end();
            expectKey = false;
            i++;
        } else if (c === Char.Comma) {
            expectKey = objects[objects.length - 1] === true;
            i++;
        } else if (c === Char.Colon) {
            i++;
        } else {
            if (expectKey) return false;
            // A number, true, false or null: up to the next delimiter.
            let j = i + 1;
            for (; j < n; j++) {
                const d = text.charCodeAt(j);
                if (d === Char.Comma || d === Char.CloseBrace || d === Char.CloseBracket || isSpace(d)) break;
            }
            events.literal();
            i = j;
        }
    }
    return objects.length === 0;
}

/**
 * Keys that occur twice in one object: JSON.parse and Microsoft's service keep only the last value.
 * `parsed`: what JSON.parse made of the text (with `strictJson`), to tell quickly that no key repeats.
 * `strictJson`: the text is known to be JSON (JSON.parse accepted it), so a dedicated scanner reads it,
 * several times faster than jsonc-parser's visitor (a 6 MB swagger: about 150 ms less); otherwise, or when
 * the scanner meets anything it does not expect, jsonc-parser's visitor reads it and recovers from
 * syntax errors. Both report the same findings (test/validate/file-checks.test.ts compares them).
 */
export function duplicateKeys(text: string, file: string, options: { strictJson?: boolean; parsed?: unknown } = {}): Diagnostic[] {
    // With JSON.parse's value at hand, a text whose every key survived parsing has no repeated key: counting
    // both (about 20 ms on 5 MB) is cheaper than tracking every object's keys and path.
    if (options.strictJson && options.parsed !== undefined && keysInText(text) === keysInValue(options.parsed)) return [];
    if (options.strictJson) {
        const out: Diagnostic[] = [];
        if (scanStrictJson(text, keyTracker(text, file, out))) return out;
    }
    const out: Diagnostic[] = [];
    const events = keyTracker(text, file, out);
    loadJsonc().visit(text, {
        onObjectBegin: () => events.begin('object'),
        onArrayBegin: () => events.begin('array'),
        onObjectEnd: () => events.end(),
        onArrayEnd: () => events.end(),
        onObjectProperty: (key, offset) => events.property(key, offset),
        onLiteralValue: () => events.literal(),
    });
    return out;
}

/** The files paconn uploads as settings.json names them (relative to the connector folder). */
const SETTINGS_FILE_KEYS: readonly string[] = ['apiDefinition', 'apiProperties', 'icon', 'script'];

/** Each file settings.json names must exist: paconn create/update open them. */
export function settingsFilesExist(dir: string, settings: unknown, file: string): Diagnostic[] {
    if (!isObject(settings)) return [];
    const out: Diagnostic[] = [];
    for (const key of SETTINGS_FILE_KEYS) {
        const value = settings[key];
        if (typeof value !== 'string' || value.trim() === '' || existsSync(join(dir, value))) continue;
        out.push({ ruleId: SETTINGS_FILES_EXIST, severity: 'error', message: `settings.json names "${value}" as ${key}, but there is no such file; paconn create and update would fail.`, path: [key], file });
    }
    return out;
}
