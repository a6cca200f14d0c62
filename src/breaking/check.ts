/**
 * check:breaking — a classifier over the diff engine (src/diff): the current generated connector
 * against a previous release. Every difference is classified the way Power Platform treats it when a
 * connector is updated: breaking (error) or compatible (info). The answer depends on the direction of
 * data — a request field (flows send it) or a response field (flows read it). Operations match by
 * operationId first, then by method + full path; anything else is removed + added (a rename cannot
 * be told apart from a removal with confidence, so it is reported as both).
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import { isObject, lookup, showValue, type JsonObject } from '../core/json.ts';
import { toPointer, type JsonPathSegments } from '../core/pointer.ts';
import { compareOperations, pairOperations, type Difference } from '../diff/compare.ts';
import { CONTRACT_ATTRIBUTES, type FieldAttribute } from '../diff/schema-diff.ts';
import { assertSwagger2 } from '../swagger/document.ts';
import { operations, tryResolveRef, type DocSide, type OperationAt } from '../swagger/reader.ts';
import { checkConnection, type ConnectionCheckInput } from './connection.ts';
import { BREAKING_RULES as R, type BreakingRule } from './rules.ts';

/** What a release comparison looks at: the contract attributes, plus visibility. */
export const BREAKING_ATTRIBUTES: readonly FieldAttribute[] = [...CONTRACT_ATTRIBUTES, 'visibility'];

export interface BreakingCheckInput {
    /** The previous release's swagger and its label (e.g. `v1.0.0:apiDefinition.swagger.json`). */
    old: unknown;
    oldFile: string;
    /** The current generated swagger and its file name. */
    current: unknown;
    currentFile: string;
    /**
     * Both apiProperties.json files (a side's `doc` undefined when it has none: one info finding, no
     * comparison). Omitted: only the swagger is compared.
     */
    properties?: ConnectionCheckInput;
}

const show = (v: unknown): string => JSON.stringify(v ?? null);
const changed = (d: Difference): string => `${d.attribute} changed from ${showValue(d.left)} to ${showValue(d.right)}`;

/** A new required input is harmless only when the designer hides it and the runtime fills its default. */
function isInternalWithDefault(current: DocSide, path: JsonPathSegments): boolean {
    const r = tryResolveRef(current.doc, lookup(current.doc, path), path);
    return r !== undefined && isObject(r.node) && r.node['x-ms-visibility'] === 'internal' && r.node['default'] !== undefined;
}

/** The rule, location and wording for one difference between the old (left) and current (right) operation. */
function classify(d: Difference, current: DocSide): { rule: BreakingRule; at: string; detail: string } {
    const { at } = d;
    const p = d.param;
    switch (d.subject) {
        case 'operation':
            return { rule: d.right === 'internal' ? R.madeInternal : R.compatibleChange, at, detail: `x-ms-visibility changed from ${show(d.left)} to ${show(d.right)}` };
        case 'parameter':
        case 'body': {
            if (d.kind === 'only-left') return { rule: R.parameterRemoved, at, detail: `parameter "${p!.name}" (in ${p!.in}) removed` };
            if (d.kind === 'only-right') {
                if (d.required && !isInternalWithDefault(current, d.rightPath)) return { rule: R.madeRequired, at, detail: `required parameter "${p!.name}" (in ${p!.in}) added` };
                return { rule: R.compatibleAddition, at, detail: `${d.required ? 'required (internal, with a default)' : 'optional'} parameter "${p!.name}" (in ${p!.in}) added` };
            }
            return d.right === true
                ? { rule: R.madeRequired, at: `${at}/required`, detail: 'optional before, required now' }
                : { rule: R.compatibleChange, at: `${at}/required`, detail: 'required before, optional now' };
        }
        case 'response':
            return d.kind === 'only-left' ? { rule: R.responseRemoved, at, detail: `response ${at.slice('responses/'.length)} removed` } : { rule: R.compatibleAddition, at, detail: `response ${at.slice('responses/'.length)} added` };
        case 'response-body':
            return d.kind === 'only-left' ? { rule: R.responseRemoved, at, detail: 'response body removed' } : { rule: R.compatibleAddition, at, detail: 'response body added' };
        case 'field':
            return { ...classifyField(d, current), at };
    }
}

