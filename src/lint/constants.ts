/** Word lists and value sets used by the rules: each lives here once (STYLE §4). Sources in comments. */

/** Title words the certification validator rejects (PR #3407 "restricted words 'api, connector'"; 2025 Learn excerpt). */
export const RESERVED_TITLE_WORDS: readonly string[] = [
    'API',
    'Connector',
    'Power Apps',
    'PowerApps',
    'Power Automate',
    'Logic Apps',
    'Power Platform',
    'Power BI',
    'Power Pages',
    'Copilot Studio',
];

/** Product names that must not appear in info.description (PR #550, #3407). */
export const RESTRICTED_DESCRIPTION_PRODUCTS: readonly string[] = ['Power Apps', 'PowerApps', 'Power Automate', 'Logic Apps', 'Copilot Studio'];

/** Allowed x-ms-connector-metadata Categories (certification submission; InvalidConnectorCategory). */
export const CONNECTOR_CATEGORIES: readonly string[] = [
    'AI',
    'Business Management',
    'Business Intelligence',
    'Collaboration',
    'Commerce',
    'Communication',
    'Content and Files',
    'Data',
    'Finance',
    'Human Resources',
    'Internet of Things',
    'IT Operations',
    'Lifestyle and Entertainment',
    'Marketing',
    'Productivity',
    'Sales and CRM',
    'Security',
    'Social Media',
    'Website',
];

export const REQUIRED_METADATA_KEYS: readonly string[] = ['Website', 'Privacy policy', 'Categories'];

/** x-ms-visibility values in Microsoft's swagger schema. */
export const VISIBILITY_VALUES: readonly string[] = ['important', 'advanced', 'internal'];

/** Characters the validator rejects in operation summaries (PR #1095; string guidance). */
export const SUMMARY_RESTRICTED_CHARS: readonly string[] = ['/', '\\', '<', '>', '*', '%', '&', '?'];

/** MIME types the validator accepts in consumes/produces (MimeTypeNotValid / MimeTypeNotSupported). */
export const ALLOWED_MIME_TYPES: readonly string[] = ['application/json', 'text/plain', 'multipart/form-data', 'application/x-www-form-urlencoded'];

/** Whether a consumes/produces entry is one of ALLOWED_MIME_TYPES, parameters such as "; charset=utf-8" and letter case aside (mime-types and consumes-supported must agree). */
export const isAllowedMimeType = (m: unknown): boolean => typeof m === 'string' && ALLOWED_MIME_TYPES.includes(m.split(';')[0]!.trim().toLowerCase());

/** x-ms-pageable.nextLinkName values the validator accepts (InvalidNextLinkNameValue). */
export const NEXT_LINK_NAMES: readonly string[] = ['nextLink', '@odata.nextLink'];

/** Brand colours a certified connector must not use: the default blue and white (repo README, PR template). */
export const FORBIDDEN_BRAND_COLORS: readonly string[] = ['#007ee5', '#ffffff', '#fff'];

/** Swagger operations per connector (FAQ: TotalOperationsCountExceedsMaxAllowed). */
export const MAX_OPERATIONS = 256;

/** Schema objects per body parameter (FAQ, Logic Apps limits: BodySchemaCountExceedsMaxAllowed). */
export const MAX_BODY_SCHEMAS = 512;

/** The swagger file must be smaller than 1 MB (Power Platform plan limits, facts §5.6). */
export const MAX_SWAGGER_BYTES = 1024 * 1024;

/** Extensions Power Platform understands (Learn extensions page, Microsoft's swagger schema, certified connectors). */
export const KNOWN_EXTENSIONS: readonly string[] = [
    'x-ms-api-annotation',
    'x-ms-api-annotations',
    'x-ms-capabilities',
    'x-ms-connector-metadata',
    'x-ms-deployment-version',
    'x-ms-docs',
    'x-ms-dynamic-list',
    'x-ms-dynamic-properties',
    'x-ms-dynamic-schema',
    'x-ms-dynamic-tree',
    'x-ms-dynamic-values',
    'x-ms-editor',
    'x-ms-editor-options',
    'x-ms-enum',
    'x-ms-enum-values',
    'x-ms-keywords',
    'x-ms-localizeDefaultValue',
    'x-ms-media-kind',
    'x-ms-no-generic-test',
    'x-ms-notification',
    'x-ms-notification-content',
    'x-ms-notification-url',
    'x-ms-openai-data',
    'x-ms-openai-manifest',
    'x-ms-operation-context',
    'x-ms-pageable',
    'x-ms-parameter-location',
    'x-ms-require-user-confirmation',
    'x-ms-safe-operation',
    'x-ms-skip-url-encoding',
    'x-ms-summary',
    'x-ms-test-value',
    'x-ms-trigger',
    'x-ms-trigger-hint',
    'x-ms-trigger-metadata',
    'x-ms-trigger-value',
    'x-ms-url-encoding',
    'x-ms-visibility',
    'x-nullable',
];


/** Policy parameter keys. */
export const POLICY_OPERATION_NAMES = 'x-ms-apimTemplate-operationName';
export const POLICY_URL_TEMPLATE = 'x-ms-apimTemplateParameter.urlTemplate';
export const POLICY_TRIGGER_CONFIG = 'x-ms-apimTemplateParameter.triggerConfig';
export const TRIGGER_CONFIG_NEXT_LINK = 'x-ms-triggerConfig-nextLink';
