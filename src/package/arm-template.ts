/**
 * dist/logic-apps/customapi.template.json: an ARM template for `Microsoft.Web/customApis`
 * (apiVersion 2016-06-01, facts §5.6), so Azure Logic Apps can use the connector.
 *
 * customApis carry no policy templates, so the `dynamichosturl` environment switch of the Power Platform
 * connector cannot come along. Instead the environment is a deployment parameter, `environmentBaseUrl`,
 * whose allowed values are the model's environment base URLs. It sets `backendService.serviceUrl`
 * directly, and the swagger's `host`/`basePath` through a lookup variable generated from the model
 * (`environments[<base URL>] = { host, basePath }`): a table lookup is easier to read and check than
 * ARM string surgery such as `split(...)[2]`. The environment connection parameter is dropped; only
 * the API key remains a connection parameter.
 *
 * Operations served by custom code (apiProperties `scriptOperations`) are left out, and so is the
 * `triggers` capability when no trigger remains: a customApis resource has no property for custom code
 * or policies (Learn, Microsoft.Web/customApis 2016-06-01: apiDefinitions, apiType, backendService,
 * brandColor, capabilities, connectionParameters, description, displayName, iconUri, runtimeUrls,
 * swagger, wsdlDefinition), and the Code tab that attaches script.csx exists only in the Power Automate /
 * Power Apps connector wizard (Learn, "Create a custom connector from scratch", step 4). Logic Apps
 * would send such an operation straight to the API, which does not serve it.
 *
 * ARM evaluates every string value that starts with "[" as an expression, so literal strings from the
 * swagger that start with "[" are escaped as "[[" (ARM's own escape).
 */
import type { ApiProperties, ConnectionParameterUi } from '../swagger/api-properties.ts';
import type { SwaggerDocument } from '../swagger/types.ts';
import type { ConnectorModel } from '../model/types.ts';
import { ToolError } from '../core/errors.ts';

export const ARM_TEMPLATE_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
export const CUSTOM_API_TYPE = 'Microsoft.Web/customApis';
export const CUSTOM_API_VERSION = '2016-06-01';

interface ArmParameter {
    type: 'string';
    defaultValue: string;
    allowedValues?: string[];
    metadata: { description: string };
}

export interface CustomApiConnectionParameter {
    type: 'securestring' | 'string';
    uiDefinition: ConnectionParameterUi;
}

export interface CustomApiProperties {
    displayName: string;
    description: string;
    iconUri?: string;
    brandColor: string;
    capabilities: string[];
    apiType: 'Rest';
    backendService: { serviceUrl: string };
    swagger: unknown;
    connectionParameters: Record<string, CustomApiConnectionParameter>;
}

export interface ArmTemplate {
    $schema: string;
    contentVersion: '1.0.0.0';
    parameters: { customApiName: ArmParameter; location: ArmParameter; environmentBaseUrl: ArmParameter };
    variables: {
        environments: Record<string, { host: string; basePath: string }>;
        environment: string;
    };
    resources: {
        type: typeof CUSTOM_API_TYPE;
        apiVersion: typeof CUSTOM_API_VERSION;
        name: string;
        location: string;
        properties: CustomApiProperties;
    }[];
    outputs: { customApiId: { type: 'string'; value: string } };
}

export interface ArmTemplateInputs {
    model: ConnectorModel;
    swagger: SwaggerDocument;
    apiProperties: ApiProperties;
    /** icon.png bytes, embedded as a data: URI; omitted when undefined. */
    icon?: Uint8Array;
}

/** Deep copy with every string value that starts with "[" escaped as "[[" (ARM literal). */
export function escapeArmLiterals(value: unknown): unknown {
    // ARM evaluates a string as an expression only when it starts with [ and ends with ]; such a
    // literal is escaped as [[…]. A string that only starts with [ is already literal (Learn: ARM
    // template expressions, "Escape characters").
    if (typeof value === 'string') return value.startsWith('[') && value.endsWith(']') ? `[${value}` : value;
    if (Array.isArray(value)) return value.map(escapeArmLiterals);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeArmLiterals(v)]));
    }
    return value;
}

