/** custom-code-script-class: the platform runs class Script : ScriptBase through its ExecuteAsync override. */
import { SCRIPT_FILE } from '../../core/files.ts';
import { scriptClassProblems } from '../custom-code.ts';
import type { Rule } from '../rule.ts';

export const customCodeScriptClass: Rule = {
    id: 'custom-code-script-class',
    defaultSeverity: 'error',
    description: 'Custom code (script.csx) declares class Script deriving from ScriptBase and overriding Task<HttpResponseMessage> ExecuteAsync(); other helper types may sit beside it.',
    source: 'Learn "Write code in a custom connector" (the Script class, ScriptBase, ExecuteAsync)',
    mirrors: 'none (the platform compiles script.csx when the connector is saved)',
    severityReason: 'Without the class or its ExecuteAsync the platform has nothing to run; every certified script with code has them (helper classes beside Script are common: 19 certified connectors).',
    check({ script, report }) {
        if (script === undefined) return;
        for (const message of scriptClassProblems(script)) report({ file: SCRIPT_FILE, path: [], message });
    },
};
