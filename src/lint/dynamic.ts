/**
 * Shared by the dynamic-* rules (G2 §5): the operation an x-ms-dynamic-values / x-ms-dynamic-list
 * calls, the inputs that operation takes, and the keys each form uses. The extensions themselves come
 * from the swagger reader (dynamicExtensions).
 */
import { asString, isObject, type JsonObject } from '../core/json.ts';
import { parameters, schemaAtPath, successSchema, type DynamicExtensionAt, type DynamicExtensionName, type OperationAt, type ParameterAt, type SchemaAtPath } from '../swagger/reader.ts';
import type { DocumentWalks } from './rule.ts';

/** The keys of each form: the collection, value and title paths. */
export const PATH_KEYS: Readonly<Record<DynamicExtensionName, { collection: string; value: string; title: string }>> = {
    'x-ms-dynamic-values': { collection: 'value-collection', value: 'value-path', title: 'value-title' },
    'x-ms-dynamic-list': { collection: 'itemsPath', value: 'itemValuePath', title: 'itemTitlePath' },
};

/** The operation an extension calls, when it exists. */
export const targetOf = (walks: DocumentWalks, e: DynamicExtensionAt): OperationAt | undefined => {
    const id = asString(e.def['operationId']);
    return id === undefined ? undefined : walks.operation(id);
};

/** What an operation takes: its non-body parameters by name and its body parameter. */
export interface Inputs {
    byName: Map<string, ParameterAt>;
    body: ParameterAt | undefined;
}

export function inputsOf(doc: JsonObject, op: OperationAt): Inputs {
    const all = parameters(doc, op);
    return { byName: new Map(all.filter((p) => p.in !== 'body').map((p) => [p.name, p])), body: all.find((p) => p.in === 'body') };
}

/** The success response of the operation an extension calls and what the extension's collection path names in it; undefined when no success response has a schema. */
export function collectionOf(doc: JsonObject, target: OperationAt, e: DynamicExtensionAt): { status: string; path: string | undefined; schema: SchemaAtPath } | undefined {
    const success = successSchema(doc, target);
    if (!success) return undefined;
    const path = asString(e.def[PATH_KEYS[e.ext].collection]);
    return { status: success.status, path, schema: schemaAtPath(doc, success.schema.node, path ?? '') };
}

/** Whether a path key of an extension resolves in the called operation's success response (dynamic-paths-exist reports it when not). */
export function pathResolves(doc: JsonObject, walks: DocumentWalks, e: DynamicExtensionAt, kind: 'collection' | 'value' | 'title'): boolean {
    const target = targetOf(walks, e);
    const coll = target ? collectionOf(doc, target, e)?.schema : undefined;
    if (!coll?.found || coll.schema['type'] !== 'array') return false;
    if (kind === 'collection') return true;
    const path = asString(e.def[PATH_KEYS[e.ext][kind]]);
    return path === undefined || schemaAtPath(doc, coll.schema['items'], path).found;
}

/** The schema a body property path names in an operation's body, or undefined. */
export function bodyProperty(doc: JsonObject, inputs: Inputs, path: string): JsonObject | undefined {
    if (!inputs.body || path === '') return undefined;
    const r = schemaAtPath(doc, inputs.body.node['schema'], path);
    return r.found ? r.schema : undefined;
}

/** The body property path a key names: a bare path, or (list form) `<body parameter name>/<path>` or `body/<path>` without its prefix. */
export function bodyPathOf(inputs: Inputs, key: string, ext: DynamicExtensionName): string {
    const slash = key.indexOf('/');
    const prefixed = ext === 'x-ms-dynamic-list' && slash > 0 && inputs.body !== undefined && (key.slice(0, slash) === inputs.body.name || key.slice(0, slash) === 'body');
    return prefixed ? key.slice(slash + 1) : key;
}

/** The input a `parameters` key addresses in the called operation: a non-body parameter by name, else a body property (bodyPathOf). */
export function inputFor(doc: JsonObject, inputs: Inputs, key: string, ext: DynamicExtensionName): { name: string; schema: JsonObject } | undefined {
    const param = inputs.byName.get(key.split('/')[0]!);
    if (param && !key.includes('/')) return { name: param.name, schema: param.node };
    const schema = bodyProperty(doc, inputs, bodyPathOf(inputs, key, ext));
    return schema ? { name: key, schema } : undefined;
}

/** The names a message lists for an operation: its parameters, then its top-level body properties. */
export function inputNames(doc: JsonObject, inputs: Inputs): string[] {
    const body = inputs.body ? schemaAtPath(doc, inputs.body.node['schema'], '') : undefined;
    const props = body?.found && isObject(body.schema['properties']) ? Object.keys(body.schema['properties']) : [];
    return [...inputs.byName.keys(), ...props];
}

/** At most `n` names, then "…". */
export const firstNames = (names: readonly string[], n = 8): string => (names.length === 0 ? 'none' : names.slice(0, n).join(', ') + (names.length > n ? ', …' : ''));

/** `integer/int64`, `string`: a type as messages show it. */
export const typeLabel = (s: { type?: unknown; format?: unknown }): string => `${typeof s.type === 'string' ? s.type : 'any'}${typeof s.format === 'string' ? `/${s.format}` : ''}`;

/** The list form's parameter key for a values-form key `k`: the same name, or a body path ending in it ("body/k"). */
const listKeyFor = (listParameters: JsonObject, k: string): string | undefined => Object.keys(listParameters).find((x) => x === k || x.endsWith(`/${k}`));

/** Whether a values-form parameter and a list-form parameter say the same (a reference to the same input, or the same literal). */
function sameDynamicParameter(values: unknown, list: unknown): boolean {
    if (!isObject(list)) return false;
    if (isObject(values) && typeof values['parameter'] === 'string') {
        // The values form may separate a body property path with "." ("client.id" ↔ "body/client/id").
        const p = values['parameter'].includes('/') ? values['parameter'] : values['parameter'].replaceAll('.', '/');
        const ref = asString(list['parameterReference']);
        return ref !== undefined && (ref === p || ref.endsWith(`/${p}`));
    }
    return 'value' in list && JSON.stringify(list['value']) === JSON.stringify(values);
}

/**
 * The keys on which the two forms' `parameters` disagree, as [list key or values key, values key or undefined]
 * pairs: a values-form key without an agreeing list-form parameter, then a list-form key no values-form key
 * names. dynamic-list-consistent reports each; the harness (try --values) only asks whether there is any.
 */
export function dynamicParameterDisagreements(valuesParameters: JsonObject, listParameters: JsonObject): { listKey: string | undefined; valuesKey: string | undefined }[] {
    const out: { listKey: string | undefined; valuesKey: string | undefined }[] = [];
    for (const [k, value] of Object.entries(valuesParameters)) {
        const lk = listKeyFor(listParameters, k);
        if (lk === undefined || !sameDynamicParameter(value, listParameters[lk])) out.push({ listKey: lk, valuesKey: k });
    }
    for (const lk of Object.keys(listParameters)) {
        if (!Object.keys(valuesParameters).some((k) => lk === k || lk.endsWith(`/${k}`))) out.push({ listKey: lk, valuesKey: undefined });
    }
    return out;
}
