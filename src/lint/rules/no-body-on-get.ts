import { parameters } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const noBodyOnGet: Rule = {
    id: 'no-body-on-get',
    defaultSeverity: 'warn',
    description: 'A GET operation has no body or formData parameter.',
    mirrors: 'BodyOrFormDataParameterInFetchOperationNotAllowed',
    severityReason: '5 certified connectors ship one (3 changed in 2024: AIForged, DocuSign), so Microsoft does not stop it; HTTP clients may drop the body.',
    source: 'Learn "Fix Swagger Validator errors"',
    check({ swagger, walks, report }) {
        for (const op of walks.operations()) {
            if (op.method !== 'get') continue;
            for (const p of parameters(swagger, op)) {
                if (p.node.in === 'body' || p.node.in === 'formData') {
                    report({ path: p.at, message: `${op.label} is a GET and cannot have a ${String(p.node.in)} parameter.` });
                }
            }
        }
    },
};
