import { mismatch } from '../value-types.ts';
import type { Rule } from '../rule.ts';

export const defaultMatchesType: Rule = {
    id: 'default-matches-type',
    defaultSeverity: 'warn',
    description: 'A parameter or schema default is of the declared type (and an int32 default fits int32).',
    mirrors: 'DefaultValueMustMatchType',
    severityReason: '19 of 619 certified connectors (11 changed in 2024, e.g. Encodian\'s "false" for a boolean) ship such defaults, so Microsoft does not stop them; the designer may send the value as written.',
    source: 'Swagger 2.0 (default "MUST conform to the defined type")',
    check({ walks, report }) {
        for (const { node, at } of walks.schemaObjects()) {
            if (!('default' in node)) continue;
            const why = mismatch(node.default, node);
            if (why !== undefined) report({ path: [...at, 'default'], message: `default ${JSON.stringify(node.default)} ${why}.` });
        }
    },
};
