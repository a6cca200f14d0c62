import { asString } from '../../core/json.ts';
import { editDistance } from '../text.ts';
import type { Rule } from '../rule.ts';

export const dynamicOperationExists: Rule = {
    id: 'dynamic-operation-exists',
    defaultSeverity: 'error',
    description: 'The operationId an x-ms-dynamic-values or x-ms-dynamic-list calls is an operation of the swagger.',
    mirrors: 'OperationIdNotFound',
    severityReason: 'A validator error, and the picker cannot load; none of the 3,973 extensions in 229 certified connectors names a missing operation.',
    source: 'Learn OpenAPI extensions ("Use dynamic values"); G2 spec §5',
    check({ walks, report }) {
        const ids = walks.operations().flatMap((op) => (op.operationId === undefined ? [] : [op.operationId]));
        for (const e of walks.dynamicExtensions()) {
            const id = asString(e.def['operationId'])!;
            if (walks.operation(id) !== undefined) continue;
            const closest = ids.map((c) => ({ c, d: editDistance(id.toLowerCase(), c.toLowerCase()) })).filter((x) => x.d <= 2).sort((a, b) => a.d - b.d)[0];
            report({ path: [...e.at, 'operationId'], message: `${e.label}: ${e.ext} names operation "${id}", which is not in the swagger.${closest ? ` Did you mean "${closest.c}"?` : ''}` });
        }
    },
};
