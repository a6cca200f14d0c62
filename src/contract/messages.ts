/**
 * AJV findings → Diagnostics (ruleId `contract`). Messages name what was expected in Swagger terms
 * ("integer (int32)", "string (date-time)") and the JSON type that was found, never the value itself:
 * payloads can hold personal data (driver names, RFID tags) that must not end up in logs.
 */
import type { SchemaFormat } from '../swagger/types.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import { jsonTypeOf } from '../core/json.ts';
import { segmentsIn } from '../core/pointer.ts';
import type { SchemaError } from './ajv.ts';
import { FORMAT_RULES } from './formats.ts';
import type { JsonSchema, JsonType } from './to-json-schema.ts';

import { CONTRACT_RULES } from './rules.ts';

const CONTRACT_RULE_ID = CONTRACT_RULES.contract.id;

const NOT_NULLABLE = 'the schema does not set x-nullable: true';

const typesOf = (s: JsonSchema): JsonType[] => (s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type]);

/** "integer (int32)", "string (date-time) or null", "array", … */
export function describeExpected(s: JsonSchema): string {
    const types = typesOf(s);
    const named = types.filter((t) => t !== 'null').map((t) => (s.format ? `${t} (${s.format})` : t));
    const base = named.length > 0 ? named.join(' or ') : 'any value';
    return types.includes('null') ? `${base} or null` : base;
}

const describeNonNull = (s: JsonSchema): string =>
    describeExpected({ ...s, type: typesOf(s).filter((t) => t !== 'null') });

function messageFor(e: SchemaError): { extra?: string; message: string } {
    const s = e.parentSchema;
    switch (e.keyword) {
        case 'type':
            return e.data === null
                ? { message: `must be ${describeExpected(s)}, not null (${NOT_NULLABLE})` }
                : { message: `must be ${describeExpected(s)}, got ${jsonTypeOf(e.data)}` };
        case 'format': {
            const format = String(e.params['format']);
            const rule = (FORMAT_RULES as Record<string, string | undefined>)[format as SchemaFormat];
            return { message: `must be ${describeNonNull(s)}${rule ? `: ${rule}` : ''}` };
        }
        case 'required':
            return { extra: String(e.params['missingProperty']), message: 'is required but missing' };
        case 'additionalProperties':
            return {
                extra: String(e.params['additionalProperty']),
                message: 'is not a declared property, and this schema accepts no others',
            };
        case 'enum':
            return { message: `must be one of ${(s.enum ?? []).map((v) => JSON.stringify(v)).join(', ')}` };
        case 'not':
            return { message: `must not be null (${NOT_NULLABLE})` };
        default:
            return { message: e.message };
    }
}

/**
 * One Diagnostic per AJV finding, in AJV's (deterministic, schema-walk) order. A `format` finding on a
 * value that already failed `type` (1.5 for an int32) is dropped: the type message says it all.
 */
export function toDiagnostics(errors: readonly SchemaError[], checked: unknown): Diagnostic[] {
    const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
    const kept = errors.filter((e) => !(e.keyword === 'format' && wrongType.has(e.instancePath)));
    return kept.map((e) => {
        const { extra, message } = messageFor(e);
        const path = segmentsIn(e.instancePath, checked);
        return {
            ruleId: CONTRACT_RULE_ID,
            severity: 'error',
            message,
            path: extra === undefined ? path : [...path, extra],
        };
    });
}