function classifyField(d: Difference, current: DocSide): { rule: BreakingRule; detail: string } {
    if (d.kind === 'only-left') return { rule: R.propertyRemoved, detail: 'removed' };
    if (d.kind === 'only-right') {
        if (d.direction === 'response') return { rule: R.compatibleAddition, detail: 'added' };
        if (d.required && !isInternalWithDefault(current, d.rightPath)) return { rule: R.madeRequired, detail: 'added as required' };
        return { rule: R.compatibleAddition, detail: d.required ? 'added as required, internal with a default' : 'added as optional' };
    }
    const detail = changed(d);
    const request = d.direction === 'request';
    switch (d.attribute) {
        case 'type':
        case 'format':
        case 'items':
        case 'additionalProperties':
            return { rule: R.typeChanged, detail };
        case 'visibility':
            return { rule: d.right === 'internal' ? R.madeInternal : R.compatibleChange, detail };
        case 'required':
            return { rule: request && d.right === true ? R.madeRequired : R.compatibleChange, detail };
        case 'nullable':
            return { rule: !request && d.right === true ? R.responseNullable : R.compatibleChange, detail };
        case 'enum': {
            const before = d.left as unknown[] | undefined;
            const after = d.right as unknown[] | undefined;
            const key = (v: unknown): string => JSON.stringify(v);
            const narrowed = after !== undefined && (before === undefined || before.some((v) => !after.map(key).includes(key(v))));
            return { rule: request && narrowed ? R.enumNarrowed : R.compatibleChange, detail };
        }
        case 'minimum':
        case 'maximum': {
            const before = d.left as number | undefined;
            const after = d.right as number | undefined;
            const tighter = after !== undefined && (before === undefined || (d.attribute === 'minimum' ? after > before : after < before));
            return { rule: request && tighter ? R.constraintTightened : R.compatibleChange, detail };
        }
        default:
            return { rule: R.compatibleChange, detail };
    }
}

export function checkBreaking(input: BreakingCheckInput): Diagnostic[] {
    const oldDoc: JsonObject = assertSwagger2(input.old, input.oldFile);
    const currentDoc: JsonObject = assertSwagger2(input.current, input.currentFile);
    const old: DocSide = { doc: oldDoc, file: input.oldFile, dialect: 'swagger2' };
    const current: DocSide = { doc: currentDoc, file: input.currentFile, dialect: 'swagger2' };
    const out: Diagnostic[] = [];
    const report = (rule: BreakingRule, op: OperationAt, at: string, detail: string, path: JsonPathSegments): void => {
        out.push({ ruleId: rule.id, severity: rule.defaultSeverity, message: `${op.label} ${at}: ${detail}; ${rule.effect}`, path, file: input.currentFile });
    };

    const oldOps = operations(oldDoc, 'swagger2');
    const newOps = operations(currentDoc, 'swagger2');
    const { pairs, onlyRight } = pairOperations(oldOps, newOps, 'operationId-then-key');
    for (const oldOp of oldOps) {
        const pair = pairs.find((p) => p.left === oldOp);
        if (!pair) {
            const paths = isObject(currentDoc['paths']) ? currentDoc['paths'] : {};
            const path: JsonPathSegments = oldOp.pathKey in paths ? ['paths', oldOp.pathKey] : ['paths'];
            report(R.operationRemoved, oldOp, 'operation', `${oldOp.method.toUpperCase()} ${oldOp.fullPath} removed (was ${input.oldFile}${toPointer(oldOp.at)})`, path);
            continue;
        }
        const newOp = pair.right;
        if (pair.by === 'operationId' && newOp.key !== oldOp.key) {
            report(R.operationMoved, newOp, 'operation', `moved from ${oldOp.method.toUpperCase()} ${oldOp.fullPath} to ${newOp.method.toUpperCase()} ${newOp.fullPath}`, newOp.at);
        }
        if (pair.by === 'key') report(R.operationIdChanged, newOp, 'operation', `operationId changed from "${oldOp.label}" to "${newOp.label}"`, [...newOp.at, 'operationId']);
        for (const d of compareOperations(old, current, oldOp, newOp, BREAKING_ATTRIBUTES)) {
            const c = classify(d, current);
            report(c.rule, newOp, c.at, c.detail, d.rightPath);
        }
    }
    for (const newOp of onlyRight) report(R.compatibleAddition, newOp, 'operation', `${newOp.method.toUpperCase()} ${newOp.fullPath} added`, newOp.at);
    if (input.properties) out.push(...checkConnection(input.properties));
    return out;
}
