import { asObject, asString, isObject } from '../../validate/json-walk.ts';
import { derefSchema, operations, successCodes } from '../walk.ts';
import type { Rule } from '../rule.ts';

export const pageableNextlinkInSchema: Rule = {
    id: 'pageable-nextlink-in-schema',
    defaultSeverity: 'error',
    description: 'The property named by x-ms-pageable.nextLinkName exists at the root of the success response schema.',
    source: 'Learn extensions (x-ms-pageable); the platform reads the link from the response root',
    check({ swagger, report }) {
        for (const op of operations(swagger)) {
            const name = asString(asObject(op.op['x-ms-pageable'])?.nextLinkName);
            if (name === undefined) continue;
            const responses = asObject(op.op.responses);
            const schemas = successCodes(op.op).map((c) => derefSchema(swagger, asObject(responses?.[c])?.schema)).filter((s) => s !== undefined);
            const found = schemas.some((s) => isObject(s.properties) && s.properties[name] !== undefined);
            if (!found) report({ path: [...op.at, 'x-ms-pageable', 'nextLinkName'], message: `${op.label}: the success response schema has no "${name}" property for x-ms-pageable.` });
        }
    },
};
