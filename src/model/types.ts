/**
 * The typed model: the single source of truth for the connector. Emitters (src/emit) turn it into
 * Swagger 2.0 and apiProperties.json. Nothing in here knows about JSON layout.
 */
import type { HttpMethod, PrimitiveType, SchemaFormat, Visibility } from '../swagger/types.ts';

/** Where a field's contract comes from: the seed docs page, eMabler's OpenAPI only, or our own choice. */
export type FieldOrigin = 'seed' | 'upstream' | 'connector';

/** Designer strings every input and output carries (x-ms-summary + description). */
export interface Annotated {
    /** Title Case display name, no trailing period (x-ms-summary). */
    summary: string;
    /** A sentence ending in a period, different from the summary. */
    description: string;
    visibility?: Visibility;
    origin?: FieldOrigin;
}

export interface PrimitiveSchemaModel extends Annotated {
    kind: 'primitive';
    type: PrimitiveType;
    format?: SchemaFormat;
    nullable?: boolean;
    minimum?: number;
    maximum?: number;
    default?: string | number | boolean;
    enum?: (string | number)[];
}

/**
 * A picker: the designer fills the input from another operation's response (emitted as both
 * x-ms-dynamic-values and x-ms-dynamic-list, from this one object, so the two never disagree).
 * `operation` is the model object itself, so a misspelt source is a compile error.
 */
export interface DynamicValuesModel {
    operation: OperationModel;
    /** Static values passed to the source operation's parameters. */
    parameters: Record<string, string | number | boolean>;
    /** Path of the array in the source's 200 response (`items`). */
    collection: string;
    /** Path, inside each item, of the value to insert. */
    valuePath: string;
    /** Path, inside each item, of the text shown. */
    titlePath: string;
}

/** A primitive array item (no designer strings of its own). */
export interface PrimitiveItemModel {
    kind: 'primitive';
    type: PrimitiveType;
    format?: SchemaFormat;
    enum?: (string | number)[];
    default?: string | number | boolean;
    /** A dropdown of real values on each item (body-schema arrays only: Microsoft's schema forbids it on query arrays). */
    dynamicValues?: DynamicValuesModel;
}

/** An array item: a bare primitive or a reference to a named schema. */
export type ItemSchemaModel = PrimitiveItemModel | { kind: 'ref'; target: NamedSchema };

export interface ArraySchemaModel extends Annotated {
    kind: 'array';
    items: ItemSchemaModel;
    nullable?: boolean;
}

export interface ObjectSchemaModel extends Annotated {
    kind: 'object';
    properties: Record<string, PropertySchemaModel>;
    required?: string[];
    /** Map-like objects whose keys are not known in advance, and the type of their values. */
    additionalProperties?: { type: PrimitiveType | 'object' | 'array'; items?: { type: PrimitiveType } };
    nullable?: boolean;
}

export type PropertySchemaModel = PrimitiveSchemaModel | ArraySchemaModel | ObjectSchemaModel;

/** A schema emitted once under #/definitions and referenced by name. */
export interface NamedSchema {
    name: string;
    /** Short title shown by tools that render definitions. */
    title: string;
    description: string;
    properties: Record<string, PropertySchemaModel>;
    required?: string[];
}

export interface BodyParameterModel {
    in: 'body';
    name: string;
    summary: string;
    description: string;
    required: boolean;
    schema: NamedSchema;
}

export interface SimpleParameterModel extends Annotated {
    in: 'query' | 'path' | 'header';
    name: string;
    required: boolean;
    type: PrimitiveType | 'array';
    format?: SchemaFormat;
    /** Array parameters: the item type and how the items travel (csv: comma-separated). */
    items?: { type: PrimitiveType; format?: SchemaFormat };
    collectionFormat?: 'csv' | 'ssv' | 'tsv' | 'pipes';
    /** Emitted as x-nullable (the API accepts an explicit null). */
    nullable?: boolean;
    minimum?: number;
    maximum?: number;
    enum?: (string | number)[];
    default?: string | number | boolean;
    /** A dropdown of real values (primitive parameters only: Microsoft's schema forbids it on array items of a query). */
    dynamicValues?: DynamicValuesModel;
}

export type ParameterModel = BodyParameterModel | SimpleParameterModel;

/** A response body that is a JSON array of one named schema (the items of a batch trigger). */
export interface ArrayResponseSchema {
    kind: 'array';
    items: NamedSchema;
}

export type ResponseSchemaModel = NamedSchema | ArrayResponseSchema;

export interface ResponseModel {
    /** HTTP status code as a string ('200', '400', ...). */
    status: string;
    description: string;
    summary?: string;
    schema?: ResponseSchemaModel;
    /**
     * Example payload file, in the project's examples folder under <operationId>/, written into the
     * generated swagger as this response's `examples['application/json']` (one copy: the fixture).
     */
    exampleFile?: string;
}

/**
 * A known, deliberate difference from eMabler's own OpenAPI document, kept with its reason.
 * `npm run check:upstream` reports a finding whose location equals `at` as `info` (with the reason)
 * instead of `error`, and warns about a declaration that matches no finding (stale).
 */