const literal = (s: string): string => escapeArmLiterals(s) as string;

export const defaultCustomApiName = (model: ConnectorModel): string => model.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function splitBaseUrl(baseUrl: string): { host: string; basePath: string } {
    const u = new URL(baseUrl);
    return { host: u.host, basePath: u.pathname.replace(/\/$/, '') || '/' };
}

/** The swagger without the operations custom code serves (path items left empty are dropped). */
export function withoutCustomCodeOperations(swagger: SwaggerDocument, scriptOperations: readonly string[]): SwaggerDocument {
    const served = new Set(scriptOperations);
    const paths: SwaggerDocument['paths'] = {};
    for (const [path, item] of Object.entries(swagger.paths)) {
        const kept = Object.fromEntries(Object.entries(item).filter(([, op]) => op !== undefined && !served.has(op.operationId)));
        if (Object.keys(kept).length > 0) paths[path] = kept;
    }
    return { ...swagger, paths };
}

export function logicAppsTemplate({ model, swagger: full, apiProperties, icon }: ArmTemplateInputs): ArmTemplate {
    const swagger = withoutCustomCodeOperations(full, apiProperties.properties.scriptOperations ?? []);
    const triggers = Object.values(swagger.paths).some((item) => Object.values(item).some((op) => op?.['x-ms-trigger'] !== undefined));
    const production = model.environments[0];
    if (!production) throw new ToolError(undefined, undefined, 'the model declares no environment.');
    const keyName = model.security.connectionParameter;
    const key = apiProperties.properties.connectionParameters[keyName];
    if (!key) throw new ToolError(undefined, undefined, `apiProperties.json has no connection parameter "${keyName}".`);
    if (key.type !== 'securestring') throw new ToolError(undefined, undefined, `connection parameter "${keyName}" must be a securestring.`);

    const environments = Object.fromEntries(model.environments.map((e) => [e.baseUrl, splitBaseUrl(e.baseUrl)]));
    const armSwagger = {
        ...(escapeArmLiterals(swagger) as Record<string, unknown>),
        host: "[variables('environment').host]",
        basePath: "[variables('environment').basePath]",
    };
    const properties: CustomApiProperties = {
        displayName: literal(model.title),
        description: literal(model.description),
        ...(icon ? { iconUri: `data:image/png;base64,${Buffer.from(icon).toString('base64')}` } : {}),
        brandColor: literal(apiProperties.properties.iconBrandColor),
        capabilities: apiProperties.properties.capabilities.filter((c) => triggers || c !== 'triggers').map(literal),
        apiType: 'Rest',
        backendService: { serviceUrl: "[parameters('environmentBaseUrl')]" },
        swagger: armSwagger,
        connectionParameters: { [keyName]: { type: 'securestring', uiDefinition: escapeArmLiterals(key.uiDefinition) as ConnectionParameterUi } },
    };
    return {
        $schema: ARM_TEMPLATE_SCHEMA,
        contentVersion: '1.0.0.0',
        parameters: {
            customApiName: {
                type: 'string',
                defaultValue: defaultCustomApiName(model),
                metadata: { description: 'Name of the custom connector resource.' },
            },
            location: {
                type: 'string',
                defaultValue: '[resourceGroup().location]',
                metadata: { description: 'Azure region; use the region of the logic apps that call the connector.' },
            },
            environmentBaseUrl: {
                type: 'string',
                defaultValue: production.baseUrl,
                allowedValues: model.environments.map((e) => e.baseUrl),
                metadata: {
                    description: `${model.title} environment base URL: ${model.environments.map((e) => e.displayName).join(', ')}.`,
                },
            },
        },
        variables: {
            environments,
            environment: "[variables('environments')[parameters('environmentBaseUrl')]]",
        },
        resources: [
            {
                type: CUSTOM_API_TYPE,
                apiVersion: CUSTOM_API_VERSION,
                name: "[parameters('customApiName')]",
                location: "[parameters('location')]",
                properties,
            },
        ],
        outputs: {
            customApiId: { type: 'string', value: `[resourceId('${CUSTOM_API_TYPE}', parameters('customApiName'))]` },
        },
    };
}
