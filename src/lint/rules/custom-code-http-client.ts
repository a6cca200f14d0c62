/** custom-code-http-client: HTTP calls go through Context.SendAsync. */
import { SCRIPT_FILE } from '../../core/files.ts';
import { usesHttpClient } from '../custom-code.ts';
import type { Rule } from '../rule.ts';

export const customCodeHttpClient: Rule = {
    id: 'custom-code-http-client',
    defaultSeverity: 'warn',
    description: 'Custom code sends HTTP requests through Context.SendAsync, not HttpClient.',
    source: 'Learn "Write code in a custom connector": HttpClient usage "will be blocked in the future"',
    mirrors: 'none',
    severityReason: 'Learn announces a block but the platform still runs such code today.',
    check({ script, report }) {
        if (script !== undefined && usesHttpClient(script)) report({ file: SCRIPT_FILE, path: [], message: 'HTTP calls should go through Context.SendAsync, not HttpClient (Learn: HttpClient will be blocked).' });
    },
};
