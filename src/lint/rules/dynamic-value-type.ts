import { asString, type JsonObject } from '../../core/json.ts';
import { derefObject, schemaAtPath } from '../../swagger/reader.ts';
import { collectionOf, PATH_KEYS, targetOf, typeLabel } from '../dynamic.ts';
import type { Rule } from '../rule.ts';

/** Whether a value of type `from` fits an input of type `to` without loss (G2 spec §5). */
function fits(from: { type?: unknown; format?: unknown }, to: { type?: unknown; format?: unknown }): boolean {
    if (typeof to.type !== 'string' || typeof from.type !== 'string') return true; // untyped: nothing to compare
    if (from.type === 'object' || from.type === 'array') return false;
    if (to.type === 'string') return true; // numbers and booleans are written as text
    if (from.type === 'string') return false;
    if (from.type !== to.type) return from.type === 'integer' && to.type === 'number';
    return !(from.format === 'int64' && to.format === 'int32');
}

export const dynamicValueType: Rule = {
    id: 'dynamic-value-type',
    defaultSeverity: 'warn',
    description: 'The value a picker inserts (its value path in the called operation\'s response) fits the type of the input it fills (for an array input, its items).',
    mirrors: 'none',
    severityReason: 'Our own check, no validator code: numbers written into text inputs work (129 certified cases, not reported), and the lossy cases (int64 into int32, text or fractions into an integer) fail only for some values; 9 of 619 certified connectors have one (1 changed in 2024).',
    source: 'G2 spec §5 and §3.5 (integer value in a string item)',
    check({ swagger, walks, report }) {
        for (const e of walks.dynamicExtensions()) {
            const target = targetOf(walks, e);
            const coll = target ? collectionOf(swagger, target, e)?.schema : undefined;
            if (!target || !coll?.found) continue; // dynamic-operation-exists, dynamic-paths-exist
            const keys = PATH_KEYS[e.ext];
            const valuePath = asString(e.def[keys.value]);
            const value = schemaAtPath(swagger, coll.schema['items'], valuePath ?? '');
            if (!value.found) continue;
            const holder: JsonObject = (e.holder['type'] === 'array' ? derefObject(swagger, e.holder['items']) : undefined) ?? e.holder;
            if (fits(value.schema, holder)) continue;
            report({
                path: valuePath === undefined ? e.at : [...e.at, keys.value],
                message: `${e.label}: ${keys.value} "${valuePath ?? ''}" of ${target.label} is ${typeLabel(value.schema)}; the ${typeLabel(holder)} input may not accept every value.`,
            });
        }
    },
};
