/**
 * Reading connector custom code (script.csx) and its operation list for the custom-code rules (Learn,
 * "Write code in a custom connector" and "Create a custom connector from scratch", step 4).
 *
 * The C# checks are regular expressions over the source with comments and string literals blanked,
 * meant for connector scripts, not a C# parser.
 */
import { asArray, isObject } from '../core/json.ts';
import type { JsonObject } from '../core/json.ts';

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

/** What the platform needs to run the code: a class Script deriving from ScriptBase that overrides ExecuteAsync. */
export function scriptClassProblems(source: string): string[] {
    const code = codeOnly(source);
    const problems: string[] = [];
    if (!/\bclass\s+Script\s*:\s*ScriptBase\b/.test(code)) problems.push('script.csx must declare class Script deriving from ScriptBase.');
    if (!/\boverride\s+(?:async\s+)?Task\s*<\s*HttpResponseMessage\s*>\s*ExecuteAsync\s*\(\s*\)/.test(code)) {
        problems.push('class Script must override Task<HttpResponseMessage> ExecuteAsync().');
    }
    return problems;
}

/** Namespaces the code uses that Learn does not list as supported (using directives and fully qualified names). */
export function undocumentedNamespaces(source: string): string[] {
    const code = codeOnly(source);
    const out: string[] = [];
    for (const m of code.matchAll(/^\s*using\s+(?:static\s+)?([\w.]+)\s*;/gm)) {
        if (!SUPPORTED_NAMESPACES.includes(m[1]!)) out.push(m[1]!);
    }
    const body = code.replace(/^\s*using\s+[^;]*;/gm, '');
    for (const m of body.matchAll(UNSUPPORTED_QUALIFIED)) out.push(m[0]);
    return [...new Set(out)];
}

export const usesHttpClient = (source: string): boolean => /\bnew\s+HttpClient\b|\bHttpClient\s*\./.test(codeOnly(source));

/** String literals of the source that are operationIds of the swagger (the operations the code names). */
export function namedOperations(source: string, isOperationId: (s: string) => boolean): string[] {
    const stripped = source.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ' ');
    const named = [...stripped.matchAll(/"((?:[^"\\\n]|\\.)*)"/g)].map((m) => m[1]!).filter(isOperationId);
    return [...new Set(named)];
}

export interface ScriptOperations {
    /** apiProperties `properties`, when it is an object. */
    props: JsonObject | undefined;
    /** True when `properties` has the key at all. */
    present: boolean;
    /** The list, when it is an array. */
    listed: readonly unknown[] | undefined;
}

/** apiProperties' scriptOperations as the script-operations-* rules read it (they look operationIds up with walks.operation). */
export function scriptOperationsOf(apiProperties: JsonObject | undefined): ScriptOperations {
    const props = isObject(apiProperties) && isObject(apiProperties['properties']) ? apiProperties['properties'] : undefined;
    const present = props !== undefined && 'scriptOperations' in props;
    return {
        props,
        present,
        listed: present ? asArray(props['scriptOperations']) : undefined,
    };
}

export const SCRIPT_OPERATIONS_PATH = ['properties', 'scriptOperations'] as const;
