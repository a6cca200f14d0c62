/** custom-code-namespaces: the code uses only the namespaces Learn documents as supported. */
import { SCRIPT_FILE } from '../../core/files.ts';
import { undocumentedNamespaces } from '../custom-code.ts';
import type { Rule } from '../rule.ts';

export const customCodeNamespaces: Rule = {
    id: 'custom-code-namespaces',
    defaultSeverity: 'warn',
    description: 'Custom code uses only the namespaces Learn lists as supported (using directives and common fully qualified names).',
    source: 'Learn "Write code in a custom connector", Supported namespaces',
    mirrors: 'none',
    severityReason: 'Learn lists the supported namespaces, but certified scripts also use others (System.Globalization, System.Runtime, …: 9 certified connectors changed in 2024, 11 of all certified) and the platform accepted them; outside the list, support may end.',
    check({ script, report }) {
        if (script === undefined) return;
        for (const ns of undocumentedNamespaces(script)) report({ file: SCRIPT_FILE, path: [], message: `${ns}: not among the namespaces Learn lists as supported for custom code.` });
    },
};
