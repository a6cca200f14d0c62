/**
 * check:breaking for apiProperties.json: connection parameters and policy template instances. Every
 * existing connection stores values for the old parameters and runs the old policies, so removing,
 * renaming, retyping or newly requiring a parameter, narrowing a dropdown, or dropping a policy template
 * breaks connections even when the swagger is unchanged. Paths point into the current apiProperties.json.
 */
import { ToolError } from '../core/errors.ts';
import { isObject, showValue, type JsonObject } from '../core/json.ts';
import { type Diagnostic } from '../core/diagnostic.ts';
import { toPointer, type JsonPathSegments } from '../core/pointer.ts';
import { BREAKING_RULES as R, type BreakingRule } from './rules.ts';

/** One side's apiProperties.json: `doc` is undefined when the file does not exist. */
export interface PropertiesSide {
    doc: unknown;
    file: string;
}

export interface ConnectionCheckInput {
    old: PropertiesSide;
    current: PropertiesSide;
}

const PARAMS: JsonPathSegments = ['properties', 'connectionParameters'];
const POLICIES: JsonPathSegments = ['properties', 'policyTemplateInstances'];

interface Body {
    params: Record<string, JsonObject>;
    policies: JsonObject[];
    hasPolicies: boolean;
}

/** The parts compared, checked enough to walk safely; anything else is an InputError (exit 2). */
function bodyOf(side: PropertiesSide & { doc: unknown }): Body {
    const doc = side.doc;
    if (!isObject(doc) || !isObject(doc['properties'])) {
        throw new ToolError(side.file, isObject(doc) ? ['properties'] : undefined, 'is not an apiProperties.json document (no properties object).');
    }
    const rawParams = doc['properties']['connectionParameters'] ?? {};
    if (!isObject(rawParams)) throw new ToolError(side.file, PARAMS, 'must be an object.');
    const params: Record<string, JsonObject> = {};
    for (const [name, p] of Object.entries(rawParams)) {
        if (!isObject(p)) throw new ToolError(side.file, [...PARAMS, name], 'must be an object.');
        params[name] = p;
    }
    const rawPolicies = doc['properties']['policyTemplateInstances'] ?? [];
    if (!Array.isArray(rawPolicies)) throw new ToolError(side.file, POLICIES, 'must be an array.');
    const policies = rawPolicies.map((p, i): JsonObject => {
        if (!isObject(p)) throw new ToolError(side.file, [...POLICIES, i], 'must be an object.');
        return p;
    });
    return { params, policies, hasPolicies: doc['properties']['policyTemplateInstances'] !== undefined };
}

