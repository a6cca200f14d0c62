/**
 * Finds an input's picker the way the designer does (G2 spec §6, steps 1-2): the input is a non-body
 * parameter of that name, else a property of the body schema (`a/b` for a nested one); an array's
 * picker sits on its items or on the array itself. Of the two extensions, x-ms-dynamic-list wins (as
 * in Power Fx); x-ms-dynamic-values is the fallback. Both are read into one neutral shape.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import { ToolError } from '../core/errors.ts';
import { asString, entries, isObject, type JsonObject } from '../core/json.ts';
import type { JsonPathSegments } from '../core/pointer.ts';
import { finding } from '../core/rules.ts';
import { SWAGGER_FILE } from '../core/files.ts';
import { dynamicParameterDisagreements } from '../lint/dynamic.ts';
import { bodyParameter, tryResolveRef, type TypedOperationAt } from '../swagger/reader.ts';
import type { SwaggerDocument } from '../swagger/types.ts';
import { HARNESS_RULES } from './rules.ts';

export type PickerExtension = 'x-ms-dynamic-list' | 'x-ms-dynamic-values';
const EXTENSIONS: readonly PickerExtension[] = ['x-ms-dynamic-list', 'x-ms-dynamic-values'];

/** One parameter the picker passes to its source operation: a fixed value or a reference to another input. */
export type PickerArgument = { name: string; value: unknown } | { name: string; reference: string };

/** A picker, whichever extension it came from. */
export interface Picker {
    extension: PickerExtension;
    /** Where the extension object is in the swagger. */
    at: JsonPathSegments;
    operationId: string;
    arguments: PickerArgument[];
    /** '/'-separated paths; '' = the response itself. */
    collection: string;
    valuePath: string;
    titlePath: string;
    /** Type and format of what the picked value fills (an array's items). */
    target: { type: string | undefined; format: string | undefined };
}

export interface FoundPicker {
    picker: Picker;
    /** A warning when both extensions are present and disagree. */
    diagnostics: Diagnostic[];
}

/** A place a picker can sit: the node, where it is, and the type of the value it fills. */
interface Holder {
    node: JsonObject;
    at: JsonPathSegments;
    target: JsonObject;
}

function holdersOf(doc: SwaggerDocument, node: JsonObject, at: JsonPathSegments): Holder[] {
    const out: Holder[] = [];
    if (node['type'] === 'array' && isObject(node['items'])) {
        const items = tryResolveRef(doc, node['items'], [...at, 'items']);
        if (items && isObject(items.node)) out.push({ node: items.node, at: items.path, target: items.node });
        out.push({ node, at, target: items && isObject(items.node) ? items.node : node });
    } else {
        out.push({ node, at, target: node });
    }
    return out;
}

const hasPicker = (h: Holder): boolean => EXTENSIONS.some((e) => isObject(h.node[e]));

/** Every input of the operation by name (`a/b` for nested body properties), with its holders. */
function inputsOf(doc: SwaggerDocument, op: TypedOperationAt): Map<string, Holder[]> {
    const out = new Map<string, Holder[]>();
    op.operation.parameters.forEach((p, i) => {
        if (p.in !== 'body') out.set(p.name, holdersOf(doc, p as unknown as JsonObject, [...op.at, 'parameters', i]));
    });
    const body = bodyParameter(op.operation);
    if (!body) return out;
    const seen = new Set<string>();
    const visit = (schema: unknown, at: JsonPathSegments, prefix: string) => {
        const r = tryResolveRef(doc, schema, at);
        if (!r || !isObject(r.node)) return;
        const key = JSON.stringify(r.path);
        if (seen.has(key)) return;
        seen.add(key);
        for (const [name, prop] of entries(r.node['properties'])) {
            const propAt = [...r.path, 'properties', name];
            const resolved = tryResolveRef(doc, prop, propAt);
            if (!resolved || !isObject(resolved.node)) continue;
            const field = prefix + name;
            if (!out.has(field)) out.set(field, holdersOf(doc, resolved.node, resolved.path));
            if (resolved.node['type'] === 'object' || isObject(resolved.node['properties'])) visit(resolved.node, resolved.path, `${field}/`);
        }
    };
    visit(body.param.schema, [...op.at, 'parameters', body.index, 'schema'], '');
    return out;
}

