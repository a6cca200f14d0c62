/**
 * apiProperties.json: connection parameters, branding and the environment policy.
 * No `stackOwner` in the file paconn and pac deploy: paconn update fails on it and some regions reject it
 * on create (facts §4.1, PowerPlatformConnectors#614). The certification copy
 * (emitCertificationApiProperties) adds the model's stackOwner after `publisher`, as Microsoft's certified
 * template does; paconn's README asks for exactly these two variants (tools/paconn-cli/README.md,
 * "Stack Owner Property & apiProperties file").
 */
import type { ApiProperties, ConnectionParameter } from '../swagger/api-properties.ts';
import type { ConnectionParameterModel, ConnectorModel } from '../model/types.ts';

function emitConnectionParameter(p: ConnectionParameterModel): ConnectionParameter {
    return {
        type: p.type,
        ...(p.defaultValue !== undefined ? { defaultValue: p.defaultValue } : {}),
        uiDefinition: {
            displayName: p.displayName,
            description: p.description,
            tooltip: p.tooltip,
            constraints: {
                required: p.required ? 'true' : 'false',
                ...(p.type === 'securestring' ? { clearText: false } : {}),
                tabIndex: p.tabIndex,
                ...(p.allowedValues ? { allowedValues: p.allowedValues.map((v) => ({ ...v })) } : {}),
            },
        },
    };
}

/** The model's capabilities, plus `triggers` when an operation is a trigger. */
function capabilities(model: ConnectorModel): string[] {
    const out = [...model.capabilities];
    if (model.operations.some((op) => op.trigger) && !out.includes('triggers')) out.push('triggers');
    return out;
}

/**
 * scriptOperations: the operations the custom code serves, in model order; absent when there is none
 * (Learn "Create a custom connector from scratch", step 4: without a selection the code runs for every
 * operation). Keys follow paconn download's order (facts §4.1).
 */
function scriptOperations(model: ConnectorModel): Pick<ApiProperties['properties'], 'scriptOperations'> {
    const ids = model.operations.filter((op) => op.customCode).map((op) => op.operationId);
    return ids.length > 0 ? { scriptOperations: ids } : {};
}

export function emitApiProperties(model: ConnectorModel): ApiProperties {
    const params = [...model.connectionParameters].sort((a, b) => a.tabIndex - b.tabIndex);
    return {
        properties: {
            connectionParameters: Object.fromEntries(params.map((p) => [p.name, emitConnectionParameter(p)])),
            iconBrandColor: model.iconBrandColor,
            ...scriptOperations(model),
            capabilities: capabilities(model),
            policyTemplateInstances: [
                {
                    templateId: 'dynamichosturl',
                    title: 'Environment base URL',
                    parameters: {
                        'x-ms-apimTemplateParameter.urlTemplate': `@connectionParameters('${model.environmentParameter}')`,
                    },
                },
            ],
            publisher: model.publisher,
        },
    };
}

/** apiProperties.json for a pull request to microsoft/PowerPlatformConnectors: the same, plus `stackOwner`. */
export function emitCertificationApiProperties(model: ConnectorModel): ApiProperties {
    const { properties } = emitApiProperties(model);
    return { properties: { ...properties, stackOwner: model.stackOwner } };
}
