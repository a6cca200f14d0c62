/**
 * Checks on a connector file's name, bytes and raw text rather than its parsed value: the letter case
 * of the file name, the encoding (byte order mark, invalid UTF-8), keys repeated in one object
 * (JSON.parse silently keeps the last one; jsonc-parser's visitor sees every key), and the files
 * settings.json names.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as jsonc from 'jsonc-parser';
import type { Diagnostic } from '../core/diagnostic.ts';
import { lineColumn } from '../core/json-file.ts';
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

/** Keys that occur twice in one object: JSON.parse and Microsoft's service keep only the last value. */
export function duplicateKeys(text: string, file: string): Diagnostic[] {
    const out: Diagnostic[] = [];
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
    const begin = (kind: Frame['kind']) => {
        const pushed = enter();
        frames.push({ kind, keys: new Set(), index: 0, pushed });
    };
    const end = () => {
        if (frames.pop()?.pushed) path.pop();
        pendingKey = undefined;
    };
    jsonc.visit(text, {
        onObjectBegin: () => begin('object'),
        onArrayBegin: () => begin('array'),
        onObjectEnd: end,
        onArrayEnd: end,
        onObjectProperty: (key, offset) => {
            const top = frames[frames.length - 1];
            if (!top) return;
            if (top.keys.has(key)) {
                const { line } = lineColumn(text, offset);
                out.push({ ruleId: DUPLICATE_KEY, severity: 'warn', message: `Key "${key}" appears twice in this object (again at line ${line}); JSON.parse and Microsoft's service keep only the last value.`, path: [...path, key], file });
            }
            top.keys.add(key);
            pendingKey = key;
        },
        onLiteralValue: () => {
            const top = frames[frames.length - 1];
            if (top?.kind === 'array') top.index++;
            pendingKey = undefined;
        },
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
