/** Registry of the policy templates the harness executes. Any other templateId is an explicit error. */
import type { PolicyTemplateInstance } from '../../swagger/api-properties.ts';
import { ToolError } from '../../core/errors.ts';
import { dynamicHostUrl } from './dynamichosturl.ts';
import { setHeader } from './setheader.ts';
import { setQueryParameter } from './setqueryparameter.ts';
import { OPERATION_NAME, POLICY_SECTION, param, type ExistsAction, type PolicyHandler } from './types.ts';

const EXISTS_ACTIONS: readonly ExistsAction[] = ['override', 'skip', 'append'];

export const POLICY_HANDLERS: readonly PolicyHandler[] = [dynamicHostUrl, setHeader, setQueryParameter];

export interface BoundPolicy {
    index: number;
    instance: PolicyTemplateInstance;
    handler: PolicyHandler;
}

const FILE = 'apiProperties.json';

/** Resolve every instance to its handler up front, so an unsupported template fails before any call. */
export function bindPolicies(instances: readonly PolicyTemplateInstance[]): BoundPolicy[] {
    return instances.map((instance, index) => {
        const at = ['properties', 'policyTemplateInstances', index];
        const handler = POLICY_HANDLERS.find((h) => h.templateId === String(instance.templateId).toLowerCase());
        if (!handler) {
            throw new ToolError(FILE, [...at, 'templateId'], `policy template "${instance.templateId}" is not supported by the harness (supported: ${POLICY_HANDLERS.map((h) => h.templateId).join(', ')})`);
        }
        const params = instance.parameters ?? {};
        for (const name of Object.keys(params)) {
            if (!handler.parameters.includes(name)) {
                throw new ToolError(FILE, [...at, 'parameters', name], `parameter "${name}" of policy template "${handler.templateId}" is not supported by the harness`);
            }
        }
        for (const name of handler.required) {
            if (typeof params[name] !== 'string') {
                throw new ToolError(FILE, [...at, 'parameters', name], `policy template "${handler.templateId}" needs the string parameter "${name}"`);
            }
        }
        const section = params[POLICY_SECTION];
        if (section !== undefined && section !== 'Request') {
            throw new ToolError(FILE, [...at, 'parameters', POLICY_SECTION], `${POLICY_SECTION} ${JSON.stringify(section)} is not supported by the harness (only Request)`);
        }
        const exists = params[param('existsAction')];
        if (exists !== undefined && !EXISTS_ACTIONS.includes(exists as ExistsAction)) {
            throw new ToolError(FILE, [...at, 'parameters', param('existsAction')], `existsAction must be one of ${EXISTS_ACTIONS.join(', ')}, got ${JSON.stringify(exists)}`);
        }
        const ops = params[OPERATION_NAME];
        if (ops !== undefined && !(Array.isArray(ops) && ops.every((o) => typeof o === 'string'))) {
            throw new ToolError(FILE, [...at, 'parameters', OPERATION_NAME], `"${OPERATION_NAME}" must be an array of operationIds`);
        }
        return { index, instance, handler };
    });
}

/** x-ms-apimTemplate-operationName scoping: omitted or empty ⇒ every operation. */
export function appliesTo(policy: BoundPolicy, operationId: string): boolean {
    const ops = policy.instance.parameters[OPERATION_NAME];
    return !Array.isArray(ops) || ops.length === 0 || ops.includes(operationId);
}