function readList(ext: JsonObject, at: JsonPathSegments): Omit<Picker, 'target'> {
    const args = entries(ext['parameters']).map(([name, v]): PickerArgument => {
        if (isObject(v) && typeof v['parameterReference'] === 'string') return { name, reference: v['parameterReference'] };
        return { name, value: isObject(v) && 'value' in v ? v['value'] : v };
    });
    return {
        extension: 'x-ms-dynamic-list', at, operationId: asString(ext['operationId']) ?? '', arguments: args,
        collection: asString(ext['itemsPath']) ?? '', valuePath: asString(ext['itemValuePath']) ?? '', titlePath: asString(ext['itemTitlePath']) ?? '',
    };
}

function readValues(ext: JsonObject, at: JsonPathSegments): Omit<Picker, 'target'> {
    const args = entries(ext['parameters']).map(([name, v]): PickerArgument =>
        isObject(v) && typeof v['parameter'] === 'string' ? { name, reference: v['parameter'] } : { name, value: v },
    );
    return {
        extension: 'x-ms-dynamic-values', at, operationId: asString(ext['operationId']) ?? '', arguments: args,
        collection: asString(ext['value-collection']) ?? '', valuePath: asString(ext['value-path']) ?? '', titlePath: asString(ext['value-title']) ?? '',
    };
}

/**
 * What the two forms say, compared key by key (the list form's `{value}` ↔ the values form's literal); the
 * parameters as dynamic-list-consistent compares them (a body path "body/x" or "x.y" ↔ "x/y").
 */
function disagreements(list: Omit<Picker, 'target'>, values: Omit<Picker, 'target'>, listExt: JsonObject, valuesExt: JsonObject): string[] {
    const out: string[] = [];
    const pairs: [string, unknown, unknown][] = [
        ['operationId', list.operationId, values.operationId],
        ['itemsPath / value-collection', list.collection, values.collection],
        ['itemValuePath / value-path', list.valuePath, values.valuePath],
        ['itemTitlePath / value-title', list.titlePath, values.titlePath],
    ];
    for (const [key, a, b] of pairs) if (a !== b) out.push(`${key} "${String(a)}" vs "${String(b)}"`);
    const parametersOf = (ext: JsonObject): JsonObject => (isObject(ext['parameters']) ? ext['parameters'] : {});
    if (dynamicParameterDisagreements(parametersOf(valuesExt), parametersOf(listExt)).length > 0) out.push('parameters differ');
    return out;
}

/** The picker of `field` in `op`; a ToolError when there is no such input or it has no picker. */
export function findPicker(doc: SwaggerDocument, op: TypedOperationAt, field: string): FoundPicker {
    const inputs = inputsOf(doc, op);
    const withPicker = [...inputs.entries()].filter(([, hs]) => hs.some(hasPicker)).map(([name]) => name);
    const listed = `inputs with a picker: ${withPicker.join(', ') || 'none'}`;
    const holders = inputs.get(field);
    if (!holders) throw new ToolError(undefined, undefined, `${op.operationId} has no input "${field}" (${listed})`);
    const holder = holders.find(hasPicker);
    if (!holder) throw new ToolError(undefined, undefined, `input "${field}" of ${op.operationId} has no picker (x-ms-dynamic-list or x-ms-dynamic-values); ${listed}`);
    const target = { type: asString(holder.target['type']), format: asString(holder.target['format']) };
    const listExt = isObject(holder.node['x-ms-dynamic-list']) ? holder.node['x-ms-dynamic-list'] : undefined;
    const valuesExt = isObject(holder.node['x-ms-dynamic-values']) ? holder.node['x-ms-dynamic-values'] : undefined;
    const list = listExt ? readList(listExt, [...holder.at, 'x-ms-dynamic-list']) : undefined;
    const values = valuesExt ? readValues(valuesExt, [...holder.at, 'x-ms-dynamic-values']) : undefined;
    const chosen = (list ?? values)!;
    if (chosen.operationId === '') throw new ToolError(SWAGGER_FILE, [...chosen.at, 'operationId'], `${chosen.extension} of ${op.operationId} input "${field}" names no operationId.`);
    const diagnostics: Diagnostic[] = [];
    if (list && values && listExt && valuesExt) {
        const diff = disagreements(list, values, listExt, valuesExt);
        if (diff.length > 0) {
            diagnostics.push(finding(HARNESS_RULES.dynamicValuesDisagree, `${op.operationId} input "${field}": x-ms-dynamic-list and x-ms-dynamic-values disagree (${diff.join('; ')}); using x-ms-dynamic-list, as Power Fx does.`, list.at));
        }
    }
    return { picker: { ...chosen, target }, diagnostics };
}
