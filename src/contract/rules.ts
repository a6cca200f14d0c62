/** The contract checks' rules, one table. */
import type { RuleInfo } from '../core/rules.ts';

export const CONTRACT_RULES = {
    contract: {
        id: 'contract',
        defaultSeverity: 'error',
        description: 'A payload (example, request or response) matches its schema in the emitted swagger: type, format, null, required, unknown request properties.',
        source: 'What the platform and Power Apps enforce at run time ("Expected Integer but got Null"); x-nullable is the only way to admit null',
    },
    exampleCoverage: {
        id: 'example-coverage',
        defaultSeverity: 'error',
        description: 'Every body parameter has a request example; every status with a body schema has a response example.',
        source: 'Project rule: coverage cannot quietly drop (STYLE C10)',
    },
    exampleEmbedded: {
        id: 'example-embedded',
        defaultSeverity: 'error',
        description: 'Every example embedded in the swagger equals an example file (warn: a status with a body embeds none).',
        source: 'The designer shows the embedded example; it must be a checked file, not a stale copy',
    },
} as const satisfies Record<string, RuleInfo>;

export const contractRules: readonly RuleInfo[] = Object.values(CONTRACT_RULES);
