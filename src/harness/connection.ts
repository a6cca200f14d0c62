/**
 * Checks connection values the way the "new connection" dialog does: every value names a declared
 * connection parameter, required ones are present (a dropdown's defaultValue counts), and a dropdown
 * value is one of its allowedValues — unless `allowCustomValues` is set (tests point a custom
 * environment at the local sandbox). Returns the resolved values (defaults applied) and findings.
 * Messages never contain the value of a securestring parameter.
 */
import type { ApiProperties } from '../swagger/api-properties.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import { API_PROPERTIES_FILE } from '../core/files.ts';
import { finding } from '../core/rules.ts';
import { HARNESS_RULES } from './rules.ts';

export interface ConnectionCheck {
    values: Record<string, string>;
    /** Values of securestring parameters: masked in everything the harness prints. */
    secrets: string[];
    diagnostics: Diagnostic[];
}

const FILE = API_PROPERTIES_FILE;

export function checkConnection(
    apiProperties: ApiProperties,
    given: Readonly<Record<string, unknown>>,
    options: { allowCustomValues?: boolean } = {},
): ConnectionCheck {
    const params = apiProperties.properties.connectionParameters ?? {};
    const diagnostics: Diagnostic[] = [];
    const values: Record<string, string> = {};
    const secrets: string[] = [];
    const at = (name: string, ...rest: string[]) => ['properties', 'connectionParameters', name, ...rest];

    for (const [name, value] of Object.entries(given)) {
        if (!(name in params)) {
            const known = Object.keys(params).join(', ');
            diagnostics.push(finding(HARNESS_RULES.connectionUnknownParameter, `Connection value "${name}" is not a connection parameter of this connector (known: ${known}).`, ['properties', 'connectionParameters'], FILE));
            continue;
        }
        if (typeof value !== 'string') {
            diagnostics.push(finding(HARNESS_RULES.connectionValueType, `Connection parameter "${name}" must be given as a string.`, at(name), FILE));
            continue;
        }
        values[name] = value;
        if (params[name]!.type === 'securestring' && value !== '') secrets.push(value);
    }

    for (const [name, param] of Object.entries(params)) {
        if ((values[name] === undefined || values[name] === '') && param.defaultValue !== undefined) values[name] = param.defaultValue;
        const value = values[name];
        const required = param.uiDefinition.constraints.required === 'true';
        if (value === undefined || value === '') {
            if (required) {
                diagnostics.push(finding(HARNESS_RULES.connectionRequired, `Connection parameter "${name}" (${param.uiDefinition.displayName}) is required.`, at(name, 'uiDefinition', 'constraints', 'required'), FILE));
            }
            continue;
        }
        const allowed = param.uiDefinition.constraints.allowedValues;
        if (allowed && !options.allowCustomValues && !allowed.some((a) => a.value === value)) {
            const shown = param.type === 'securestring' ? 'The value' : `"${value}"`;
            const list = allowed.map((a) => `${a.text} = ${a.value}`).join(', ');
            diagnostics.push(finding(HARNESS_RULES.connectionAllowedValues, `${shown} is not an allowed value of connection parameter "${name}" (allowed: ${list}).`, at(name, 'uiDefinition', 'constraints', 'allowedValues'), FILE));
        }
    }
    return { values, secrets, diagnostics };
}
