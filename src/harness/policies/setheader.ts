/**
 * setheader: adds or overwrites a request header. Only policySection Request (the default) is executed;
 * bindPolicies rejects Response/Failure explicitly.
 */
import { param, OPERATION_NAME, POLICY_SECTION, type ExistsAction, type PolicyHandler } from './types.ts';

export const setHeader: PolicyHandler = {
    templateId: 'setheader',
    parameters: [param('name'), param('value'), param('existsAction'), POLICY_SECTION, OPERATION_NAME],
    required: [param('name'), param('value')],
    applyToRequest(instance, request, ctx) {
        const name = ctx.evaluate(param('name')).toLowerCase();
        const value = ctx.evaluate(param('value'));
        const action = (instance.parameters[param('existsAction')] ?? 'override') as ExistsAction;
        const existing = request.headers[name];
        if (existing !== undefined && action === 'skip') return;
        request.headers[name] = existing !== undefined && action === 'append' ? `${existing}, ${value}` : value;
    },
};
