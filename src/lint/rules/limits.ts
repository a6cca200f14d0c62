import { MAX_OPERATIONS } from '../constants.ts';
import { operations } from '../walk.ts';
import type { Rule } from '../rule.ts';

export const limits: Rule = {
    id: 'limits',
    defaultSeverity: 'error',
    description: `A connector has at most ${MAX_OPERATIONS} operations.`,
    source: 'Learn FAQ; validator TotalOperationsCountExceedsMaxAllowed',
    check({ swagger, report }) {
        const n = operations(swagger).length;
        if (n > MAX_OPERATIONS) report({ path: ['paths'], message: `The connector has ${n} operations; the limit is ${MAX_OPERATIONS}.` });
    },
};
