import { API_PROPERTIES_FILE } from '../../core/files.ts';
import { walkJson } from '../../core/json.ts';
import { connectionParameters, policies, referencedConnectionParameters } from '../../swagger/api-properties-reader.ts';
import type { Rule } from '../rule.ts';

export const connectionParameterDefined: Rule = {
    id: 'connection-parameter-defined',
    defaultSeverity: 'error',
    description: "Every @connectionParameters('x') in a policy names a defined connection parameter.",
    mirrors: 'none published (apiProperties validator)',
    severityReason: 'An unknown name fails every call at run time; 6 certified connectors, 1 changed in 2024 (Easyvista, which has other errors).',
    source: 'Learn policy template expressions',
    check({ apiProperties, report }) {
        const defined = new Set(connectionParameters(apiProperties).map((c) => c.name));
        for (const p of policies(apiProperties)) {
            walkJson(p.policy, (value, path) => {
                if (typeof value !== 'string') return undefined;
                for (const name of referencedConnectionParameters(value)) {
                    if (!defined.has(name)) report({ file: API_PROPERTIES_FILE, path: [...path], message: `@connectionParameters('${name}') does not name a connection parameter.` });
                }
                return undefined;
            }, p.at);
        }
    },
};
