/**
 * Field-by-field comparison of two schemas (left vs right), shared by the upstream drift check
 * (left = our swagger, right = eMabler's OpenAPI) and the breaking-change check (left = old release,
 * right = current). It reports raw differences only; callers decide what they mean and how severe.
 */
import { isDeepStrictEqual } from 'node:util';
import type { JsonPathSegments } from '../core/pointer.ts';
import { attributeKey, viewSchema, type NodeAt, type SchemaSide, type SchemaView } from './schema-view.ts';

export type FieldAttribute =
    | 'type'
    | 'format'
    | 'nullable'
    | 'enum'
    | 'minimum'
    | 'maximum'
    | 'required'
    | 'items'
    | 'additionalProperties'
    | 'visibility'
    | 'default';

/** What a contract comparison looks at: type and shape, nullability, enum, bounds, required flags, items, map values. */
export const CONTRACT_ATTRIBUTES: readonly FieldAttribute[] = ['type', 'format', 'nullable', 'enum', 'minimum', 'maximum', 'required', 'items', 'additionalProperties'];

export type FieldStep = { kind: 'property'; name: string } | { kind: 'items' } | { kind: 'values' };

export interface SchemaDifference {
    /** only-left: the field exists on the left only; only-right: on the right only; changed: an attribute differs. */
    kind: 'only-left' | 'only-right' | 'changed';
    /** Steps from the compared root to the field. */
    field: FieldStep[];
    attribute?: FieldAttribute;
    left?: unknown;
    right?: unknown;
    /** Where the field is on the left (its parent's properties when it exists on the right only). */
    leftPath: JsonPathSegments;
    /** Where the field is on the right (its parent's properties when it exists on the left only). */
    rightPath: JsonPathSegments;
    /** For only-left / only-right: whether that side requires it (a field: its parent schema lists it as required). */
    required?: boolean;
}

export interface DiffOptions {
    attributes: readonly FieldAttribute[];
}

/** `items[]/vehicleId`, `extensions{}`, `page`; the root is ''. */
export function formatField(field: readonly FieldStep[]): string {
    let out = '';
    for (const step of field) {
        if (step.kind === 'property') out += (out === '' ? '' : '/') + step.name;
        else out += step.kind === 'items' ? '[]' : '{}';
    }
    return out;
}

const enumKey = (e: unknown[] | undefined): string | undefined => (e === undefined ? undefined : JSON.stringify(e.map((v) => JSON.stringify(v)).sort()));
const mapKind = (v: SchemaView): string => (v.additionalProperties.kind === 'none' ? 'none' : v.additionalProperties.kind);

interface Walk {
    left: SchemaSide;
    right: SchemaSide;
    options: DiffOptions;
    out: SchemaDifference[];
    /** Pairs of resolved schema locations currently being compared (cycle protection). */
    stack: Set<string>;
}

function pathOf(side: SchemaSide, view: SchemaView, attribute: FieldAttribute): JsonPathSegments {
    const node = view.at.node as Record<string, unknown> | null;
    if (attribute === 'required' || attribute === 'items') return view.at.path;
    const key = attributeKey(attribute, side.dialect);
    return node !== null && typeof node === 'object' && key in node ? [...view.at.path, key] : view.at.path;
}

function compareNodes(w: Walk, l: NodeAt, r: NodeAt, field: FieldStep[]): void {
    const lv = viewSchema(w.left, l);
    const rv = viewSchema(w.right, r);
    const key = JSON.stringify([lv.at.path, rv.at.path]);
    if (w.stack.has(key)) return;
    w.stack.add(key);
    const has = (a: FieldAttribute): boolean => w.options.attributes.includes(a);
    const changed = (attribute: FieldAttribute, left: unknown, right: unknown): void => {
        w.out.push({
            kind: 'changed',
            field,
            attribute,
            left,
            right,
            leftPath: pathOf(w.left, lv, attribute),
            rightPath: pathOf(w.right, rv, attribute),
        });
    };
    if (has('type') && lv.type !== rv.type) {
        changed('type', lv.type, rv.type);
        w.stack.delete(key);
        return; // nothing below a type change is comparable
    }
    if (has('format') && lv.format !== rv.format) changed('format', lv.format, rv.format);
    if (has('nullable') && lv.nullable !== rv.nullable) changed('nullable', lv.nullable, rv.nullable);
    if (has('enum') && enumKey(lv.enum) !== enumKey(rv.enum)) changed('enum', lv.enum, rv.enum);
    if (has('minimum') && lv.minimum !== rv.minimum) changed('minimum', lv.minimum, rv.minimum);
    if (has('maximum') && lv.maximum !== rv.maximum) changed('maximum', lv.maximum, rv.maximum);
    if (has('visibility') && lv.visibility !== rv.visibility) changed('visibility', lv.visibility, rv.visibility);
    if (has('default') && !isDeepStrictEqual(lv.default, rv.default)) changed('default', lv.default, rv.default);

    for (const [name, lChild] of lv.properties) {
        const rChild = rv.properties.get(name);
        const childField: FieldStep[] = [...field, { kind: 'property', name }];
        if (!rChild) {
            w.out.push({
                kind: 'only-left',
                field: childField,
                required: lv.required.has(name),
                leftPath: lChild.path,
                rightPath: rv.propertiesPath,
            });
            continue;
        }
        const lReq = lv.required.has(name);
        const rReq = rv.required.has(name);
        if (has('required') && lReq !== rReq) {
            w.out.push({ kind: 'changed', field: childField, attribute: 'required', left: lReq, right: rReq, leftPath: lChild.path, rightPath: rChild.path });
        }
        compareNodes(w, lChild, rChild, childField);
    }
    for (const [name, rChild] of rv.properties) {
        if (lv.properties.has(name)) continue;
        w.out.push({
            kind: 'only-right',
            field: [...field, { kind: 'property', name }],
            required: rv.required.has(name),
            leftPath: lv.propertiesPath,
            rightPath: rChild.path,
        });
    }
    if (lv.items && rv.items) compareNodes(w, lv.items, rv.items, [...field, { kind: 'items' }]);
    else if (has('items') && (lv.items === undefined) !== (rv.items === undefined)) changed('items', lv.items !== undefined, rv.items !== undefined);
    const la = lv.additionalProperties;
    const ra = rv.additionalProperties;
    if (la.kind === 'schema' && ra.kind === 'schema') compareNodes(w, la.at, ra.at, [...field, { kind: 'values' }]);
    else if (has('additionalProperties') && la.kind !== ra.kind) changed('additionalProperties', mapKind(lv), mapKind(rv));
    w.stack.delete(key);
}

export function diffSchemas(left: SchemaSide, leftRoot: NodeAt, right: SchemaSide, rightRoot: NodeAt, options: DiffOptions): SchemaDifference[] {
    const w: Walk = { left, right, options, out: [], stack: new Set() };
    compareNodes(w, leftRoot, rightRoot, []);
    return w.out;
}

