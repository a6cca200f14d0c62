/**
 * `try <OperationId> --values <field>`: resolves an input's picker the way the designer fills its
 * dropdown (G2 spec §6): call the picker's source operation through the same harness (connection,
 * policies, response check) with the picker's fixed parameters and the referenced inputs, take the
 * collection, and per item its value and title. Items without a value are left out, as LogicAppsUX and
 * Power Fx do. Each value is converted to the type of the input it fills (an integer id into a string
 * item becomes "5120"), which is how the designer is expected to write it (spec §3.5, unconfirmed).
 */
import { hasErrors, type Diagnostic } from '../core/diagnostic.ts';
import { ToolError } from '../core/errors.ts';
import { SWAGGER_FILE } from '../core/files.ts';
import { isObject } from '../core/json.ts';
import type { JsonPathSegments } from '../core/pointer.ts';
import { finding } from '../core/rules.ts';
import { typedOperations } from '../swagger/reader.ts';
import type { Harness } from './execute.ts';
import { findPicker, type Picker } from './picker.ts';
import { requireOperation } from './request.ts';
import { HARNESS_RULES } from './rules.ts';

export interface PickedValue {
    value: unknown;
    title: string;
}

export interface DynamicValuesResult {
    ok: boolean;
    /** The operation the picker calls. */
    sourceOperationId: string;
    values: PickedValue[];
    diagnostics: Diagnostic[];
    /** One line per kind of conversion made, e.g. "converted 9 integer value(s) to text for a string input". */
    notes: string[];
}

const segmentsOf = (path: string): string[] => path.split('/').filter((s) => s !== '');

/** The value at a '/'-separated path ('' = the value itself), or undefined. */
function readPath(value: unknown, path: string): unknown {
    let cur = value;
    for (const seg of segmentsOf(path)) {
        if (!isObject(cur) || !Object.hasOwn(cur, seg)) return undefined;
        cur = cur[seg];
    }
    return cur;
}

/** A title as the dropdown shows it: text as it is, anything else as JSON. */
const asTitle = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

type Conversion = 'integer' | 'number' | 'boolean' | 'text';

/** The value as the target input takes it, and what kind of value was converted (if any). */
function convert(value: unknown, target: Picker['target']): { value: unknown; from?: Conversion } {
    if (target.type === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
        return { value: String(value), from: typeof value === 'boolean' ? 'boolean' : Number.isInteger(value) ? 'integer' : 'number' };
    }
    const numeric = target.type === 'integer' ? /^-?\d+$/ : target.type === 'number' ? /^-?\d+(\.\d+)?$/ : undefined;
    if (numeric && typeof value === 'string' && numeric.test(value)) return { value: Number(value), from: 'text' };
    return { value };
}

function conversionNotes(counts: Map<Conversion, number>, target: Picker['target']): string[] {
    const article = target.type === 'integer' ? 'an' : 'a';
    return [...counts].map(([from, n]) =>
        from === 'text'
            ? `converted ${n} text value(s) to numbers for ${article} ${target.type} input`
            : `converted ${n} ${from} value(s) to text for ${article} ${target.type} input`,
    );
}

/** Reads `a/b` (a leading `body/` dropped) from the flat --input of the current operation. */
const referenced = (input: Readonly<Record<string, unknown>>, reference: string): unknown => readPath(input, reference.replace(/^body\//, ''));

export async function resolveDynamicValues(harness: Harness, operationId: string, field: string, input: Readonly<Record<string, unknown>>): Promise<DynamicValuesResult> {
    const doc = harness.files.swagger;
    const op = requireOperation(doc, operationId);
    const { picker, diagnostics: found } = findPicker(doc, op, field);
    const label = `${operationId} input "${field}"`;
    const source = picker.operationId;
    if (!typedOperations(doc).some((o) => o.operationId === source)) {
        throw new ToolError(SWAGGER_FILE, [...picker.at, 'operationId'], `${picker.extension} of ${label} names operation "${source}", which is not in the swagger.`);
    }
    const sourceInput: Record<string, unknown> = {};
    for (const arg of picker.arguments) {
        if ('value' in arg) {
            sourceInput[arg.name] = arg.value;
            continue;
        }
        const v = referenced(input, arg.reference);
        if (v === undefined) throw new ToolError(undefined, undefined, `the picker of ${label} needs "${arg.reference}" in --input (it passes it to ${source} as "${arg.name}")`);
        sourceInput[arg.name] = v;
    }

    const result = await harness.execute(source, sourceInput);
    const diagnostics = [...found, ...result.diagnostics];
    const done = (values: PickedValue[], notes: string[] = []): DynamicValuesResult => ({ ok: result.ok && !hasErrors(diagnostics), sourceOperationId: source, values, diagnostics, notes });
    if (!result.ok) return done([]);

    const at: JsonPathSegments = ['response', result.status ?? 0, ...segmentsOf(picker.collection)];
    const collection = readPath(result.outputs, picker.collection);
    const collectionName = picker.collection === '' ? 'the response' : `"${picker.collection}"`;
    if (!Array.isArray(collection)) {
        diagnostics.push(finding(HARNESS_RULES.dynamicValuesCollection, `${label}: ${collectionName} in the ${source} response is not an array (${picker.extension} ${picker.extension === 'x-ms-dynamic-list' ? 'itemsPath' : 'value-collection'}).`, at));
        return done([]);
    }
    const values: PickedValue[] = [];
    const missing: number[] = [];
    const counts = new Map<Conversion, number>();
    collection.forEach((item, i) => {
        const raw = readPath(item, picker.valuePath);
        if (raw === undefined || raw === null) {
            missing.push(i);
            return;
        }
        const title = picker.titlePath === '' ? raw : readPath(item, picker.titlePath);
        const converted = convert(raw, picker.target);
        if (converted.from) counts.set(converted.from, (counts.get(converted.from) ?? 0) + 1);
        values.push({ value: converted.value, title: asTitle(title ?? raw) });
    });
    if (collection.length > 0 && values.length === 0) {
        diagnostics.push(finding(HARNESS_RULES.dynamicValuesValuePath, `${label}: none of the ${collection.length} item(s) of ${collectionName} in the ${source} response has a value at "${picker.valuePath}".`, at));
        return done([]);
    }
    for (const i of missing) {
        diagnostics.push(finding(HARNESS_RULES.dynamicValueMissing, `${label}: item ${i} of ${collectionName} in the ${source} response has no value at "${picker.valuePath}"; left out.`, [...at, i]));
    }
    return done(values, conversionNotes(counts, picker.target));
}
