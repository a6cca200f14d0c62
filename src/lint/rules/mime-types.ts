import type { JsonPathSegments } from '../../core/pointer.ts';
import { asArray } from '../../core/json.ts';
import { ALLOWED_MIME_TYPES, isAllowedMimeType } from '../constants.ts';
import type { Rule } from '../rule.ts';

export const mimeTypes: Rule = {
    id: 'mime-types',
    defaultSeverity: 'warn',
    description: `consumes and produces use only ${ALLOWED_MIME_TYPES.join(', ')}.`,
    mirrors: 'MimeTypeNotValid, MimeTypeNotSupported',
    severityReason: '77 of 619 certified connectors (18 changed in 2024) list other types (text/json, application/xml, application/pdf) beside a supported one; a body with no supported type at all is consumes-supported.',
    source: 'Learn "Fix Swagger Validator errors" (the supported MIME types)',
    check({ swagger, walks, report }) {
        const checkList = (list: unknown, at: JsonPathSegments) => {
            (asArray(list) ?? []).forEach((m, i) => {
                if (!isAllowedMimeType(m)) report({ path: [...at, i], message: `MIME type ${JSON.stringify(m)} is not supported; use ${ALLOWED_MIME_TYPES.join(', ')}.` });
            });
        };
        checkList(swagger.consumes, ['consumes']);
        checkList(swagger.produces, ['produces']);
        for (const op of walks.operations()) {
            checkList(op.node.consumes, [...op.at, 'consumes']);
            checkList(op.node.produces, [...op.at, 'produces']);
        }
    },
};
