/** A breaking-change rule: one class of change, its severity and why it is (not) breaking. */
import type { Severity } from '../../core/diagnostic.ts';
import type { BreakingFinding } from '../findings.ts';

export interface BreakingRule {
    id: string;
    description: string;
    defaultSeverity: Severity;
    /** Appended to each message: the effect on existing flows. */
    effect: string;
}

export const messageOf = (rule: BreakingRule, f: BreakingFinding): string => `${f.operationId} ${f.at}: ${f.detail}; ${rule.effect}`;
