import { asArray } from '../../core/json.ts';
import { ALLOWED_MIME_TYPES, isAllowedMimeType } from '../constants.ts';
import { parameters } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const consumesSupported: Rule = {
    id: 'consumes-supported',
    defaultSeverity: 'warn',
    description: 'An operation with a body or formData parameter whose consumes (its own or the root one) is given lists at least one supported MIME type.',
    mirrors: 'ConsumesMissing',
    severityReason: 'Certified SignHost and ReversingLabs TitaniumCloud (both changed in 2024) upload files with only application/octet-stream, so Microsoft does not stop it.',
    source: 'Learn "Fix Swagger Validator errors" (ConsumesMissing)',
    check({ swagger, walks, report }) {
        for (const op of walks.operations()) {
            if (!parameters(swagger, op).some((p) => p.in === 'body' || p.in === 'formData')) continue;
            const own = asArray(op.node.consumes);
            const list = own ?? asArray(swagger.consumes);
            if (list === undefined || list.length === 0 || list.some(isAllowedMimeType)) continue;
            report({ path: own ? [...op.at, 'consumes'] : ['consumes'], message: `${op.label} sends a body, but consumes lists no supported MIME type (${ALLOWED_MIME_TYPES.join(', ')}).` });
        }
    },
};
