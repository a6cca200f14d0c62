import { asObject, asString, isObject } from '../../core/json.ts';
import { derefObject, successCodes } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const pageableNextlinkInSchema: Rule = {
    id: 'pageable-nextlink-in-schema',
    defaultSeverity: 'warn',
    description: 'The property named by x-ms-pageable.nextLinkName exists at the root of the success response schema.',
    mirrors: 'none',
    severityReason: 'No validator code; paging only stops early when the link is missing. 8 of 619 certified connectors (1 changed in 2024) name a property the schema lacks.',
    source: 'Learn OpenAPI extensions (x-ms-pageable; the link is read from the response root)',
    check({ swagger, walks, report }) {
        for (const op of walks.operations()) {
            const name = asString(asObject(op.node['x-ms-pageable'])?.nextLinkName);
            if (name === undefined) continue;
            const responses = asObject(op.node.responses);
            const schemas = successCodes(op.node).map((c) => derefObject(swagger, asObject(responses?.[c])?.schema)).filter((s) => s !== undefined);
            const found = schemas.some((s) => isObject(s.properties) && s.properties[name] !== undefined);
            if (!found) report({ path: [...op.at, 'x-ms-pageable', 'nextLinkName'], message: `${op.label}: the success response schema has no "${name}" property for x-ms-pageable.` });
        }
    },
};
