/**
 * One finding per defect (G4). The generic layers (Swagger 2.0 and Microsoft's schemas) and the lint
 * rules sometimes describe the same defect at the same place; the more precise finding is kept:
 * - a lint rule listed in OWNERS keeps its place against the layer rules listed with it (the pairs were
 *   measured on Microsoft's connectors, docs/validator.md; a pointer alone is not enough: at `#` a missing
 *   `paths` and a missing x-ms-connector-metadata are two defects);
 * - the Swagger 2.0 layer keeps its place against Microsoft's schema when both say the same thing.
 * Rules that would report the same defect twice defer to each other in their own code instead
 * (e.g. response-property-strings skips what body-property-strings reports).
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import { SWAGGER_FILE } from '../core/files.ts';
import { toPointer } from '../core/pointer.ts';
import { MS_SCHEMA, MS_SCHEMA_OUTDATED, MS_SCHEMA_TOLERATED, MS_SCHEMA_UNKNOWN_EXTENSION, SWAGGER_STRUCTURE } from './rules.ts';

/** Lint rule → the layer findings it replaces at the same file and pointer. */
export const OWNERS: Readonly<Record<string, readonly string[]>> = {
    // x-ms-visibility outside the enum: 1,175 same-place pairs over Microsoft's connectors.
    'visibility-values': [MS_SCHEMA],
    // A misspelled extension is also an extension the schema does not know: 65 pairs.
    'extension-misspelled': [MS_SCHEMA_UNKNOWN_EXTENSION, MS_SCHEMA],
    // "responses": {} (the Swagger 2.0 layer gets a placeholder, Microsoft's schema does not): 18 pairs.
    'operation-responses-required': [MS_SCHEMA, SWAGGER_STRUCTURE],
    // host with a scheme, path or template: both schemas have the host pattern.
    'host-valid': [MS_SCHEMA, SWAGGER_STRUCTURE],
    // propertyName / propertyValue in another letter case (Microsoft's schema requires the exact key).
    'metadata-key-casing': [MS_SCHEMA_TOLERATED],
    // x-ms-url-encoding on a query parameter, which the schema does not allow there.
    'query-param-no-encoding': [MS_SCHEMA_UNKNOWN_EXTENSION],
    // Two operations with one operationId: swagger-parser stops on it at the second one.
    'operation-id-required-unique': [SWAGGER_STRUCTURE],
};

const MS_LAYERS: ReadonlySet<string> = new Set([MS_SCHEMA, MS_SCHEMA_UNKNOWN_EXTENSION, MS_SCHEMA_TOLERATED, MS_SCHEMA_OUTDATED]);

const place = (d: Diagnostic) => `${d.file ?? SWAGGER_FILE}${toPointer(d.path)}`;
/** What a schema layer says, without its "<schema name>: " prefix. */
const detail = (d: Diagnostic) => d.message.replace(/^[^:]*schema: /, '');

export function dropOverlaps(found: readonly Diagnostic[]): Diagnostic[] {
    const owned = new Set<string>();
    for (const d of found) for (const layer of OWNERS[d.ruleId] ?? []) owned.add(`${layer}\0${place(d)}`);
    const structure = new Set(found.filter((d) => d.ruleId === SWAGGER_STRUCTURE).map((d) => `${place(d)}\0${detail(d)}`));
    return found.filter((d) => !owned.has(`${d.ruleId}\0${place(d)}`) && !(MS_LAYERS.has(d.ruleId) && structure.has(`${place(d)}\0${detail(d)}`)));
}
