import { asString, entries, isObject, showValue, type JsonObject } from '../../core/json.ts';
import { type DynamicExtensionAt } from '../../swagger/reader.ts';
import { bodyProperty, dynamicParameterDisagreements, inputsOf, PATH_KEYS, pathResolves, targetOf } from '../dynamic.ts';
import type { Rule } from '../rule.ts';

/** A reference the values form makes to a body property, or to a name that is both a parameter and a body property, of a source. */
function needsList(doc: JsonObject, e: DynamicExtensionAt, ref: string): string | undefined {
    for (const source of e.sources) {
        const inputs = inputsOf(doc, source);
        if (!inputs.body || !bodyProperty(doc, inputs, ref)) continue;
        return `${inputs.body.name}/${ref}`; // a body property, and ambiguous when a parameter has the name too
    }
    return undefined;
}

export const dynamicListConsistent: Rule = {
    id: 'dynamic-list-consistent',
    defaultSeverity: 'error',
    description: 'An x-ms-dynamic-values that refers to a body property (or to a name that is both a parameter and a body property) has an x-ms-dynamic-list beside it, and the two agree on operation, paths and parameters.',
    mirrors: 'DynamicListExtensionRequiredForNonParameterReferences, DynamicListExtensionRequiredForAmbiguousReferences',
    severityReason: 'Validator errors for the missing list form; when both forms are given, Power Fx uses the list and older designers the values, so a disagreement makes the picker differ. No certified connector has one once "." in values-form references is read as a path separator.',
    source: 'Learn OpenAPI extensions ("Use dynamic values": add x-ms-dynamic-list along with x-ms-dynamic-values); G2 spec §5',
    check({ swagger, walks, report }) {
        const all = walks.dynamicExtensions();
        for (const e of all.filter((x) => x.ext === 'x-ms-dynamic-values')) {
            const list = all.find((x) => x.ext === 'x-ms-dynamic-list' && x.holder === e.holder);
            if (!list) {
                for (const [, value] of entries(e.def['parameters'])) {
                    const ref = isObject(value) ? asString(value['parameter']) : undefined;
                    const path = ref === undefined ? undefined : needsList(swagger, e, ref);
                    if (path !== undefined) report({ path: e.at, message: `${e.label}: x-ms-dynamic-values refers to "${ref!}" inside a parameter; add x-ms-dynamic-list with parameterReference "${path}".` });
                }
                continue;
            }
            const at = (...key: string[]) => [...list.at, ...key];
            if (!targetOf(walks, e) || !targetOf(walks, list)) continue; // dynamic-operation-exists reports the broken one
            if (e.def['operationId'] !== list.def['operationId']) {
                report({ path: at('operationId'), message: `${e.label}: x-ms-dynamic-list operationId ${showValue(list.def['operationId'])} disagrees with x-ms-dynamic-values operationId ${showValue(e.def['operationId'])}.` });
            }
            for (const kind of ['collection', 'value', 'title'] as const) {
                const v = PATH_KEYS['x-ms-dynamic-values'][kind];
                const l = PATH_KEYS['x-ms-dynamic-list'][kind];
                if (e.def[v] !== list.def[l] && pathResolves(swagger, walks, e, kind) && pathResolves(swagger, walks, list, kind)) report({ path: at(l), message: `${e.label}: x-ms-dynamic-list ${l} ${showValue(list.def[l])} disagrees with x-ms-dynamic-values ${v} ${showValue(e.def[v])}.` });
            }
            const vp = isObject(e.def['parameters']) ? e.def['parameters'] : {};
            const lp = isObject(list.def['parameters']) ? list.def['parameters'] : {};
            for (const { listKey, valuesKey } of dynamicParameterDisagreements(vp, lp)) {
                const key = listKey ?? valuesKey!;
                report({ path: at('parameters', key), message: `${e.label}: x-ms-dynamic-list parameters/${key} ${showValue(listKey === undefined ? undefined : lp[listKey])} disagrees with x-ms-dynamic-values parameters/${valuesKey ?? key} ${showValue(valuesKey === undefined ? undefined : vp[valuesKey])}.` });
            }
        }
    },
};
