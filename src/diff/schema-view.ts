/**
 * A dialect-neutral view of one schema object: Swagger 2.0 (`x-nullable`) and OpenAPI 3.0/3.1
 * (`nullable`, `type: [..., "null"]`) read the same way. `$ref`s are followed and `allOf` parts are
 * merged (properties and required names), so both sides compare field by field.
 */
import { isObject, type JsonObject } from '../core/json.ts';
import type { JsonPathSegments } from '../core/pointer.ts';
import { resolveRef, type Dialect, type DocSide, type Located, type NodeAt } from '../swagger/reader.ts';

/** A document and its dialect, as the comparer reads it. */
export type SchemaSide = DocSide;
export type { NodeAt };

export type MapValues = { kind: 'none' } | { kind: 'any' } | { kind: 'schema'; at: NodeAt };

export interface SchemaView {
    /** The resolved schema object and where it lives. */
    at: Located;
    type: string | undefined;
    format: string | undefined;
    nullable: boolean;
    enum: unknown[] | undefined;
    minimum: number | undefined;
    maximum: number | undefined;
    visibility: string | undefined;
    /** The `default` value, as written (undefined when absent). */
    default: unknown;
    properties: Map<string, NodeAt>;
    /** Where new properties would go: the `properties` object when there is one, else the schema. */
    propertiesPath: JsonPathSegments;
    required: Set<string>;
    items: NodeAt | undefined;
    additionalProperties: MapValues;
}

/** The key that carries an attribute in the given dialect (for pointers into the document). */
export const attributeKey = (attribute: string, dialect: Dialect): string =>
    attribute === 'nullable' ? (dialect === 'swagger2' ? 'x-nullable' : 'nullable') : attribute === 'visibility' ? 'x-ms-visibility' : attribute;

function readType(node: JsonObject): { type: string | undefined; nullFromType: boolean } {
    const t = node['type'];
    if (typeof t === 'string') return { type: t, nullFromType: t === 'null' };
    if (Array.isArray(t)) {
        const nonNull = t.filter((x): x is string => typeof x === 'string' && x !== 'null');
        return { type: nonNull.length === 1 ? nonNull[0] : nonNull.length === 0 ? undefined : nonNull.join('|'), nullFromType: t.includes('null') };
    }
    return { type: undefined, nullFromType: false };
}

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

export function viewSchema(side: SchemaSide, at: NodeAt): SchemaView {
    const located = resolveRef(side, at.node, at.path);
    const node = isObject(located.node) ? located.node : {};
    const { type, nullFromType } = readType(node);
    const nullable =
        nullFromType || (side.dialect === 'swagger2' ? node['x-nullable'] === true : node['nullable'] === true);
    const properties = new Map<string, NodeAt>();
    const required = new Set<string>();
    let propertiesPath: JsonPathSegments = located.path;
    const addProps = (owner: JsonObject, ownerPath: JsonPathSegments): void => {
        const props = owner['properties'];
        if (isObject(props)) {
            if (properties.size === 0) propertiesPath = [...ownerPath, 'properties'];
            for (const [name, child] of Object.entries(props)) {
                if (!properties.has(name)) properties.set(name, { node: child, path: [...ownerPath, 'properties', name] });
            }
        }
        const req = owner['required'];
        if (Array.isArray(req)) for (const r of req) if (typeof r === 'string') required.add(r);
    };
    addProps(node, located.path);
    let mergedType = type;
    const allOf = node['allOf'];
    if (Array.isArray(allOf)) {
        allOf.forEach((part, i) => {
            const sub = viewSchema(side, { node: part, path: [...located.path, 'allOf', i] });
            for (const [name, child] of sub.properties) if (!properties.has(name)) properties.set(name, child);
            for (const r of sub.required) required.add(r);
            if (mergedType === undefined) mergedType = sub.type;
        });
    }
    const itemsNode = node['items'];
    const items: NodeAt | undefined = itemsNode !== undefined ? { node: itemsNode, path: [...located.path, 'items'] } : undefined;
    const ap = node['additionalProperties'];
    const additionalProperties: MapValues =
        ap === true ? { kind: 'any' } : isObject(ap) ? { kind: 'schema', at: { node: ap, path: [...located.path, 'additionalProperties'] } } : { kind: 'none' };
    if (mergedType === undefined && properties.size > 0) mergedType = 'object';
    if (mergedType === undefined && items) mergedType = 'array';
    const e = node['enum'];
    return {
        at: located,
        type: mergedType,
        format: typeof node['format'] === 'string' ? node['format'] : undefined,
        nullable,
        enum: Array.isArray(e) ? e.filter((v) => v !== null) : undefined,
        minimum: num(node['minimum']),
        maximum: num(node['maximum']),
        visibility: typeof node['x-ms-visibility'] === 'string' ? node['x-ms-visibility'] : undefined,
        default: node['default'],
        properties,
        propertiesPath,
        required,
        items,
        additionalProperties,
    };
}
