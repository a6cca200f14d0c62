import { API_PROPERTIES_FILE } from '../../core/files.ts';
import { connectionParameters } from '../../swagger/api-properties-reader.ts';
import type { Rule } from '../rule.ts';

export const apikeySecurestring: Rule = {
    id: 'apikey-securestring',
    defaultSeverity: 'error',
    description: 'The connection parameter "api_key" is a securestring.',
    mirrors: 'none',
    severityReason: 'A key typed as string is shown in clear text and returned by the connection API: a security defect a certification reviewer stops; no certified connector in Microsoft\'s repository declares api_key otherwise.',
    source: 'Learn connection parameters (securestring: masked, never returned); facts §4.3',
    check({ apiProperties, report }) {
        for (const k of connectionParameters(apiProperties).filter((c) => c.name === 'api_key')) {
            if (k.param.type !== 'securestring') {
                report({ file: API_PROPERTIES_FILE, path: [...k.at, 'type'], message: `Connection parameter "api_key" must be a securestring (found ${JSON.stringify(k.param.type ?? null)}).` });
            }
        }
    },
};
