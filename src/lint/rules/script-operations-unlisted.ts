/** script-operations-unlisted: code for an operation that scriptOperations leaves out never runs. */
import { SCRIPT_FILE } from '../../core/files.ts';
import { namedOperations, scriptOperationsOf } from '../custom-code.ts';
import type { Rule } from '../rule.ts';

export const scriptOperationsUnlisted: Rule = {
    id: 'script-operations-unlisted',
    defaultSeverity: 'warn',
    description: 'Every operationId the custom code names (as a string literal) is listed in scriptOperations, when there is a list.',
    source: 'Learn "Create a custom connector from scratch", step 4: the code runs only for the selected operations',
    mirrors: 'none',
    severityReason: 'A heuristic (an operationId in a string literal), and the code may name an operation for another reason: 2 certified connectors changed in 2024 do.',
    check({ apiProperties, script, walks, report }) {
        if (script === undefined) return;
        const s = scriptOperationsOf(apiProperties);
        if (s.listed === undefined || s.listed.length === 0) return;
        for (const id of namedOperations(script, (id) => walks.operation(id) !== undefined)) {
            if (!s.listed.includes(id)) report({ file: SCRIPT_FILE, path: [], message: `script.csx names ${id}, which scriptOperations does not list, so code for it never runs; list it or remove the code.` });
        }
    },
};
