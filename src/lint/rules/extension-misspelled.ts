import { walkJson } from '../../core/json.ts';
import { KNOWN_EXTENSIONS } from '../constants.ts';
import { editDistance } from '../text.ts';
import type { Rule } from '../rule.ts';

/** Maps whose keys are names chosen by the author, not Swagger or extension keywords. */
const NAME_MAPS: ReadonlySet<string> = new Set(['properties', 'definitions', 'paths', 'responses', 'securityDefinitions', 'parameters']);
const SKIP: ReadonlySet<string> = new Set(['examples', 'example', 'x-ms-test-value', 'default', 'enum']);

const KNOWN: ReadonlySet<string> = new Set(KNOWN_EXTENSIONS);

function suggestion(key: string): string | undefined {
    if (KNOWN.has(key)) return undefined; // the common case: skip the edit distances
    const lower = key.toLowerCase().replaceAll('_', '-');
    let best: { name: string; d: number } | undefined;
    for (const name of KNOWN_EXTENSIONS) {
        if (name === key) return undefined;
        const d = name.toLowerCase() === lower ? 0 : editDistance(lower, name.toLowerCase());
        if (d <= 2 && (!best || d < best.d)) best = { name, d };
    }
    return best?.name;
}

export const extensionMisspelled: Rule = {
    id: 'extension-misspelled',
    defaultSeverity: 'error',
    description: 'No extension key is a misspelling of a known one (e.g. x-ms-visibilty); Power Platform silently ignores unknown keys.',
    mirrors: 'none (ExtensionNameNotValid only needs the "x-" prefix)',
    severityReason: "Lead decision: a misspelled extension silently does nothing and Microsoft's schema rejects it; 5 certified connectors, 1 changed in 2024 (Oneflow's \"x-ms  -summary\").",
    source: 'Learn OpenAPI extensions (the list of extensions)',
    check({ swagger, report }) {
        walkJson(swagger, (_value, path, key) => {
            if (typeof key !== 'string') return undefined;
            if (SKIP.has(key)) return false;
            const container = path.length >= 2 ? path[path.length - 2] : undefined;
            const inNameMap = typeof container === 'string' && NAME_MAPS.has(container) && (container !== 'parameters' || path.length === 2);
            if (inNameMap || !/^x[-_]/i.test(key)) return undefined;
            const better = suggestion(key);
            if (better !== undefined) report({ path: [...path], message: `Unknown extension "${key}"; did you mean "${better}"?` });
            return undefined;
        });
    },
};
