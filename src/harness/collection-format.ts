/**
 * How a non-body parameter's value goes on the wire (Swagger 2.0 §Parameter Object): an array joins
 * its items by its collectionFormat (csv, the default: `a,b`; ssv: space; tsv: tab; pipes: `|`), or,
 * with `multi`, repeats the parameter once per item (`id=a&id=b`). Items and scalars are written as
 * text: numbers in decimal, booleans in lower case, strings as they are. An empty array sends nothing.
 */
import type { SwaggerNonBodyParameter } from '../swagger/types.ts';

const SEPARATOR = { csv: ',', ssv: ' ', tsv: '\t', pipes: '|' } as const;

const asText = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value));

/** The texts to send for the parameter: one, or one per item for `multi`. */
export function parameterTexts(p: Pick<SwaggerNonBodyParameter, 'type' | 'collectionFormat'>, value: unknown): string[] {
    if (p.type !== 'array' || !Array.isArray(value)) return [asText(value)];
    if (value.length === 0) return [];
    const items = value.map(asText);
    const format = p.collectionFormat ?? 'csv';
    return format === 'multi' ? items : [items.join(SEPARATOR[format])];
}
