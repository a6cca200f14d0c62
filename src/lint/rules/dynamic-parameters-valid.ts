import { asArray, isObject, type JsonObject } from '../../core/json.ts';
import { schemaAtPath, type DynamicExtensionAt, type OperationAt } from '../../swagger/reader.ts';
import { bodyPathOf, firstNames, inputFor, inputNames, inputsOf, targetOf, typeLabel, type Inputs } from '../dynamic.ts';
import { mismatch } from '../value-types.ts';
import type { Finding, Rule } from '../rule.ts';

/** A parameters value split into its form: a static literal or a reference. */
type Given = { literal: unknown } | { reference: string } | { invalid: true };

function given(ext: DynamicExtensionAt['ext'], value: unknown): Given {
    if (ext === 'x-ms-dynamic-values') {
        if (!isObject(value)) return { literal: value };
        return typeof value['parameter'] === 'string' && Object.keys(value).length === 1 ? { reference: value['parameter'] } : { invalid: true };
    }
    if (isObject(value) && Object.keys(value).length === 1 && 'value' in value) return { literal: value['value'] };
    if (isObject(value) && Object.keys(value).length === 1 && typeof value['parameterReference'] === 'string') return { reference: value['parameterReference'] };
    return { invalid: true };
}

const SHAPES: Readonly<Record<DynamicExtensionAt['ext'], string>> = {
    'x-ms-dynamic-values': 'a literal or {"parameter": "<name>"}',
    'x-ms-dynamic-list': '{"value": …} or {"parameterReference": "<path>"}',
};

const internal = (s: JsonObject | undefined) => s?.['x-ms-visibility'] === 'internal';

/** Where a reference leads in a source operation: missing, internal (the input or one of its parents), or fine. */
function follow(doc: JsonObject, inputs: Inputs, ext: DynamicExtensionAt['ext'], ref: string): 'missing' | 'internal' | 'ok' {
    const param = inputs.byName.get(ref);
    if (param) return internal(param.node) ? 'internal' : 'ok';
    const body = inputs.body;
    if (!body) return 'missing';
    const path = bodyPathOf(inputs, ref, ext);
    const walk = (segments: string[]): 'missing' | 'internal' | 'ok' => {
        let hidden = internal(body.node);
        for (let i = 1; i <= segments.length; i++) {
            const r = schemaAtPath(doc, body.node['schema'], segments.slice(0, i).join('/'));
            if (!r.found) return 'missing';
            hidden ||= internal(r.schema);
        }
        return hidden ? 'internal' : 'ok';
    };
    const result = walk(path.split('/'));
    // The values form also separates body property paths with "." (certified Tikit, timeghost, WorkPoint: "WebHook.LifecycleId").
    return result === 'missing' && ext === 'x-ms-dynamic-values' && path.includes('.') ? walk(path.split('.')) : result;
}

export const dynamicParametersValid: Rule = {
    id: 'dynamic-parameters-valid',
    defaultSeverity: 'error',
    description:
        'The parameters of an x-ms-dynamic-values or x-ms-dynamic-list name inputs of the called operation, in the form of the extension, with static values of the right type, every required input supplied, and references to visible inputs of the operations that carry the picker.',
    mirrors: 'OperationParameterNameNotFound, OperationParameterStaticTypeMismatch, OperationMissingRequiredProperty, SourcePropertyInternal',
    severityReason: 'Validator errors, and a call with a wrong input fails when the picker opens; 3 of 619 certified connectors have one (Stormboard refers to an internal header, Alemba ITSM and Azure Machine Learning), none changed in 2024. A missing parameters object counts as {} (206 connectors leave it out).',
    source: 'Learn OpenAPI extensions ("Use dynamic values": parameters, value, parameterReference); G2 spec §5',
    check({ swagger, walks, report }) {
        for (const e of walks.dynamicExtensions()) {
            // Learn marks parameters required, but 206 connectors in Microsoft's repository leave it out when the operation takes none.
            const params = e.def['parameters'] ?? {};
            if (!isObject(params)) {
                report({ path: [...e.at, 'parameters'], message: `${e.label}: ${e.ext} parameters must be an object (found ${JSON.stringify(params)}).` });
                continue;
            }
            const target = targetOf(walks, e);
            if (!target) continue; // dynamic-operation-exists
            const inputs = inputsOf(swagger, target);
            const at = (key: string): Finding['path'] => [...e.at, 'parameters', key];
            for (const [key, value] of Object.entries(params)) {
                const g = given(e.ext, value);
                if ('invalid' in g) {
                    report({ path: at(key), message: `${e.label}: ${e.ext} parameter "${key}" must be ${SHAPES[e.ext]} (found ${JSON.stringify(value)}).` });
                    continue;
                }
                const input = inputFor(swagger, inputs, key, e.ext);
                if (!input) {
                    report({ path: at(key), message: `${e.label}: ${e.ext} passes "${key}" to ${target.label}, which has no such parameter (parameters: ${firstNames(inputNames(swagger, inputs))}).` });
                    continue;
                }
                if ('literal' in g) {
                    const list = asArray(input.schema['enum']);
                    if (mismatch(g.literal, input.schema) !== undefined) {
                        report({ path: at(key), message: `${e.label}: ${e.ext} passes ${JSON.stringify(g.literal)} to ${target.label} parameter "${input.name}" of type ${typeLabel(input.schema)}.` });
                    } else if (list && !list.some((v) => v === g.literal)) {
                        report({ path: at(key), message: `${e.label}: ${e.ext} passes ${JSON.stringify(g.literal)} to ${target.label} parameter "${input.name}", which allows only ${list.map((v) => JSON.stringify(v)).join(', ')}.` });
                    }
                    continue;
                }
                for (const source of e.sources) checkReference(swagger, e, source, g.reference, at(key), report);
            }
            for (const p of inputs.byName.values()) {
                const required = p.node['required'] === true || p.in === 'path';
                if (!required || (internal(p.node) && p.node['default'] !== undefined) || p.name in params) continue;
                report({ path: [...e.at, 'parameters'], message: `${e.label}: ${e.ext} does not pass "${p.name}", which ${target.label} requires.` });
            }
        }
    },
};

function checkReference(doc: JsonObject, e: DynamicExtensionAt, source: OperationAt, ref: string, path: Finding['path'], report: (f: Finding) => void): void {
    const result = follow(doc, inputsOf(doc, source), e.ext, ref);
    if (result === 'missing') report({ path, message: `${e.label}: ${e.ext} refers to "${ref}", which ${source.label} does not have.` });
    else if (result === 'internal' && source.node['x-ms-visibility'] !== 'internal') report({ path, message: `${e.label}: ${e.ext} refers to "${ref}", which is internal; use its default as a static value.` });
}
