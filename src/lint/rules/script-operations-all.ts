/** script-operations-all: custom code without scriptOperations runs for every operation. */
import { API_PROPERTIES_FILE } from '../../core/files.ts';
import { scriptOperationsOf } from '../custom-code.ts';
import type { Rule } from '../rule.ts';

export const scriptOperationsAll: Rule = {
    id: 'script-operations-all',
    defaultSeverity: 'info',
    description: 'Custom code with no scriptOperations (or an empty list) runs for every operation of the connector.',
    source: 'Learn "Create a custom connector from scratch", step 4: without a selection the code applies to all operations',
    mirrors: 'none',
    severityReason: 'A documented, valid choice (15 certified connectors changed in 2024 make it, 26 of all certified); the info says what it means.',
    check({ apiProperties, script, report }) {
        if (script === undefined) return;
        const s = scriptOperationsOf(apiProperties);
        if (s.listed !== undefined && s.listed.length > 0) return;
        if (s.present && s.listed === undefined) return; // script-operations-valid reports the shape
        report({ file: API_PROPERTIES_FILE, path: s.props ? ['properties'] : [], message: 'The connector has custom code but no scriptOperations, so the platform runs the code for every operation.' });
    },
};
