import { isObject } from '../../core/json.ts';
import { NEXT_LINK_NAMES } from '../constants.ts';
import type { Rule } from '../rule.ts';

export const pageableNextlinkName: Rule = {
    id: 'pageable-nextlink-name',
    defaultSeverity: 'error',
    description: 'x-ms-pageable.nextLinkName is "nextLink" or "@odata.nextLink".',
    mirrors: 'InvalidNextLinkNameValue',
    severityReason: 'A validator error; 1 of 619 certified connectors, none changed in 2024.',
    source: 'Learn OpenAPI extensions (x-ms-pageable)',
    check({ walks, report }) {
        for (const op of walks.operations()) {
            const pageable = op.node['x-ms-pageable'];
            if (pageable === undefined) continue;
            const name = isObject(pageable) ? pageable.nextLinkName : undefined;
            if (typeof name !== 'string' || !NEXT_LINK_NAMES.includes(name)) {
                report({ path: [...op.at, 'x-ms-pageable', 'nextLinkName'], message: `${op.label}: nextLinkName ${JSON.stringify(name ?? null)} must be "nextLink" or "@odata.nextLink".` });
            }
        }
    },
};
