/** script-operations-unknown: every scriptOperations entry is an operation of the swagger. */
import { API_PROPERTIES_FILE } from '../../core/files.ts';
import { SCRIPT_OPERATIONS_PATH, scriptOperationsOf } from '../custom-code.ts';
import type { Rule } from '../rule.ts';

export const scriptOperationsUnknown: Rule = {
    id: 'script-operations-unknown',
    defaultSeverity: 'warn',
    description: 'Every operationId in apiProperties.json scriptOperations is an operation of the swagger.',
    source: 'Learn "Create a custom connector from scratch", step 4 (custom code for selected operations)',
    mirrors: 'none',
    severityReason: 'A stale entry selects nothing; the platform accepted it in 2 certified connectors (SoloSign, personr: "postCall"), none changed in 2024.',
    check({ apiProperties, walks, report }) {
        const s = scriptOperationsOf(apiProperties);
        (s.listed ?? []).forEach((id, i) => {
            if (typeof id === 'string' && walks.operation(id) === undefined) {
                report({ file: API_PROPERTIES_FILE, path: [...SCRIPT_OPERATIONS_PATH, i], message: `scriptOperations names "${id}", which is not an operationId of the swagger.` });
            }
        });
    },
};
