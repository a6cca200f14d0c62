/**
 * Which rule a schema difference between the old (left) and current (right) connector falls under.
 * The answer depends on the direction of data: a request field (flows send it) or a response field
 * (flows read it).
 */
import { isObject } from '../drift/input.ts';
import { lookup, resolve } from '../drift/resolve.ts';
import type { SchemaDifference } from '../drift/schema-diff.ts';
import type { SchemaSide } from '../drift/schema-view.ts';
import { showValue } from '../drift/rules/rule.ts';
import type { BreakingRule } from './rules/rule.ts';
import {
    breakingConstraintTightened,
    breakingEnumNarrowed,
    breakingMadeInternal,
    breakingMadeRequired,
    breakingPropertyRemoved,
    breakingResponseNullable,
    breakingTypeChanged,
    compatibleAddition,
    compatibleChange,
} from './rules/index.ts';

export type Direction = 'request' | 'response';

export interface Classified {
    rule: BreakingRule;
    detail: string;
}

/** A new required input is harmless only when the designer hides it and the runtime fills its default. */
export function isInternalWithDefault(side: SchemaSide, node: unknown, path: (string | number)[]): boolean {
    const r = resolve(side, node, path);
    return isObject(r.node) && r.node['x-ms-visibility'] === 'internal' && r.node['default'] !== undefined;
}

const changedClause = (d: SchemaDifference): string => `${d.attribute} changed from ${showValue(d.left)} to ${showValue(d.right)}`;

export function classifyDifference(d: SchemaDifference, direction: Direction, current: SchemaSide): Classified {
    if (d.kind === 'only-left') return { rule: breakingPropertyRemoved, detail: 'removed' };
    if (d.kind === 'only-right') {
        if (direction === 'response') return { rule: compatibleAddition, detail: 'added' };
        if (d.required && !isInternalWithDefault(current, lookup(current.doc, d.rightPath), d.rightPath)) {
            return { rule: breakingMadeRequired, detail: 'added as required' };
        }
        return { rule: compatibleAddition, detail: d.required ? 'added as required, internal with a default' : 'added as optional' };
    }
    const detail = changedClause(d);
    switch (d.attribute) {
        case 'type':
        case 'format':
        case 'items':
        case 'additionalProperties':
            return { rule: breakingTypeChanged, detail };
        case 'visibility':
            return { rule: d.right === 'internal' ? breakingMadeInternal : compatibleChange, detail };
        case 'required':
            return { rule: direction === 'request' && d.right === true ? breakingMadeRequired : compatibleChange, detail };
        case 'nullable':
            return { rule: direction === 'response' && d.right === true ? breakingResponseNullable : compatibleChange, detail };
        case 'enum': {
            if (direction === 'response') return { rule: compatibleChange, detail };
            const before = d.left as unknown[] | undefined;
            const after = d.right as unknown[] | undefined;
            const key = (v: unknown): string => JSON.stringify(v);
            const narrowed = after !== undefined && (before === undefined || before.some((v) => !after.map(key).includes(key(v))));
            return { rule: narrowed ? breakingEnumNarrowed : compatibleChange, detail };
        }
        case 'minimum':
        case 'maximum': {
            if (direction === 'response') return { rule: compatibleChange, detail };
            const before = d.left as number | undefined;
            const after = d.right as number | undefined;
            const tighter =
                after !== undefined && (before === undefined || (d.attribute === 'minimum' ? after > before : after < before));
            return { rule: tighter ? breakingConstraintTightened : compatibleChange, detail };
        }
        default:
            return { rule: compatibleChange, detail };
    }
}
