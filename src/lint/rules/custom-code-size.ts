/** custom-code-size: script.csx must be smaller than 1 MB. */
import { SCRIPT_FILE } from '../../core/files.ts';
import { MAX_SCRIPT_BYTES } from '../custom-code.ts';
import type { Rule } from '../rule.ts';

export const customCodeSize: Rule = {
    id: 'custom-code-size',
    defaultSeverity: 'error',
    description: 'Custom code (script.csx) is smaller than 1 MB.',
    source: 'Learn "Write code in a custom connector", FAQ: the script file cannot be more than 1 MB',
    mirrors: 'none (a documented platform limit)',
    severityReason: 'A documented hard limit of the platform.',
    check({ script, report }) {
        if (script === undefined) return;
        const bytes = Buffer.byteLength(script, 'utf8');
        if (bytes >= MAX_SCRIPT_BYTES) report({ file: SCRIPT_FILE, path: [], message: `script.csx has ${bytes} bytes; custom code must be smaller than 1 MB (${MAX_SCRIPT_BYTES} bytes).` });
    },
};
