import { asString } from '../../core/json.ts';
import type { Rule } from '../rule.ts';

/** Where a parameter is an input field of its own (body and formData: body-property-strings). */
const OWN_FIELD: ReadonlySet<string> = new Set(['query', 'path', 'header']);

export const parameterSummaryRequired: Rule = {
    id: 'parameter-summary-required',
    defaultSeverity: 'error',
    description: 'Every visible query, path and header parameter of a visible operation has a non-empty x-ms-summary and description.',
    mirrors: "RequiredPropertyMissing (\"The 'x-ms-summary' property is required\")",
    severityReason: 'Validator logs quoted in PRs name only query and path parameters (PR #1003, #1658, #2662, #3747, #4041); scoped so, no certified connector changed in 2024 fails it, while 509 of 619 ship body parameters and 246 internal parameters without it.',
    source: 'Learn OpenAPI extensions (x-ms-summary applies to parameters); PR #1003, #1658, #2662, #3747, #4041',
    check({ walks, report }) {
        for (const p of walks.uniqueParameters()) {
            if (!OWN_FIELD.has(p.in) || p.node['x-ms-visibility'] === 'internal' || p.op.node['x-ms-visibility'] === 'internal') continue;
            const missing = (['x-ms-summary', 'description'] as const).filter((k) => (asString(p.node[k]) ?? '').trim() === '');
            if (missing.length > 0) {
                const name = asString(p.node.name) ?? '?';
                report({ path: p.at, message: `Parameter "${name}" of ${p.op.label} is missing ${missing.join(' and ')}.` });
            }
        }
    },
};
