/**
 * Checks connection values the way the "new connection" dialog does: every value names a declared
 * connection parameter, required ones are present (a dropdown's defaultValue counts), and a dropdown
 * value is one of its allowedValues — unless `allowCustomValues` is set (tests point a custom
 * environment at the local sandbox). Returns the resolved values (defaults applied) and findings.
 * Messages never contain the value of a securestring parameter.
 */
import type { ApiProperties } from '../swagger/api-properties.ts';
import type { Diagnostic } from '../core/diagnostic.ts';

export interface ConnectionCheck {
    values: Record<string, string>;
    /** Values of securestring parameters: masked in everything the harness prints. */
    secrets: string[];
    diagnostics: Diagnostic[];
}

const FILE = 'apiProperties.json';

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
            diagnostics.push({
                ruleId: 'connection-unknown-parameter', severity: 'error', file: FILE, path: ['properties', 'connectionParameters'],
                message: `Connection value "${name}" is not a connection parameter of this connector (known: ${Object.keys(params).join(', ')}).`,
            });
            continue;
        }
        if (typeof value !== 'string') {
            diagnostics.push({
                ruleId: 'connection-value-type', severity: 'error', file: FILE, path: at(name),
                message: `Connection parameter "${name}" must be given as a string.`,
            });
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
                diagnostics.push({
                    ruleId: 'connection-required', severity: 'error', file: FILE, path: at(name, 'uiDefinition', 'constraints', 'required'),
                    message: `Connection parameter "${name}" (${param.uiDefinition.displayName}) is required.`,
                });
            }
            continue;
        }
        const allowed = param.uiDefinition.constraints.allowedValues;
        if (allowed && !options.allowCustomValues && !allowed.some((a) => a.value === value)) {
            const shown = param.type === 'securestring' ? 'The value' : `"${value}"`;
            diagnostics.push({
                ruleId: 'connection-allowed-values', severity: 'error', file: FILE, path: at(name, 'uiDefinition', 'constraints', 'allowedValues'),
                message: `${shown} is not an allowed value of connection parameter "${name}" (allowed: ${allowed.map((a) => `${a.text} = ${a.value}`).join(', ')}).`,
            });
        }
    }
    return { values, secrets, diagnostics };
}
