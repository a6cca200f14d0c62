/**
 * Connector custom code (script.csx) against the platform's limits (Learn, "Write code in a custom
 * connector" and "Create a custom connector from scratch", step 4): one file, a class named Script that
 * derives from ScriptBase and overrides ExecuteAsync, only the supported namespaces, smaller than 1 MB,
 * HTTP only through Context.SendAsync (HttpClient "will be blocked in the future"). And the code serves
 * only the operations apiProperties lists in `scriptOperations`: without that list the platform sends
 * every operation through the code, and an operationId the code names but the list lacks never
 * reaches it.
 *
 * The C# checks are regular expressions over the source with comments and string literals blanked,
 * meant for connector scripts, not a C# parser: `using` directives are compared with the supported
 * list; fully qualified names are checked against common System namespaces that are not on it.
 */
import { API_PROPERTIES_FILE, SCRIPT_FILE } from '../../core/files.ts';
import { asArray, isObject } from '../../core/json.ts';
import { operations } from '../../swagger/reader.ts';
import type { Rule } from '../rule.ts';

/** "the size of your script file can't be more than 1 MB" (Learn, custom code FAQ). */
export const MAX_SCRIPT_BYTES = 1024 * 1024;

/** Learn, "Write code in a custom connector", Supported namespaces (in Learn's order). */
export const SUPPORTED_NAMESPACES: readonly string[] = [
    'System', 'System.Collections', 'System.Collections.Generic', 'System.Diagnostics', 'System.IO', 'System.IO.Compression',
    'System.Linq', 'System.Net', 'System.Net.Http', 'System.Net.Http.Headers', 'System.Net.Security', 'System.Security.Authentication',
    'System.Security.Cryptography', 'System.Text', 'System.Text.RegularExpressions', 'System.Threading', 'System.Threading.Tasks',
    'System.Web', 'System.Xml', 'System.Xml.Linq', 'System.Drawing', 'System.Drawing.Drawing2D', 'System.Drawing.Imaging',
    'Microsoft.Extensions.Logging', 'Newtonsoft.Json', 'Newtonsoft.Json.Linq',
];

/** Common System namespaces that are not on the supported list, caught when written fully qualified. */
const UNSUPPORTED_QUALIFIED =
    /\bSystem\.(Globalization|Reflection|Runtime|Configuration|Data|ComponentModel|Dynamic|Timers|Transactions|Resources|Net\.Sockets|Net\.WebSockets|IO\.Pipes|Security\.Principal)\b/g;

/** The source with comments removed and string/char literals emptied, so the checks see only code. */
export function codeOnly(source: string): string {
    return source.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|@"(?:[^"]|"")*"|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, (m) => (m.startsWith('/') ? ' ' : '""'));
}

/** Problems with the C# itself; [] when it stays within the limits. */
export function scriptProblems(source: string): string[] {
    const problems: string[] = [];
    const bytes = Buffer.byteLength(source, 'utf8');
    if (bytes >= MAX_SCRIPT_BYTES) problems.push(`script.csx has ${bytes} bytes; custom code must be smaller than 1 MB (${MAX_SCRIPT_BYTES} bytes).`);
    const code = codeOnly(source);
    const types = [...code.matchAll(/\b(class|struct|interface|enum|record)\s+([A-Za-z_]\w*)/g)].map((m) => `${m[1]} ${m[2]}`);
    if (types.length !== 1 || types[0] !== 'class Script') {
        problems.push(`script.csx must declare exactly one type, class Script; it declares ${types.length === 0 ? 'none' : types.join(', ')}.`);
    }
    if (!/\bclass\s+Script\s*:\s*ScriptBase\b/.test(code)) problems.push('class Script must derive from ScriptBase.');
    if (!/\boverride\s+(?:async\s+)?Task<HttpResponseMessage>\s+ExecuteAsync\s*\(\s*\)/.test(code)) problems.push('class Script must override Task<HttpResponseMessage> ExecuteAsync().');
    for (const m of code.matchAll(/^\s*using\s+(?:static\s+)?([\w.]+)\s*;/gm)) {
        if (!SUPPORTED_NAMESPACES.includes(m[1]!)) problems.push(`using ${m[1]}: not a namespace custom code may use.`);
    }
    const body = code.replace(/^\s*using\s+[^;]*;/gm, '');
    for (const m of body.matchAll(UNSUPPORTED_QUALIFIED)) problems.push(`${m[0]}: not a namespace custom code may use (fully qualified names count too).`);
    if (/\bnew\s+HttpClient\b|\bHttpClient\s*\./.test(code)) problems.push('HTTP calls must go through Context.SendAsync, not HttpClient.');
    return [...new Set(problems)];
}

/** String literals of the source that are operationIds of the swagger (the operations the code names). */
function namedOperations(source: string, operationIds: ReadonlySet<string>): string[] {
    const stripped = source.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ' ');
    const named = [...stripped.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].map((m) => m[1]!).filter((s) => operationIds.has(s));
    return [...new Set(named)];
}

export const customCodeLimits: Rule = {
    id: 'custom-code-limits',
    defaultSeverity: 'error',
    description:
        'Custom code (script.csx) is one Script class deriving from ScriptBase, uses only the supported namespaces and Context.SendAsync, is smaller than 1 MB, and serves only the operations listed in scriptOperations, each of which exists.',
    source: 'Learn "Write code in a custom connector" (supported namespaces, custom code FAQ: 5 s, 1 MB, one script) and "Create a custom connector from scratch" step 4 (without a selection the code applies to all operations)',
    mirrors: 'none (the platform compiles script.csx when the connector is saved)',
    severityReason: "Learn's documented limits: the platform refuses code that is over 1 MB, not one Script class or outside the supported namespaces, and code naming an operation outside scriptOperations never runs for it.",
    check({ swagger, apiProperties, script, report }) {
        const props = isObject(apiProperties) && isObject(apiProperties['properties']) ? apiProperties['properties'] : undefined;
        const listed = props && 'scriptOperations' in props ? asArray(props['scriptOperations']) : undefined;
        const ids = new Set(operations(swagger).flatMap((o) => (o.operationId === undefined ? [] : [o.operationId])));
        const at = ['properties', 'scriptOperations'];
        if (props && 'scriptOperations' in props && listed === undefined) {
            report({ file: API_PROPERTIES_FILE, path: at, message: 'scriptOperations must be an array of operationIds.' });
        }
        (listed ?? []).forEach((id, i) => {
            if (typeof id !== 'string' || !ids.has(id)) report({ file: API_PROPERTIES_FILE, path: [...at, i], message: `scriptOperations names ${JSON.stringify(id)}, which is not an operationId of the swagger.` });
        });
        if (script === undefined) return;
        for (const message of scriptProblems(script)) report({ file: SCRIPT_FILE, path: [], message });
        if (listed === undefined || listed.length === 0) {
            report({
                file: API_PROPERTIES_FILE,
                path: props ? ['properties'] : [],
                message: 'The connector has custom code but no scriptOperations, so the platform runs the code for every operation; list the operations it serves.',
            });
            return;
        }
        for (const id of namedOperations(script, ids)) {
            if (!listed.includes(id)) report({ file: SCRIPT_FILE, path: [], message: `script.csx handles ${id}, which scriptOperations does not list, so that code never runs; list it or remove the code.` });
        }
    },
};
