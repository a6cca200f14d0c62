/**
 * The formats a contract check understands: every value of Microsoft's closed `format` enum
 * (src/swagger/types.ts `SchemaFormat`), with the rule used for it and the words used in messages.
 *
 * Numeric ranges:
 * - int32: −2147483648 … 2147483647.
 * - int64: the JavaScript safe-integer range ±9007199254740991. A JSON number outside it cannot be
 *   checked exactly once parsed (9223372036854775807 and 9223372036854775808 parse to the same
 *   double), and it would lose digits in every JavaScript consumer (the sandbox, the harness, Power
 *   Fx numbers). eMabler ids are around 10^8, far inside the range.
 * - float: |x| ≤ 3.4028234663852886e38 (largest finite IEEE 754 single).
 * - double: every JSON number (JSON has no NaN or Infinity).
 */
import { INT32_MAX, INT32_MIN } from '../core/json.ts';
import type { SchemaFormat } from '../swagger/types.ts';

export const INT64_SAFE_MIN = Number.MIN_SAFE_INTEGER;
export const INT64_SAFE_MAX = Number.MAX_SAFE_INTEGER;
export const FLOAT_MAX = 3.4028234663852886e38;

/** RFC 3339 date and time without an offset (Power Platform `date-no-tz`: full-date "T" partial-time). */
const DATE_NO_TZ = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?$/;

/** Formats this project defines itself (the rest come from ajv-formats, see FROM_AJV_FORMATS). */
export interface OwnNumberFormat {
    type: 'number';
    validate: (n: number) => boolean;
}
export interface OwnStringFormat {
    type: 'string';
    validate: (s: string) => boolean;
}
export type OwnFormat = OwnNumberFormat | OwnStringFormat;

export const OWN_FORMATS: Readonly<Record<string, OwnFormat>> = {
    int32: { type: 'number', validate: (n) => Number.isInteger(n) && n >= INT32_MIN && n <= INT32_MAX },
    int64: { type: 'number', validate: (n) => Number.isInteger(n) && n >= INT64_SAFE_MIN && n <= INT64_SAFE_MAX },
    float: { type: 'number', validate: (n) => Math.abs(n) <= FLOAT_MAX },
    double: { type: 'number', validate: (n) => Number.isFinite(n) },
    'date-no-tz': { type: 'string', validate: (s) => DATE_NO_TZ.test(s) },
    // Tells clients to show an HTML editor; any string is valid.
    html: { type: 'string', validate: () => true },
};

/** Formats taken from ajv-formats' full (RFC-checking) set. */
export const FROM_AJV_FORMATS = ['date', 'date-time', 'byte', 'binary', 'password', 'email', 'uri', 'uuid'] as const;

/** Compile-time proof that every Microsoft format is covered exactly once. */
type Covered = (typeof FROM_AJV_FORMATS)[number] | 'int32' | 'int64' | 'float' | 'double' | 'date-no-tz' | 'html';
const _everyFormatCovered: [SchemaFormat] extends [Covered] ? ([Covered] extends [SchemaFormat] ? true : never) : never = true;
void _everyFormatCovered;

export const KNOWN_FORMATS: ReadonlySet<string> = new Set([...FROM_AJV_FORMATS, ...Object.keys(OWN_FORMATS)]);

/** What a value of this format must be, for a failed `format` check ("must be …"). */
export const FORMAT_RULES: Readonly<Record<SchemaFormat, string>> = {
    int32: `a whole number between ${INT32_MIN} and ${INT32_MAX}`,
    int64: `a whole number between ${INT64_SAFE_MIN} and ${INT64_SAFE_MAX} (the JavaScript safe range)`,
    float: `a number between -${FLOAT_MAX} and ${FLOAT_MAX}`,
    double: 'a finite number',
    date: 'an RFC 3339 full-date, e.g. 2026-10-01',
    'date-time': 'an RFC 3339 date-time with a time zone, e.g. 2026-10-01T06:12:44Z',
    'date-no-tz': 'a date-time without a time zone, e.g. 2026-10-01T06:12:44',
    byte: 'base64 text',
    binary: 'a string',
    password: 'a string',
    html: 'a string',
    email: 'an e-mail address',
    uri: 'an absolute URI',
    uuid: 'a UUID, e.g. 123e4567-e89b-12d3-a456-426614174000',
};
