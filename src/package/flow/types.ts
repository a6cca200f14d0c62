/**
 * The subset of the Logic Apps workflow definition language (schema 2016-06-01) that the sample flow
 * uses. Power Automate stores flows in the same language; connector calls are `OpenApiConnection`.
 */
export type RunAfter = Record<string, ('Succeeded' | 'Failed' | 'Skipped' | 'TimedOut')[]>;

interface ActionBase {
    runAfter: RunAfter;
}

export type VariableType = 'integer' | 'float' | 'boolean' | 'string' | 'array' | 'object';

export interface InitializeVariableAction extends ActionBase {
    type: 'InitializeVariable';
    inputs: { variables: { name: string; type: VariableType; value: unknown }[] };
}

export interface SetVariableAction extends ActionBase {
    type: 'SetVariable';
    inputs: { name: string; value: unknown };
}

export interface IncrementVariableAction extends ActionBase {
    type: 'IncrementVariable';
    inputs: { name: string; value: number };
}

export interface ComposeAction extends ActionBase {
    type: 'Compose';
    inputs: unknown;
}

export interface OpenApiConnectionAction extends ActionBase {
    type: 'OpenApiConnection';
    inputs: {
        host: { connectionName: string; operationId: string; apiId: string };
        parameters: Record<string, unknown>;
        authentication: string;
    };
}

export interface UntilAction extends ActionBase {
    type: 'Until';
    /** Evaluated after each iteration; the loop stops when it is true. */
    expression: string;
    limit: { count: number; timeout: string };
    actions: Record<string, WorkflowAction>;
}

export type WorkflowAction =
    | InitializeVariableAction
    | SetVariableAction
    | IncrementVariableAction
    | ComposeAction
    | OpenApiConnectionAction
    | UntilAction;

export interface ManualTrigger {
    type: 'Request';
    kind: 'Button';
    inputs: { schema: { type: 'object'; properties: Record<string, never>; required: string[] } };
}

export interface WorkflowDefinition {
    $schema: string;
    contentVersion: '1.0.0.0';
    parameters: Record<string, { defaultValue: unknown; type: 'Object' | 'SecureObject' }>;
    triggers: Record<string, ManualTrigger>;
    actions: Record<string, WorkflowAction>;
    outputs: Record<string, never>;
}

/** The connector a flow calls: the connection name of its actions' `host` and the API id. */
export interface FlowConnection {
    connectionName: string;
    apiId: string;
}

/** One entry of a solution flow's `properties.connectionReferences`, keyed by the actions' connectionName. */
export interface FlowConnectionReference {
    runtimeSource: 'embedded';
    connection: { connectionReferenceLogicalName: string };
    api: { name: string };
}

/**
 * Workflows/<name>-<ID>.json inside a Dataverse solution: the definition and the connection references
 * it uses (shape of real exports, e.g. microsoft/coe-starter-kit
 * CenterofExcellenceCoreComponents/SolutionPackage/Workflows/AdminWelcomeEmailv3-….json).
 */
export interface SolutionFlowFile {
    properties: {
        connectionReferences: Record<string, FlowConnectionReference>;
        definition: WorkflowDefinition;
    };
    schemaVersion: '1.0.0.0';
}
