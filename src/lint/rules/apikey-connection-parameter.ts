import { API_PROPERTIES_FILE } from '../../core/files.ts';
import { entries, isObject } from '../../core/json.ts';
import { connectionParameters } from '../../swagger/api-properties-reader.ts';
import type { Rule } from '../rule.ts';

export const apikeyConnectionParameter: Rule = {
    id: 'apikey-connection-parameter',
    defaultSeverity: 'warn',
    description: 'An apiKey security scheme and a connection parameter "api_key" come together (its type: apikey-securestring).',
    mirrors: 'none',
    severityReason: 'A platform convention, not a validator code: 26 of 619 certified connectors (8 changed in 2024) pair an apiKey scheme otherwise, e.g. through a policy. The securestring type is apikey-securestring.',
    source: 'Learn connection parameters; facts §4.3 (the platform fills the apiKey header from "api_key")',
    check({ swagger, apiProperties, report }) {
        if (!apiProperties) return;
        const apiKeySchemes = entries(swagger.securityDefinitions).filter(([, d]) => isObject(d) && d.type === 'apiKey');
        const keyParams = connectionParameters(apiProperties).filter((c) => c.name === 'api_key');
        if (apiKeySchemes.length > 0 && keyParams.length === 0) {
            report({ file: API_PROPERTIES_FILE, path: ['properties', 'connectionParameters'], message: `securityDefinitions.${apiKeySchemes[0]![0]} is an apiKey scheme, but there is no "api_key" connection parameter.` });
        }
        for (const k of keyParams) {
            if (apiKeySchemes.length === 0) {
                report({ file: API_PROPERTIES_FILE, path: k.at, message: 'Connection parameter "api_key" exists, but securityDefinitions has no apiKey scheme to carry it.' });
            }
        }
    },
};
