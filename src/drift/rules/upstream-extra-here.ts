import { toPointer } from '../../core/pointer.ts';
import type { DriftFinding } from '../findings.ts';
import type { DriftRule } from './rule.ts';

export const upstreamExtraHere: DriftRule<DriftFinding> = {
    id: 'upstream-extra-here',
    description: "The connector's operation has a parameter, body, response or field that upstream lacks.",
    defaultSeverity: 'error',
    message: (f) =>
        `${f.operationId} ${f.at}: exists here but not upstream (${f.upstreamOperation}, looked in ${toPointer(f.upstreamPath)}).`,
};
