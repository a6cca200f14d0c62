/**
 * The one serializer for generated JSON: 4-space indent, trailing newline, LF line ends, and pure ASCII.
 *
 * Every character above U+007F is written as a `\uXXXX` escape (astral characters as their UTF-16
 * surrogate pair, which is how JSON spells them, RFC 8259 §7), so the bytes are the same in every code
 * page. paconn opens the swagger and apiProperties.json with the platform's default encoding in its
 * create/update path (microsoft/PowerPlatformConnectors tools/paconn-cli/paconn/operations/upsert.py:
 * `with open(settings.api_definition, 'r')`, line 109, and line 82 for apiProperties.json): on Windows
 * that is cp1252, which fails on UTF-8 text such as the Greek name in our examples. Escaped JSON parses to
 * the same value, so the connector and the example payloads are unchanged.
 */
const escapeNonAscii = (text: string): string =>
    text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export const toJsonText = (value: unknown): string => escapeNonAscii(JSON.stringify(value, null, 4)) + '\n';
