import { operations, parameters } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const noBodyOnGet: Rule = {
    id: 'no-body-on-get',
    defaultSeverity: 'error',
    description: 'A GET operation has no body or formData parameter.',
    source: 'Validator BodyOrFormDataParameterInFetchOperationNotAllowed',
    check({ swagger, report }) {
        for (const op of operations(swagger)) {
            if (op.method !== 'get') continue;
            for (const p of parameters(swagger, op)) {
                if (p.node.in === 'body' || p.node.in === 'formData') {
                    report({ path: p.at, message: `${op.label} is a GET and cannot have a ${String(p.node.in)} parameter.` });
                }
            }
        }
    },
};
