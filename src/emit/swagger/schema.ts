/** Schema objects: model properties → Swagger 2.0 schema objects (with x-nullable, x-ms-*). */
import type { SwaggerRef, SwaggerSchema } from '../../swagger/types.ts';
import type { DynamicValuesModel, ItemSchemaModel, NamedSchema, PropertySchemaModel } from '../../model/types.ts';

export const definitionRef = (schema: NamedSchema): SwaggerRef => ({ $ref: `#/definitions/${schema.name}` });

/** A picker as both extensions, from one model object. */
export function emitDynamicValues(d: DynamicValuesModel): Pick<SwaggerSchema, 'x-ms-dynamic-values' | 'x-ms-dynamic-list'> {
    return {
        'x-ms-dynamic-values': {
            operationId: d.operation.operationId,
            parameters: { ...d.parameters },
            'value-collection': d.collection,
            'value-path': d.valuePath,
            'value-title': d.titlePath,
        },
        'x-ms-dynamic-list': {
            operationId: d.operation.operationId,
            parameters: Object.fromEntries(Object.entries(d.parameters).map(([k, v]) => [k, { value: v }])),
            itemsPath: d.collection,
            itemValuePath: d.valuePath,
            itemTitlePath: d.titlePath,
        },
    };
}

function emitItems(items: ItemSchemaModel): SwaggerSchema | SwaggerRef {
    if (items.kind === 'ref') return definitionRef(items.target);
    return {
        type: items.type,
        ...(items.format ? { format: items.format } : {}),
        ...(items.enum ? { enum: [...items.enum] } : {}),
        ...(items.default !== undefined ? { default: items.default } : {}),
        ...(items.dynamicValues ? emitDynamicValues(items.dynamicValues) : {}),
    };
}

export function emitPropertySchema(p: PropertySchemaModel): SwaggerSchema {
    const out: SwaggerSchema = {};
    switch (p.kind) {
        case 'primitive':
            out.type = p.type;
            if (p.format) out.format = p.format;
            break;
        case 'array':
            out.type = 'array';
            out.items = emitItems(p.items);
            break;
        case 'object':
            out.type = 'object';
            if (Object.keys(p.properties).length > 0) out.properties = emitProperties(p.properties);
            if (p.additionalProperties) {
                const { type, items } = p.additionalProperties;
                out.additionalProperties = { type, ...(items ? { items: { type: items.type } } : {}) };
            }
            break;
    }
    if (p.nullable) out['x-nullable'] = true;
    if (p.kind === 'primitive') {
        if (p.minimum !== undefined) out.minimum = p.minimum;
        if (p.maximum !== undefined) out.maximum = p.maximum;
        if (p.default !== undefined) out.default = p.default;
        if (p.enum) out.enum = [...p.enum];
    }
    out['x-ms-summary'] = p.summary;
    out.description = p.description;
    if (p.visibility) out['x-ms-visibility'] = p.visibility;
    return out;
}

export function emitProperties(props: Record<string, PropertySchemaModel>): Record<string, SwaggerSchema> {
    const out: Record<string, SwaggerSchema> = {};
    for (const [name, prop] of Object.entries(props)) out[name] = emitPropertySchema(prop);
    return out;
}

/** A named schema as it appears under #/definitions. */
export function emitDefinition(schema: NamedSchema): SwaggerSchema {
    return {
        type: 'object',
        title: schema.title,
        description: schema.description,
        ...(schema.required && schema.required.length > 0 ? { required: [...schema.required] } : {}),
        properties: emitProperties(schema.properties),
    };
}

/** Every named schema reachable from a property map (through array items), depth first. */
export function collectNamedSchemas(root: NamedSchema, into: Map<string, NamedSchema>): void {
    const seen = into.get(root.name);
    if (seen) {
        if (seen !== root) throw new Error(`Two different schemas are named "${root.name}".`);
        return;
    }
    into.set(root.name, root);
    const visit = (p: PropertySchemaModel): void => {
        if (p.kind === 'array' && p.items.kind === 'ref') collectNamedSchemas(p.items.target, into);
        if (p.kind === 'object') Object.values(p.properties).forEach(visit);
    };
    Object.values(root.properties).forEach(visit);
}
