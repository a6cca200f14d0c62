import { isObject } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

export const operationResponsesRequired: Rule = {
    id: 'operation-responses-required',
    defaultSeverity: 'warn',
    description: 'Every operation declares at least one response ("responses": {} is empty).',
    mirrors: 'OperationMustHaveResponse',
    severityReason: '12 certified connectors (4 changed in 2024: webhook subscriptions of PDF4me, Power Textor, MoreApp) ship "responses": {}, so Microsoft accepts it; the Swagger 2.0 layer no longer stops on it.',
    source: 'Swagger 2.0 (responses needs one entry); Learn "Fix Swagger Validator errors"',
    check({ walks, report }) {
        for (const op of walks.operations()) {
            if (isObject(op.node.responses) && Object.keys(op.node.responses).length === 0) {
                report({ path: [...op.at, 'responses'], message: `${op.label} declares no response; add at least the success response.` });
            }
        }
    },
};
