import { API_PROPERTIES_FILE } from '../../core/files.ts';
import { asString, entries } from '../../core/json.ts';
import { policies } from '../../swagger/api-properties-reader.ts';
import { POLICY_OPERATION_NAMES, POLICY_TRIGGER_CONFIG, TRIGGER_CONFIG_NEXT_LINK } from '../constants.ts';
import { parameters } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

export const pollingtriggerQueryParams: Rule = {
    id: 'pollingtrigger-query-params',
    defaultSeverity: 'error',
    description: 'Every triggerConfig key of a pollingtrigger policy is a query parameter of the trigger operation.',
    mirrors: 'none',
    severityReason: 'The trigger state goes nowhere: a functional defect; 1 of 619 certified connectors, none changed in 2024.',
    source: 'Learn polling trigger; facts §1.3 (state is injected into query parameters)',
    check({ swagger, apiProperties, walks, report }) {
        const ops = walks.operations();
        for (const p of policies(apiProperties)) {
            if (p.templateId !== 'pollingtrigger') continue;
            const names = p.parameters[POLICY_OPERATION_NAMES];
            const targets = ops.filter((o) => {
                const id = asString(o.node.operationId);
                return id !== undefined && (Array.isArray(names) ? names.includes(id) : names === id);
            });
            if (targets.length === 0) continue;
            for (const [key] of entries(p.parameters[POLICY_TRIGGER_CONFIG])) {
                if (key === TRIGGER_CONFIG_NEXT_LINK) continue;
                for (const op of targets) {
                    const ok = parameters(swagger, op).some((q) => q.node.in === 'query' && q.node.name === key);
                    if (!ok) report({ file: API_PROPERTIES_FILE, path: [...p.at, 'parameters', POLICY_TRIGGER_CONFIG, key], message: `triggerConfig key "${key}" is not a query parameter of ${op.label}.` });
                }
            }
        }
    },
};
