import { API_PROPERTIES_FILE } from '../../core/files.ts';
import { policies } from '../../swagger/api-properties-reader.ts';
import { POLICY_OPERATION_NAMES } from '../constants.ts';
import type { Rule } from '../rule.ts';

export const policyOperationExists: Rule = {
    id: 'policy-operation-exists',
    defaultSeverity: 'error',
    description: 'Every operationId named by a policy template instance exists in the swagger.',
    mirrors: 'none published (apiProperties validator); OperationIdNotFound is the swagger counterpart',
    severityReason: 'The policy never runs for a missing operation: a functional defect; no certified connector changed in 2024 has one.',
    source: 'Learn policy templates (x-ms-apimTemplate-operationName)',
    check({ apiProperties, walks, report }) {
        const ids = new Set(walks.operations().map((o) => o.operationId).filter((id) => id !== undefined));
        for (const p of policies(apiProperties)) {
            const names = p.parameters[POLICY_OPERATION_NAMES];
            const list = Array.isArray(names) ? names : typeof names === 'string' ? [names] : [];
            list.forEach((name, j) => {
                if (typeof name === 'string' && !ids.has(name)) {
                    const path = Array.isArray(names) ? [...p.at, 'parameters', POLICY_OPERATION_NAMES, j] : [...p.at, 'parameters', POLICY_OPERATION_NAMES];
                    report({ file: API_PROPERTIES_FILE, path, message: `Policy "${p.templateId}" names operation "${name}", which is not in the swagger.` });
                }
            });
        }
    },
};
