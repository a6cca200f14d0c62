import { toPointer } from '../../core/pointer.ts';
import type { DriftFinding } from '../findings.ts';
import { showValue, type DriftRule } from './rule.ts';

export const upstreamDifferent: DriftRule<DriftFinding> = {
    id: 'upstream-different',
    description: 'A field exists on both sides but its type, format, nullability, enum, bounds, required flag, items or map values differ.',
    defaultSeverity: 'error',
    message: (f) =>
        `${f.operationId} ${f.at}: ${f.attribute} is ${showValue(f.ours)} here but ${showValue(f.theirs)} upstream ` +
        `(${f.upstreamOperation}, ${toPointer(f.upstreamPath)}).`,
};
