import { mismatch } from '../value-types.ts';
import type { Rule } from '../rule.ts';

const KEYS = ['example', 'x-ms-test-value'] as const;

export const exampleMatchesType: Rule = {
    id: 'example-matches-type',
    defaultSeverity: 'warn',
    description: 'The example or x-ms-test-value of a property or parameter of a simple type is of that type.',
    mirrors: 'none',
    severityReason: 'No validator code: an example only documents, and 14 of 619 certified connectors (6 changed in 2024) ship mismatched ones.',
    source: 'Swagger 2.0 (an example is an instance of its schema); Learn OpenAPI extensions (x-ms-test-value)',
    check({ walks, report }) {
        for (const { node, at } of walks.schemaObjects()) {
            if (node.type === 'object' || node.type === 'array') continue; // examples of compound values are documents: contract tests check ours
            for (const key of KEYS) {
                if (!(key in node)) continue;
                const why = mismatch(node[key], node);
                if (why !== undefined) report({ path: [...at, key], message: `${key} ${JSON.stringify(node[key])} ${why}.` });
            }
        }
    },
};
