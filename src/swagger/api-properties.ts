/** Output-format types for `apiProperties.json` (paconn / pac connector layout). */

export interface AllowedValue {
    text: string;
    value: string;
}

export interface ConnectionParameterUi {
    displayName: string;
    description: string;
    tooltip: string;
    constraints: {
        required: 'true' | 'false';
        hidden?: 'true' | 'false';
        clearText?: boolean;
        tabIndex?: number;
        allowedValues?: AllowedValue[];
    };
}

export interface ConnectionParameter {
    type: 'string' | 'securestring' | 'int' | 'bool';
    defaultValue?: string;
    uiDefinition: ConnectionParameterUi;
}

export interface PolicyTemplateInstance {
    templateId: string;
    title: string;
    parameters: Record<string, string | string[] | Record<string, string>>;
}

export interface ApiPropertiesBody {
    connectionParameters: Record<string, ConnectionParameter>;
    iconBrandColor: string;
    /**
     * operationIds the custom code (script.csx) runs for; every other operation bypasses it. Absent when
     * no operation is served by custom code (an empty list would send every operation through it).
     */
    scriptOperations?: string[];
    capabilities: string[];
    policyTemplateInstances: PolicyTemplateInstance[];
    publisher: string;
    /** Certification copy only (dist/certification); paconn update fails on it. */
    stackOwner?: string;
}

export interface ApiProperties {
    properties: ApiPropertiesBody;
}
