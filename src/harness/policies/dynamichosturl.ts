/** dynamichosturl: replaces scheme + host + basePath with the evaluated urlTemplate. */
import { param, OPERATION_NAME, type PolicyHandler } from './types.ts';

export const dynamicHostUrl: PolicyHandler = {
    templateId: 'dynamichosturl',
    parameters: [param('urlTemplate'), OPERATION_NAME],
    required: [param('urlTemplate')],
    applyToRequest(_instance, request, ctx) {
        request.baseUrl = ctx.evaluate(param('urlTemplate')).replace(/\/+$/, '');
    },
};