const constraintsOf = (p: JsonObject): JsonObject => {
    const ui = p['uiDefinition'];
    return isObject(ui) && isObject(ui['constraints']) ? ui['constraints'] : {};
};
const isRequired = (p: JsonObject): boolean => {
    const r = constraintsOf(p)['required'];
    return r === 'true' || r === true;
};
/** The dropdown's values, or undefined when any value is accepted. */
const allowedValuesOf = (p: JsonObject): unknown[] | undefined => {
    const list = constraintsOf(p)['allowedValues'];
    return Array.isArray(list) ? list.map((v: unknown) => (isObject(v) ? v['value'] : v)) : undefined;
};
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function checkConnection(input: ConnectionCheckInput): Diagnostic[] {
    const out: Diagnostic[] = [];
    const report = (rule: BreakingRule, subject: string, detail: string, path: JsonPathSegments): void => {
        out.push({ ruleId: rule.id, severity: rule.defaultSeverity, message: `${subject}: ${detail}; ${rule.effect}`, path, file: input.current.file });
    };
    const missing = [input.old, input.current].filter((s) => s.doc === undefined).map((s) => s.file);
    if (missing.length > 0) {
        report(R.connectionPropertiesSkipped, 'Connection', `${missing.join(' and ')} not found, so connection parameters and policy templates were not compared`, []);
        return out;
    }
    const old = bodyOf(input.old);
    const current = bodyOf(input.current);

    const added = Object.keys(current.params).filter((n) => !Object.hasOwn(old.params, n));
    for (const [name, was] of Object.entries(old.params)) {
        const subject = `Connection parameter "${name}"`;
        const at: JsonPathSegments = [...PARAMS, name];
        const now = Object.hasOwn(current.params, name) ? current.params[name] : undefined;
        if (!now) {
            const candidates = added.filter((n) => same(current.params[n]?.['type'], was['type']));
            const hint = candidates.length === 1 ? ` (renamed to "${candidates[0]}"?)` : '';
            report(R.connectionParameterRemoved, subject, `removed${hint} (was ${input.old.file}${toPointer(at)})`, PARAMS);
            continue;
        }
        if (!same(was['type'], now['type'])) {
            report(R.connectionParameterTypeChanged, subject, `type changed from ${showValue(was['type'])} to ${showValue(now['type'])}`, [...at, 'type']);
        }
        const requiredPath: JsonPathSegments = [...at, 'uiDefinition', 'constraints', 'required'];
        if (!isRequired(was) && isRequired(now)) report(R.connectionParameterRequired, subject, 'optional before, required now', requiredPath);
        if (isRequired(was) && !isRequired(now)) report(R.compatibleConnectionChange, subject, 'required before, optional now', requiredPath);

        const before = allowedValuesOf(was);
        const after = allowedValuesOf(now);
        const valuesPath: JsonPathSegments = [...at, 'uiDefinition', 'constraints', 'allowedValues'];
        if (after === undefined) {
            if (before !== undefined) report(R.compatibleConnectionChange, subject, 'allowed values dropped, any value is accepted now', at);
            continue;
        }
        if (before === undefined) {
            report(R.allowedValueRemoved, subject, `restricted to the allowed values ${showValue(after)} (any value before)`, valuesPath);
            continue;
        }
        for (const v of before) {
            if (!after.some((a) => same(a, v))) report(R.allowedValueRemoved, subject, `allowed value ${showValue(v)} removed`, valuesPath);
        }
        after.forEach((v, i) => {
            if (!before.some((b) => same(b, v))) report(R.compatibleConnectionChange, subject, `allowed value ${showValue(v)} added`, [...valuesPath, i]);
        });
    }
    for (const name of added) {
        const p = current.params[name]!;
        if (isRequired(p)) report(R.connectionParameterRequired, `Connection parameter "${name}"`, 'added as required', [...PARAMS, name]);
        else report(R.compatibleConnectionChange, `Connection parameter "${name}"`, 'added as optional', [...PARAMS, name]);
    }

    // Policy template instances: matched by templateId; an unmatched one at the same index whose
    // templateId differs is a templateId change, anything else unmatched is removed.
    const used = new Set<number>();
    old.policies.forEach((was, i) => {
        const subject = `Policy template #${i} (${showValue(was['templateId'])})`;
        const j = current.policies.findIndex((p, k) => !used.has(k) && same(p['templateId'], was['templateId']));
        if (j >= 0) {
            used.add(j);
            return;
        }
        const atIndex = current.policies[i];
        if (atIndex !== undefined && !used.has(i) && !old.policies.some((o) => same(o['templateId'], atIndex['templateId']))) {
            used.add(i);
            report(R.policyRemoved, subject, `templateId changed from ${showValue(was['templateId'])} to ${showValue(atIndex['templateId'])}`, [...POLICIES, i, 'templateId']);
            return;
        }
        report(R.policyRemoved, subject, `removed (was ${input.old.file}${toPointer([...POLICIES, i])})`, current.hasPolicies ? POLICIES : ['properties']);
    });
    current.policies.forEach((p, k) => {
        if (!used.has(k)) report(R.compatibleConnectionChange, `Policy template #${k} (${showValue(p['templateId'])})`, 'added', [...POLICIES, k]);
    });
    return out;
}
