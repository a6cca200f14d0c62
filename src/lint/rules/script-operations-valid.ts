/** script-operations-valid: apiProperties scriptOperations is a list of operationIds (strings). */
import { API_PROPERTIES_FILE } from '../../core/files.ts';
import { SCRIPT_OPERATIONS_PATH, scriptOperationsOf } from '../custom-code.ts';
import type { Rule } from '../rule.ts';

export const scriptOperationsValid: Rule = {
    id: 'script-operations-valid',
    defaultSeverity: 'error',
    description: 'apiProperties.json scriptOperations is an array of strings (operationIds).',
    source: 'Learn "Create a custom connector from scratch", step 4 (custom code for selected operations); apiProperties scriptOperations',
    mirrors: 'none',
    severityReason: 'Any other shape is not an operation selection the platform can read; no certified connector has one.',
    check({ apiProperties, report }) {
        const s = scriptOperationsOf(apiProperties);
        if (s.present && s.listed === undefined) report({ file: API_PROPERTIES_FILE, path: [...SCRIPT_OPERATIONS_PATH], message: 'scriptOperations must be an array of operationIds.' });
        (s.listed ?? []).forEach((id, i) => {
            if (typeof id !== 'string') report({ file: API_PROPERTIES_FILE, path: [...SCRIPT_OPERATIONS_PATH, i], message: `scriptOperations entry ${JSON.stringify(id)} must be an operationId (a string).` });
        });
    },
};