export interface DeclaredDifference {
    /**
     * Operation-relative location, exactly as check:upstream prints it (exact match, no wildcards):
     * `request/body` (body missing/extra), `request/body/required`, `request/body/<field>` (field
     * missing/extra), `request/body/<field>/<attribute>` (attribute differs: type, format, nullable,
     * enum, minimum, maximum, required, items, additionalProperties, default), `request/<in>/<name>[/<attribute>]`
     * for other parameters, `responses/<status>`, `responses/<status>/schema[/<field>…][/<attribute>]`.
     * Nested fields join with `/`; array items add `[]` and map values `{}`, e.g.
     * `responses/200/schema/items[]/vehicleId/type`.
     */
    at: string;
    reason: string;
}

export interface UpstreamLink {
    method: HttpMethod;
    /** Path as written in eMabler's OpenAPI document (relative to its server URL). */
    path: string;
    operationId: string;
    differences: DeclaredDifference[];
    /**
     * The operation exposes a chosen subset of upstream: every optional upstream parameter or field it
     * leaves out is reported as info with this one reason (instead of one declaration per field).
     */
    subset?: { reason: string };
}

/**
 * A polling trigger (Learn "Use a custom polling trigger"): emitted as `x-ms-trigger: batch` with
 * `x-ms-trigger-metadata {kind: query, mode: polling}`. The platform polls the operation; 202 means
 * nothing new, 200 carries a JSON array and starts one run per item (its 200 response must be an
 * ArrayResponseSchema); both answers give the next URL to poll in Location.
 */
export interface TriggerModel {
    /** x-ms-trigger-hint: what to do to make the trigger fire while testing a flow. */
    hint: string;
}

/**
 * The operation has no counterpart in the upstream API: the connector itself serves it (for example
 * by custom code). check:upstream reports it as info with this reason instead of an error, and
 * reports the marker as stale once upstream has an operation with the same method and full path.
 */
export interface ConnectorOnlyMarker {
    reason: string;
}

export interface OperationModel {
    operationId: string;
    method: HttpMethod;
    path: string;
    summary: string;
    description: string;
    visibility?: Visibility;
    tags: string[];
    parameters: ParameterModel[];
    responses: ResponseModel[];
    trigger?: TriggerModel;
    /**
     * The connector's custom code (script.csx) serves this operation: it is listed in apiProperties
     * `scriptOperations`, and every operation not listed bypasses the code.
     */
    customCode?: boolean;
    /** Mirrors this upstream operation (declared differences live here). Not together with connectorOnly. */
    upstream?: UpstreamLink;
    /** No upstream counterpart, and why. Not together with upstream. */
    connectorOnly?: ConnectorOnlyMarker;
}

export interface EnvironmentModel {
    key: string;
    displayName: string;
    /** Full base URL (scheme + host + basePath); dynamichosturl replaces all three at once. */
    baseUrl: string;
}

export interface ConnectionParameterModel {
    name: string;
    type: 'string' | 'securestring';
    displayName: string;
    description: string;
    tooltip: string;
    required: boolean;
    tabIndex: number;
    defaultValue?: string;
    allowedValues?: { text: string; value: string }[];
}

/** The words of the generated readme that are about this connector, not about connectors in general. */
export interface ConnectorDocs {
    /** Follows the description at the top of the readme, e.g. which API the connector calls. */
    intro: string;
    /** Bullets of "Prerequisites". */
    prerequisites: string[];
    /** Lines of "Obtaining Credentials" (Markdown). */
    credentials: string[];
    /** Bullets of "Known Issues and Limitations" beyond the ones every connector of this kind has. */
    knownIssues: string[];
    faq: { question: string; answer: string }[];
    /**
     * "Common errors and remedies" of the certification intro.md (Partner Center): what a maker sees and
     * what to do about it, one entry per error (Markdown allowed).
     */
    commonErrors: { error: string; remedy: string }[];
    /** The sample paging flow sets these body filters (field → expression), to show where filters go. */
    pagingSampleFilters: Record<string, string>;
}

/** The Dataverse solution that carries the connector (names and ids must stay stable across releases). */
export interface SolutionModel {
    uniqueName: string;
    /** Publisher prefix: 2–8 lowercase letters/digits; option value prefix: 10000–99999. */
    publisher: { uniqueName: string; customizationPrefix: string; customizationOptionValuePrefix: number };
    /** Namespace of the connector's name-based UUID. Never change it: the id must stay stable. */
    idNamespace: string;
}

export interface ConnectorModel {
    title: string;
    description: string;
    version: string;
    contact: { name: string; url: string; email: string };
    website: string;
    privacyPolicy: string;
    categories: string[];
    host: string;
    basePath: string;
    /** Company or person publishing the connector (apiProperties.json `publisher`, readme "Publisher:"). */
    publisher: string;
    /**
     * Owner of the service or product behind the connector (apiProperties.json `stackOwner`). Only the
     * certification copy carries it: paconn update fails on it (paconn-cli README, "Stack Owner Property").
     */
    stackOwner: string;
    iconBrandColor: string;
    capabilities: string[];
    security: { definitionName: string; headerName: string; connectionParameter: string };
    environments: EnvironmentModel[];
    environmentParameter: string;
    connectionParameters: ConnectionParameterModel[];
    operations: OperationModel[];
    tags: { name: string; description: string }[];
    /** The icon's white mark, a polygon in 230×230 icon pixels (kept inside the central 160×160). */
    iconMark: readonly (readonly [number, number])[];
    docs: ConnectorDocs;
    solution: SolutionModel;
}
