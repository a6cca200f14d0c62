/** JSON values against a Swagger type and format: shared by default-, enum- and example-matches-type. */
import { INT32_MAX, INT32_MIN, isObject, jsonTypeOf } from '../core/json.ts';

const SIMPLE: ReadonlySet<string> = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object']);

/**
 * Why `value` does not fit `type`/`format`, or undefined when it fits. Unknown or missing types fit
 * anything; null fits a schema with `x-nullable: true`; an integer fits "number"; int32 has its range.
 */
export function mismatch(value: unknown, schema: { type?: unknown; format?: unknown; 'x-nullable'?: unknown }): string | undefined {
    const { type, format } = schema;
    if (typeof type !== 'string' || !SIMPLE.has(type)) return undefined;
    if (value === null && schema['x-nullable'] === true) return undefined;
    const actual = jsonTypeOf(value);
    const fits = actual === type || (type === 'number' && actual === 'integer') || (type === 'object' && isObject(value));
    if (!fits) return `is of type ${actual}, but the type is ${type}`;
    if (type === 'integer' && format === 'int32' && typeof value === 'number' && (value < INT32_MIN || value > INT32_MAX)) return 'does not fit int32';
    return undefined;
}
