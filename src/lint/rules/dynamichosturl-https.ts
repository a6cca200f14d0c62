import { API_PROPERTIES_FILE } from '../../core/files.ts';
import { asString } from '../../core/json.ts';
import { connectionParameters, policies, possibleValues, referencedConnectionParameters } from '../../swagger/api-properties-reader.ts';
import { POLICY_URL_TEMPLATE } from '../constants.ts';
import type { Rule } from '../rule.ts';

export const dynamichosturlHttps: Rule = {
    id: 'dynamichosturl-https',
    defaultSeverity: 'error',
    description: 'A dynamichosturl policy yields https URLs: a literal template starts with https://, and a template that is a connection parameter only offers https values.',
    mirrors: 'none',
    severityReason: 'Same requirement as schemes-https: certification needs the TLS endpoint; no certified connector has it.',
    source: 'Learn dynamichosturl policy',
    check({ apiProperties, report }) {
        const params = connectionParameters(apiProperties);
        for (const p of policies(apiProperties)) {
            if (p.templateId !== 'dynamichosturl') continue;
            const at = [...p.at, 'parameters', POLICY_URL_TEMPLATE];
            const template = asString(p.parameters[POLICY_URL_TEMPLATE]);
            if (template === undefined) {
                report({ file: API_PROPERTIES_FILE, path: [...p.at, 'parameters'], message: `dynamichosturl policy has no ${POLICY_URL_TEMPLATE}.` });
                continue;
            }
            if (!template.trim().startsWith('@')) {
                if (!template.trim().startsWith('https://')) report({ file: API_PROPERTIES_FILE, path: at, message: `URL template "${template}" must start with https://.` });
                continue;
            }
            const [name] = referencedConnectionParameters(template);
            for (const c of params.filter((c) => c.name === name)) {
                for (const v of possibleValues(c.param)) {
                    if (!/^https:\/\/[^\s/]+/.test(v.value)) {
                        report({ file: API_PROPERTIES_FILE, path: [...c.at, ...v.at], message: `Connection parameter "${c.name}" feeds the host URL, but "${v.value}" is not an https URL.` });
                    }
                }
            }
        }
    },
};
