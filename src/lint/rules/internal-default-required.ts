import { asArray, entries, isObject, walkJson } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

const skipSubtree = (key: string | number | undefined) => key === 'examples' || key === 'example' || key === 'x-ms-test-value';

export const internalDefaultRequired: Rule = {
    id: 'internal-default-required',
    defaultSeverity: 'warn',
    description: 'A parameter or schema property with x-ms-visibility "internal" and a default is required (otherwise it is never sent).',
    mirrors: 'InternalPropertyWithDefaultOptional, PropertyMustBeRequired',
    severityReason: 'Microsoft says "if this is intended, it may be left as is"; 9 of 619 certified connectors (2 changed in 2024) do it.',
    source: 'Learn OpenAPI extensions (x-ms-visibility internal)',
    check({ swagger, walks, report }) {
        for (const p of walks.uniqueParameters()) {
            if (p.node['x-ms-visibility'] === 'internal' && p.node.default !== undefined && p.node.required !== true) {
                report({ path: p.at, message: `Parameter "${String(p.node.name)}" of ${p.op.label} is internal with a default, so it must be required.` });
            }
        }
        walkJson(swagger, (node, path, key) => {
            if (skipSubtree(key)) return false;
            if (!isObject(node) || !isObject(node.properties)) return undefined;
            const required = (asArray(node.required) ?? []).filter((r) => typeof r === 'string');
            for (const [name, prop] of entries(node.properties)) {
                if (isObject(prop) && prop['x-ms-visibility'] === 'internal' && prop.default !== undefined && !required.includes(name)) {
                    report({ path: [...path, 'properties', name], message: `Property "${name}" is internal with a default, so it must be listed in "required".` });
                }
            }
            return undefined;
        });
    },
};
