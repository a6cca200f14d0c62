import { asObject, isObject } from '../../core/json.ts';
import { successCodes } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const responseDefaultNoSchema: Rule = {
    id: 'response-default-no-schema',
    defaultSeverity: 'warn',
    description: 'The "default" response of an operation that has a 2xx response carries no schema.',
    mirrors: 'DefaultResponseHasSchema',
    severityReason: "Microsoft words it \"should not have\"; 63 of 619 certified connectors (20 changed in 2024) give \"default\" a schema. Where \"default\" is the only response it stands in for the success response and is response-success-required's finding; beside a 2xx response 5 certified connectors (2 changed in 2024) remain.",
    source: "Learn certification submission (\"don't use default responses with an exact schema\")",
    check({ walks, report }) {
        for (const op of walks.operations()) {
            if (successCodes(op.node).length === 0) continue; // "default" stands in for the success response: response-success-required
            const def = asObject(asObject(op.node.responses)?.default);
            if (def?.schema === undefined) continue;
            const empty = isObject(def.schema) && Object.keys(def.schema).length === 0;
            report({ path: [...op.at, 'responses', 'default', 'schema'], message: `${op.label}: the default response must not have a schema${empty ? ' (this one is empty)' : ''}.` });
        }
    },
};
