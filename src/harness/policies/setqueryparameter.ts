/** setqueryparameter: adds or overwrites a query parameter of the request. */
import { param, OPERATION_NAME, type ExistsAction, type PolicyHandler } from './types.ts';

export const setQueryParameter: PolicyHandler = {
    templateId: 'setqueryparameter',
    parameters: [param('name'), param('value'), param('existsAction'), OPERATION_NAME],
    required: [param('name'), param('value')],
    applyToRequest(instance, request, ctx) {
        const name = ctx.evaluate(param('name'));
        const value = ctx.evaluate(param('value'));
        const action = (instance.parameters[param('existsAction')] ?? 'override') as ExistsAction;
        const exists = request.query.some(([k]) => k === name);
        if (exists && action === 'skip') return;
        if (exists && action === 'override') request.query = request.query.filter(([k]) => k !== name);
        request.query.push([name, value]);
    },
};
