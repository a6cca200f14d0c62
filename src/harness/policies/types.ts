/** A policy template the harness can execute, applied to a request being prepared. */
import type { PolicyTemplateInstance } from '../../swagger/api-properties.ts';

export interface MutableRequest {
    operationId: string;
    /** Scheme + host + basePath, without a trailing slash. */
    baseUrl: string;
    path: string;
    headers: Record<string, string>;
    query: [string, string][];
}

export interface PolicyContext {
    connection: Readonly<Record<string, string>>;
    /** Evaluate an expression string or fail with a ToolError naming `param`. */
    evaluate(param: string): string;
}

export interface PolicyHandler {
    /** Lowercase templateId (the platform matches template ids case-insensitively). */
    templateId: string;
    /** Parameters the handler understands; anything else on an instance is an error. */
    parameters: readonly string[];
    required: readonly string[];
    applyToRequest(instance: PolicyTemplateInstance, request: MutableRequest, ctx: PolicyContext): void;
}

export const OPERATION_NAME = 'x-ms-apimTemplate-operationName';
export const POLICY_SECTION = 'x-ms-apimTemplate-policySection';
export const param = (name: string): string => `x-ms-apimTemplateParameter.${name}`;

export type ExistsAction = 'override' | 'skip' | 'append';
