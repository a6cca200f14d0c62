/** Small constructors so model files read like the seed's field lists. */
import type { PrimitiveType, SchemaFormat, Visibility } from '../swagger/types.ts';
import type {
    Annotated,
    ArraySchemaModel,
    FieldOrigin,
    NamedSchema,
    ObjectSchemaModel,
    PrimitiveItemModel,
    PrimitiveSchemaModel,
    PropertySchemaModel,
    ResponseSchemaModel,
    SimpleParameterModel,
} from './types.ts';

/** The named schema of a response body: itself, or the items of an array body. */
export const namedSchemaOf = (schema: ResponseSchemaModel): NamedSchema => ('kind' in schema ? schema.items : schema);

export interface FieldOptions {
    nullable?: boolean;
    visibility?: Visibility;
    /** Where the field comes from; leave it out for fields of the source the schema's file names. */
    origin?: FieldOrigin;
    minimum?: number;
    maximum?: number;
    enum?: readonly (string | number)[];
    default?: string | number | boolean;
}

const annotate = (summary: string, description: string, o: FieldOptions): Annotated => ({
    summary,
    description,
    ...(o.visibility ? { visibility: o.visibility } : {}),
    ...(o.origin ? { origin: o.origin } : {}),
});

const primitive = (
    type: PrimitiveSchemaModel['type'],
    format: PrimitiveSchemaModel['format'],
) => (summary: string, description: string, o: FieldOptions = {}): PrimitiveSchemaModel => ({
    kind: 'primitive',
    type,
    ...(format ? { format } : {}),
    ...annotate(summary, description, o),
    ...(o.nullable ? { nullable: true } : {}),
    ...(o.minimum !== undefined ? { minimum: o.minimum } : {}),
    ...(o.maximum !== undefined ? { maximum: o.maximum } : {}),
    ...(o.default !== undefined ? { default: o.default } : {}),
    ...(o.enum ? { enum: [...o.enum] } : {}),
});

export const str = primitive('string', undefined);
export const bool = primitive('boolean', undefined);
export const int32 = primitive('integer', 'int32');
export const int64 = primitive('integer', 'int64');
export const double = primitive('number', 'double');
export const dateTime = primitive('string', 'date-time');
export const uri = primitive('string', 'uri');

const arrayOfItems = (items: ArraySchemaModel['items']) => (summary: string, description: string, o: FieldOptions = {}): ArraySchemaModel => ({
    kind: 'array',
    items,
    ...annotate(summary, description, o),
    ...(o.nullable ? { nullable: true } : {}),
});

export const stringArray = (summary: string, description: string, o: FieldOptions = {}): ArraySchemaModel =>
    arrayOfItems({ kind: 'primitive', type: 'string' })(summary, description, o);

export const int64Array = (summary: string, description: string, o: FieldOptions = {}): ArraySchemaModel =>
    arrayOfItems({ kind: 'primitive', type: 'integer', format: 'int64' })(summary, description, o);

/** An array of strings from a fixed list (the enum sits on the items). */
export const enumArray = (values: readonly string[], summary: string, description: string, o: FieldOptions = {}): ArraySchemaModel =>
    arrayOfItems({ kind: 'primitive', type: 'string', enum: [...values] })(summary, description, o);

/** An array whose items are a primitive described by `item` (e.g. one carrying a picker). */
export const arrayOfPrimitive = (item: PrimitiveItemModel, summary: string, description: string, o: FieldOptions = {}): ArraySchemaModel =>
    arrayOfItems(item)(summary, description, o);

export const arrayOf = (target: NamedSchema, summary: string, description: string, o: FieldOptions = {}): ArraySchemaModel =>
    arrayOfItems({ kind: 'ref', target })(summary, description, o);

/** An inline object (a nested shape too small or too local to deserve a definition of its own). */
export const objectOf = (
    summary: string,
    description: string,
    properties: Record<string, PropertySchemaModel>,
    o: FieldOptions = {},
): ObjectSchemaModel => ({
    kind: 'object',
    properties,
    ...annotate(summary, description, o),
    ...(o.nullable ? { nullable: true } : {}),
});

/** A map whose keys are not known in advance; `values` is the type of every value. */
export const mapOf = (
    values: NonNullable<ObjectSchemaModel['additionalProperties']>,
    summary: string,
    description: string,
    o: FieldOptions = {},
): ObjectSchemaModel => ({
    kind: 'object',
    properties: {},
    additionalProperties: values,
    ...annotate(summary, description, o),
    ...(o.nullable ? { nullable: true } : {}),
});

export type Properties = Record<string, PropertySchemaModel>;

/** Query parameter options beyond the field's own (a required query parameter is rare: say so). */
export interface QueryParamOptions {
    required?: boolean;
    /** How array items travel; comma-separated (OpenAPI 3 `style: form, explode: false`) by default. */
    collectionFormat?: SimpleParameterModel['collectionFormat'];
    /** A picker filling the parameter from another operation (primitive parameters only). */
    dynamicValues?: SimpleParameterModel['dynamicValues'];
}

/**
 * A query parameter built from the same constructors as a body field (str, int32, int64Array, ...),
 * so a parameter and a field with the same meaning read the same. Pass `{ required: true }` for a
 * required one.
 */
export function queryParam(name: string, field: PrimitiveSchemaModel | ArraySchemaModel, o: QueryParamOptions = {}): SimpleParameterModel {
    const { summary, description, visibility, origin } = field;
    const common = {
        in: 'query' as const,
        name,
        required: o.required ?? false,
        summary,
        description,
        ...(visibility ? { visibility } : {}),
        ...(origin ? { origin } : {}),
        ...(field.nullable ? { nullable: true } : {}),
    };
    if (field.kind === 'array') {
        if (field.items.kind !== 'primitive') throw new Error(`Query parameter "${name}": array items must be primitive.`);
        if (o.dynamicValues) throw new Error(`Query parameter "${name}": Microsoft's schema allows no picker on a query array.`);
        const items: { type: PrimitiveType; format?: SchemaFormat } = {
            type: field.items.type,
            ...(field.items.format ? { format: field.items.format } : {}),
        };
        return { ...common, type: 'array', items, collectionFormat: o.collectionFormat ?? 'csv' };
    }
    return {
        ...common,
        type: field.type,
        ...(field.format ? { format: field.format } : {}),
        ...(field.minimum !== undefined ? { minimum: field.minimum } : {}),
        ...(field.maximum !== undefined ? { maximum: field.maximum } : {}),
        ...(field.enum ? { enum: [...field.enum] } : {}),
        ...(field.default !== undefined ? { default: field.default } : {}),
        ...(o.dynamicValues ? { dynamicValues: o.dynamicValues } : {}),
    };
}

/** A path parameter (`/v2/sites/{siteId}`): always required; emitted with single URL encoding. */
export function pathParam(name: string, field: PrimitiveSchemaModel): SimpleParameterModel {
    return { ...queryParam(name, field, { required: true }), in: 'path' };
}
