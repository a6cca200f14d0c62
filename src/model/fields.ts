/** Small constructors so model files read like the seed's field lists. */
import type { Visibility } from '../swagger/types.ts';
import type {
    Annotated,
    ArraySchemaModel,
    FieldOrigin,
    NamedSchema,
    ObjectSchemaModel,
    PrimitiveSchemaModel,
    PropertySchemaModel,
} from './types.ts';

export interface FieldOptions {
    nullable?: boolean;
    visibility?: Visibility;
    origin?: FieldOrigin;
    minimum?: number;
    maximum?: number;
}

const annotate = (summary: string, description: string, o: FieldOptions): Annotated => ({
    summary,
    description,
    ...(o.visibility ? { visibility: o.visibility } : {}),
    origin: o.origin ?? 'seed',
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
});

export const str = primitive('string', undefined);
export const bool = primitive('boolean', undefined);
export const int32 = primitive('integer', 'int32');
export const int64 = primitive('integer', 'int64');
export const double = primitive('number', 'double');
export const dateTime = primitive('string', 'date-time');

export const stringArray = (summary: string, description: string, o: FieldOptions = {}): ArraySchemaModel => ({
    kind: 'array',
    items: { kind: 'primitive', type: 'string' },
    ...annotate(summary, description, o),
});

export const int64Array = (summary: string, description: string, o: FieldOptions = {}): ArraySchemaModel => ({
    kind: 'array',
    items: { kind: 'primitive', type: 'integer', format: 'int64' },
    ...annotate(summary, description, o),
});

export const arrayOf = (
    target: NamedSchema,
    summary: string,
    description: string,
    o: FieldOptions = {},
): ArraySchemaModel => ({
    kind: 'array',
    items: { kind: 'ref', target },
    ...annotate(summary, description, o),
});

export const mapOfObjects = (summary: string, description: string, o: FieldOptions = {}): ObjectSchemaModel => ({
    kind: 'object',
    properties: {},
    additionalProperties: { type: 'object' },
    ...annotate(summary, description, o),
});

export type Properties = Record<string, PropertySchemaModel>;
