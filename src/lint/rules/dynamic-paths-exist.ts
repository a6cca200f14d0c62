import { asString } from '../../core/json.ts';
import type { JsonPathSegments } from '../../core/pointer.ts';
import { schemaAtPath } from '../../swagger/reader.ts';
import { collectionOf, firstNames, PATH_KEYS, targetOf } from '../dynamic.ts';
import type { Rule } from '../rule.ts';

const article = (t: string) => (/^[aeiou]/.test(t) ? 'an' : 'a');

export const dynamicPathsExist: Rule = {
    id: 'dynamic-paths-exist',
    defaultSeverity: 'warn',
    description: "The collection, value and title paths of an x-ms-dynamic-values or x-ms-dynamic-list exist in the called operation's success response: the collection is an array, the value a single value.",
    mirrors: 'InvokedOperationShouldProduceArray, InvokedOperationShouldProduceProperty',
    severityReason: 'Microsoft documents the codes, but 29 of 619 certified connectors (7 changed in 2024, e.g. DocuSign names signatureTypes where the schema has tabTypes) ship such paths, so it does not enforce them: the response schema may simply be wrong. Paths into open objects are not judged.',
    source: 'Learn OpenAPI extensions ("Use dynamic values": path strings); G2 spec §5',
    check({ swagger, walks, report }) {
        for (const e of walks.dynamicExtensions()) {
            const target = targetOf(walks, e);
            if (!target) continue; // dynamic-operation-exists
            const keys = PATH_KEYS[e.ext];
            const called = collectionOf(swagger, target, e);
            if (!called) {
                report({ path: [...e.at, 'operationId'], message: `${e.label}: ${target.label} has no success response with a schema to take values from.` });
                continue;
            }
            const where = `the ${called.status} response of ${target.label}`;
            const { path: collPath, schema: coll } = called;
            const collAt: JsonPathSegments = collPath === undefined ? e.at : [...e.at, keys.collection];
            // Only what the schema says: an open object (no declared properties) or an untyped node may hold anything.
            const notArray = coll.found ? typeof coll.schema['type'] === 'string' && coll.schema['type'] !== 'array' : coll.declared;
            if (notArray) {
                report({ path: collAt, message: collPath === undefined ? `${e.label}: ${keys.collection} is not given, but ${where} is not an array.` : `${e.label}: ${keys.collection} "${collPath}" is not an array in ${where}.` });
                continue;
            }
            if (!coll.found || coll.schema['items'] === undefined) continue;
            const collName = collPath ?? '';
            const items = coll.schema['items'];
            const check = (key: string, mustBeValue: boolean) => {
                const path = asString(e.def[key]);
                if (path === undefined) {
                    const whole = schemaAtPath(swagger, items, '');
                    const type = whole.found ? asString(whole.schema['type']) : undefined;
                    if (mustBeValue && (type === 'object' || type === 'array')) report({ path: e.at, message: `${e.label}: ${key} is not given, so the items of "${collName}" are the values, but they are ${type}s.` });
                    return;
                }
                const r = schemaAtPath(swagger, items, path);
                if (!r.found && !r.declared) return; // an open object: nothing to compare with
                if (!r.found) {
                    report({ path: [...e.at, key], message: `${e.label}: ${key} "${path}" is not a property of the items of "${collName}" in ${where} (properties: ${firstNames(r.properties)}).` });
                    return;
                }
                const type = asString((r.schema)['type']);
                if (mustBeValue && (type === 'object' || type === 'array')) report({ path: [...e.at, key], message: `${e.label}: ${key} "${path}" ends at ${article(type)} ${type}; it must name a single value.` });
            };
            check(keys.value, true);
            check(keys.title, false);
        }
    },
};
