/**
 * Output-format types for Swagger 2.0 as Power Platform reads it: the standard objects this project
 * emits plus the Microsoft `x-ms-*` extensions, closed (no index signatures) so that a misspelled key
 * in an emitter fails at compile time. They are not assignable to `openapi-types`' OpenAPIV2: that
 * package types a schema's `items` as a parameter ItemsObject whose `type` is required, which Swagger
 * 2.0 does not demand. Conformance of the emitted file is checked where it counts: swagger-parser and
 * Microsoft's schema validate the generated apiDefinition.swagger.json (test/validate/own-connector).
 */

export type Visibility = 'important' | 'advanced' | 'internal';
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch';

export type PrimitiveType = 'string' | 'integer' | 'number' | 'boolean';
export type SchemaType = PrimitiveType | 'array' | 'object';

/** Formats in Microsoft's swagger schema (closed enum). */
export type SchemaFormat =
    | 'int32' | 'int64' | 'float' | 'double' | 'byte' | 'binary' | 'date' | 'date-time'
    | 'password' | 'date-no-tz' | 'email' | 'html' | 'uri' | 'uuid';

export interface MsExtensions {
    'x-ms-summary'?: string;
    'x-ms-visibility'?: Visibility;
}

export interface SwaggerRef {
    $ref: string;
}

/** x-ms-dynamic-values (Learn "Use dynamic values"). */
export interface DynamicValuesExtension {
    operationId: string;
    parameters: Record<string, unknown>;
    'value-collection': string;
    'value-path': string;
    'value-title': string;
}

/** x-ms-dynamic-list, the newer form the designer and Power Fx prefer. */
export interface DynamicListExtension {
    operationId: string;
    parameters: Record<string, { value: unknown } | { parameterReference: string }>;
    itemsPath: string;
    itemValuePath: string;
    itemTitlePath: string;
}

export interface SwaggerSchema extends MsExtensions {
    type?: SchemaType;
    format?: SchemaFormat;
    title?: string;
    description?: string;
    'x-nullable'?: boolean;
    default?: unknown;
    enum?: unknown[];
    minimum?: number;
    maximum?: number;
    items?: SwaggerSchema | SwaggerRef;
    required?: string[];
    properties?: Record<string, SwaggerSchema | SwaggerRef>;
    additionalProperties?: boolean | SwaggerSchema;
    example?: unknown;
    'x-ms-dynamic-values'?: DynamicValuesExtension;
    'x-ms-dynamic-list'?: DynamicListExtension;
}

export interface SwaggerBodyParameter extends MsExtensions {
    name: string;
    in: 'body';
    required: boolean;
    description: string;
    schema: SwaggerSchema | SwaggerRef;
}

export interface SwaggerNonBodyParameter extends MsExtensions {
    name: string;
    in: 'query' | 'header' | 'path' | 'formData';
    required: boolean;
    description: string;
    type: PrimitiveType | 'array';
    format?: SchemaFormat;
    items?: { type: PrimitiveType; format?: SchemaFormat };
    collectionFormat?: 'csv' | 'ssv' | 'tsv' | 'pipes' | 'multi';
    'x-nullable'?: boolean;
    minimum?: number;
    maximum?: number;
    default?: unknown;
    enum?: unknown[];
    'x-ms-url-encoding'?: 'single' | 'double';
    'x-ms-dynamic-values'?: DynamicValuesExtension;
    'x-ms-dynamic-list'?: DynamicListExtension;
}

export type SwaggerParameter = SwaggerBodyParameter | SwaggerNonBodyParameter;

export interface SwaggerResponse extends MsExtensions {
    description: string;
    schema?: SwaggerSchema | SwaggerRef;
    examples?: { 'application/json': unknown };
}

/** x-ms-trigger-metadata of a polling trigger (the only values Microsoft's schema allows). */
export interface TriggerMetadata {
    kind: 'query';
    mode: 'polling';
}

export interface SwaggerOperation extends MsExtensions {
    operationId: string;
    summary: string;
    description: string;
    tags?: string[];
    /** `batch`: the 200 body is an array and each item starts a run; `single`: one object, one run. */
    'x-ms-trigger'?: 'batch' | 'single';
    'x-ms-trigger-hint'?: string;
    'x-ms-trigger-metadata'?: TriggerMetadata;
    consumes?: string[];
    produces?: string[];
    parameters: SwaggerParameter[];
    responses: Record<string, SwaggerResponse>;
    deprecated?: boolean;
}

export type SwaggerPathItem = Partial<Record<HttpMethod, SwaggerOperation>>;

export interface SwaggerApiKeySecurity {
    type: 'apiKey';
    in: 'header' | 'query';
    name: string;
    description?: string;
}

export interface ConnectorMetadataEntry {
    propertyName: 'Website' | 'Privacy policy' | 'Categories';
    propertyValue: string;
}

export interface SwaggerInfo {
    title: string;
    description: string;
    version: string;
    contact: { name: string; url: string; email: string };
}

export interface SwaggerDocument {
    swagger: '2.0';
    info: SwaggerInfo;
    host: string;
    basePath: string;
    schemes: ('https' | 'http')[];
    consumes: string[];
    produces: string[];
    paths: Record<string, SwaggerPathItem>;
    definitions: Record<string, SwaggerSchema>;
    /** Shared parameters; omitted while no operation shares one. */
    parameters?: Record<string, SwaggerParameter>;
    /** Shared responses; omitted while no operation shares one. */
    responses?: Record<string, SwaggerResponse>;
    securityDefinitions: Record<string, SwaggerApiKeySecurity>;
    security: Record<string, string[]>[];
    tags: { name: string; description?: string }[];
    'x-ms-connector-metadata': ConnectorMetadataEntry[];
}
