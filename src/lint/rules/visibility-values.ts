import { walkJson } from '../../core/json.ts';
import { VISIBILITY_VALUES } from '../constants.ts';
import type { Rule } from '../rule.ts';

export const visibilityValues: Rule = {
    id: 'visibility-values',
    defaultSeverity: 'error',
    description: 'x-ms-visibility is "important", "advanced" or "internal" (omit it for normal visibility).',
    mirrors: 'JsonValueNotInEnum',
    severityReason: "Lead decision: Microsoft's schema rejects any other value and the platform ignores it (\"\" included); 6 certified connectors, 1 changed in 2024 (Easyvista, which has other errors).",
    source: "Microsoft's swagger schema enum; Learn OpenAPI extensions",
    check({ swagger, report }) {
        walkJson(swagger, (value, path, key) => {
            if (key === 'examples' || key === 'example' || key === 'x-ms-test-value') return false;
            if (key !== 'x-ms-visibility' || path[path.length - 2] === 'properties') return undefined; // a property named so
            if (typeof value !== 'string' || !VISIBILITY_VALUES.includes(value)) {
                const hint = value === '' ? '; omit the key for normal visibility' : '';
                report({ path: [...path], message: `x-ms-visibility ${JSON.stringify(value)} is not allowed; use ${VISIBILITY_VALUES.join(', ')}${hint}.` });
            }
            return undefined;
        });
    },
};
