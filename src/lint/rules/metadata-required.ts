import type { Rule } from '../rule.ts';

export const metadataRequired: Rule = {
    id: 'metadata-required',
    defaultSeverity: 'error',
    description: 'The root has an x-ms-connector-metadata array.',
    mirrors: "RequiredPropertyMissing (\"'x-ms-connector-metadata' property is required\")",
    severityReason: 'The validator stops a PR without it (PR #1095); 42 of 619 certified connectors predate the rule, 1 changed in 2024 (D7SMS).',
    source: 'PR #1095; Learn certification submission',
    check({ swagger, report }) {
        const meta = swagger['x-ms-connector-metadata'];
        if (meta === undefined) report({ path: [], message: 'x-ms-connector-metadata is missing; add Website, Privacy policy and Categories.' });
        else if (!Array.isArray(meta)) report({ path: ['x-ms-connector-metadata'], message: 'x-ms-connector-metadata must be an array of {propertyName, propertyValue}.' });
    },
};
