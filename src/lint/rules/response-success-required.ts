import { entries, isObject } from '../../core/json.ts';
import { successCodes } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const responseSuccessRequired: Rule = {
    id: 'response-success-required',
    defaultSeverity: 'warn',
    description: 'Every operation declares a 2xx response, not only "default".',
    mirrors: 'OperationShouldHaveSuccessfulResponse',
    severityReason: 'Microsoft words it "should have"; 73 of 619 certified connectors (22 changed in 2024) have operations without a 2xx response. It owns the default-only case (response-default-no-schema skips it).',
    source: 'Learn coding standards',
    check({ walks, report }) {
        for (const op of walks.operations()) {
            if (!isObject(op.node.responses) || Object.keys(op.node.responses).length === 0) continue; // none at all: operation-responses-required
            if (successCodes(op.node).length > 0) continue;
            const codes = entries(op.node.responses).map(([c]) => c);
            const only = codes.length === 1 && codes[0] === 'default';
            report({ path: [...op.at, 'responses'], message: only ? `${op.label} has only a default response; declare a 2xx success response.` : `${op.label} has no 2xx success response.` });
        }
    },
};
