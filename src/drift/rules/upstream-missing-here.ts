import { toPointer } from '../../core/pointer.ts';
import type { DriftFinding } from '../findings.ts';
import type { DriftRule } from './rule.ts';

export const upstreamMissingHere: DriftRule<DriftFinding> = {
    id: 'upstream-missing-here',
    description: "Upstream has a parameter, body, response or field that the connector's operation lacks.",
    defaultSeverity: 'error',
    message: (f) =>
        `${f.operationId} ${f.at}: missing here; upstream ${f.upstreamOperation} has it at ${toPointer(f.upstreamPath)}.`,
};
