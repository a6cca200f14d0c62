import { asArray } from '../../core/json.ts';
import { mismatch } from '../value-types.ts';
import type { Rule } from '../rule.ts';

export const enumMatchesType: Rule = {
    id: 'enum-matches-type',
    defaultSeverity: 'warn',
    description: 'Every enum value is of the declared type.',
    mirrors: 'InvalidEnumValue',
    severityReason: '15 of 619 certified connectors (1 changed in 2024) ship enum values of another type, such as "true" for a boolean, so Microsoft does not stop them.',
    source: 'Swagger 2.0 / JSON Schema (enum values are instances of the schema)',
    check({ walks, report }) {
        for (const { node, at } of walks.schemaObjects()) {
            (asArray(node.enum) ?? []).forEach((value, i) => {
                const why = mismatch(value, node);
                if (why !== undefined) report({ path: [...at, 'enum', i], message: `enum value ${JSON.stringify(value)} ${why}.` });
            });
        }
    },
};
