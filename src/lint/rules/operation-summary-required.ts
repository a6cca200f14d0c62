import type { Rule } from '../rule.ts';

export const operationSummaryRequired: Rule = {
    id: 'operation-summary-required',
    defaultSeverity: 'error',
    description: 'Every operation that is not internal has a non-empty summary and description.',
    mirrors: "RequiredPropertyMissing (\"The 'summary' / 'description' property is required\")",
    severityReason: 'The validator stops a PR without them (PR #609, #3408); internal operations (dynamic-values helpers, webhook deletes) are never shown and all 22 certified connectors flagged before had only those.',
    source: 'PR #609, #3408; PR checklist',
    check({ walks, report }) {
        for (const op of walks.operations()) {
            if (op.node['x-ms-visibility'] === 'internal') continue; // never shown: dynamic-values helpers, webhook deletes
            for (const key of ['summary', 'description'] as const) {
                const v = op.node[key];
                if (typeof v !== 'string' || v.trim() === '') report({ path: op.at, message: `${op.label} has no ${key}.` });
            }
        }
    },
};
