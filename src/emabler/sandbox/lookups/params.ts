/**
 * Query-string binding for the lookup routes, the way ASP.NET model binding treats eMabler's GET
 * parameters (G2 spec §4.2): names match case-insensitively, unknown parameters are ignored, an empty
 * value counts as absent, a repeated scalar takes its first value, and an array parameter
 * (collectionFormat csv) takes every occurrence split on commas, trimmed, with empty entries dropped.
 * A value that does not convert is a problem naming the parameter ("limit", "siteIds[1]"); every
 * problem is collected (at most MAX_PROBLEMS), nothing throws.
 */
import { MAX_PROBLEMS, parseDateTime, type FieldProblem } from '../validate-query.ts';

export type ParamType = 'int32' | 'int64' | 'boolean' | 'string' | 'date-time' | 'int64[]' | 'string[]';

/** What a parameter of each type binds to (a date-time as epoch milliseconds). */
export type ParamValue<T extends ParamType> = T extends 'int32' | 'int64' | 'date-time'
    ? number
    : T extends 'boolean'
      ? boolean
      : T extends 'string'
        ? string
        : T extends 'int64[]'
          ? number[]
          : string[];

export type ParamSpec = Readonly<Record<string, ParamType>>;

export type ParamValues<S extends ParamSpec> = { -readonly [K in keyof S]?: ParamValue<S[K]> };

export interface Bound<S extends ParamSpec> {
    values: ParamValues<S>;
    problems: FieldProblem[];
}

const INT_RANGE: Record<'int32' | 'int64', readonly [bigint, bigint]> = {
    int32: [-(2n ** 31n), 2n ** 31n - 1n],
    int64: [-(2n ** 63n), 2n ** 63n - 1n],
};

/** The value as a message quotes it: at most 60 characters. */
const quoted = (raw: string): string => `'${raw.length > 60 ? raw.slice(0, 60) + '…' : raw}'`;

export const notValid = (raw: string, name: string): string => `The value ${quoted(raw)} is not valid for ${name}.`;

function integer(raw: string, type: 'int32' | 'int64'): number | undefined {
    if (!/^-?\d{1,20}$/.test(raw)) return undefined;
    const n = BigInt(raw);
    const [min, max] = INT_RANGE[type];
    return n < min || n > max ? undefined : Number(n);
}

type Scalar = Exclude<ParamType, 'int64[]' | 'string[]'>;

/** One raw value converted, or a message saying why it does not convert. */
function convert(raw: string, type: Scalar, name: string): { value: number | boolean | string } | { message: string } {
    switch (type) {
        case 'string':
            return { value: raw };
        case 'boolean': {
            const lower = raw.toLowerCase();
            return lower === 'true' ? { value: true } : lower === 'false' ? { value: false } : { message: notValid(raw, name) };
        }
        case 'date-time': {
            const ms = parseDateTime(raw);
            return ms === null ? { message: `The value ${quoted(raw)} is not valid for ${name}; use an RFC 3339 date-time such as 2026-10-01T00:00:00Z.` } : { value: ms };
        }
        default: {
            const n = integer(raw, type);
            return n === undefined ? { message: notValid(raw, name) } : { value: n };
        }
    }
}

/** Binds the query string to the spec's parameters. */
export function bindParams<S extends ParamSpec>(query: URLSearchParams, spec: S): Bound<S> {
    const byLower = new Map(Object.keys(spec).map((name) => [name.toLowerCase(), name] as const));
    const raws = new Map<string, string[]>();
    for (const [key, value] of query) {
        const name = byLower.get(key.toLowerCase());
        if (name === undefined) continue;
        const list = raws.get(name) ?? [];
        list.push(value);
        raws.set(name, list);
    }
    const values: Record<string, unknown> = {};
    const problems: FieldProblem[] = [];
    const add = (field: string, message: string) => {
        if (problems.length < MAX_PROBLEMS) problems.push({ field, message });
    };
    for (const [name, list] of raws) {
        const type = spec[name]!;
        if (type === 'int64[]' || type === 'string[]') {
            const entries = list.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
            const out: (number | string)[] = [];
            entries.forEach((raw, i) => {
                const r = convert(raw, type === 'int64[]' ? 'int64' : 'string', name);
                if ('value' in r) out.push(r.value as number | string);
                else add(`${name}[${i}]`, r.message);
            });
            if (out.length > 0) values[name] = out;
            continue;
        }
        const raw = list[0]!;
        if (raw === '') continue;
        const r = convert(raw, type, name);
        if ('value' in r) values[name] = r.value;
        else add(name, r.message);
    }
    return { values: values as ParamValues<S>, problems };
}
