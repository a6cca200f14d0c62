/** Traversals of apiProperties.json of unknown shape. */
import type { JsonPathSegments } from '../core/pointer.ts';
import { asArray, asObject, asString, entries, isObject, type JsonObject } from '../core/json.ts';

export interface PolicyRef {
    policy: JsonObject;
    templateId: string;
    parameters: JsonObject;
    /** ['properties', 'policyTemplateInstances', i] */
    at: JsonPathSegments;
}

export function policies(apiProperties: JsonObject | undefined): PolicyRef[] {
    const list = asArray(asObject(apiProperties?.properties)?.policyTemplateInstances) ?? [];
    const out: PolicyRef[] = [];
    list.forEach((p, i) => {
        if (!isObject(p)) return;
        out.push({
            policy: p,
            templateId: (asString(p.templateId) ?? '').toLowerCase(),
            parameters: asObject(p.parameters) ?? {},
            at: ['properties', 'policyTemplateInstances', i],
        });
    });
    return out;
}

export interface ConnectionParameterRef {
    name: string;
    param: JsonObject;
    at: JsonPathSegments;
}

/** connectionParameters plus the parameters of every connectionParameterSets value (multi-auth). */
export function connectionParameters(apiProperties: JsonObject | undefined): ConnectionParameterRef[] {
    const props = asObject(apiProperties?.properties);
    const out: ConnectionParameterRef[] = [];
    for (const [name, param] of entries(props?.connectionParameters)) {
        if (isObject(param)) out.push({ name, param, at: ['properties', 'connectionParameters', name] });
    }
    (asArray(asObject(props?.connectionParameterSets)?.values) ?? []).forEach((set, i) => {
        for (const [name, param] of entries(asObject(set)?.parameters)) {
            if (isObject(param)) out.push({ name, param, at: ['properties', 'connectionParameterSets', 'values', i, 'parameters', name] });
        }
    });
    return out;
}

/** Values a connection parameter can take: defaultValue and both allowedValues forms. */
export function possibleValues(param: JsonObject): { value: string; at: JsonPathSegments }[] {
    const out: { value: string; at: JsonPathSegments }[] = [];
    const def = asString(param.defaultValue);
    if (def !== undefined) out.push({ value: def, at: ['defaultValue'] });
    (asArray(param.allowedValues) ?? []).forEach((v, i) => {
        const value = asString(asObject(v)?.value);
        if (value !== undefined) out.push({ value, at: ['allowedValues', i, 'value'] });
    });
    const constraints = asObject(asObject(param.uiDefinition)?.constraints);
    (asArray(constraints?.allowedValues) ?? []).forEach((v, i) => {
        const value = asString(asObject(v)?.value);
        if (value !== undefined) out.push({ value, at: ['uiDefinition', 'constraints', 'allowedValues', i, 'value'] });
    });
    return out;
}

/** Names in every `@connectionParameters('x')` of a string (`token:TenantId` → `token`). */
export function referencedConnectionParameters(text: string): string[] {
    return [...text.matchAll(/@connectionParameters\(\s*'([^']*)'/g)].map((m) => (m[1] ?? '').split(':')[0] ?? '');
}
