/**
 * The one argument parser of every command: node:util parseArgs (strict) behind a small spec, with
 * its errors turned into UsageErrors worded the same way for every tool ("unknown option --zip",
 * "--out needs a value", "--check takes no value", "unexpected argument x"). `--help` / `-h` is built in.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.ts';

export interface OptionSpec {
    type: 'string' | 'boolean';
    /** Repeatable (string options): the values come back as an array. */
    multiple?: boolean;
    /** Allowed values of a string option. */
    choices?: readonly string[];
}

export interface CommandSpec {
    options: Readonly<Record<string, OptionSpec>>;
    /** How many positional arguments the command takes. */
    positionals: { min: number; max: number };
    /** Message when fewer than `min` positionals are given. */
    missing?: string;
}

export type ParsedValues = Record<string, string | boolean | string[] | undefined>;

export type Parsed = { help: true } | { help: false; values: ParsedValues; positionals: string[] };

/**
 * parseArgs names the option in quotes, short form first for options that have one
 * (`'-h, --help'`, `'--out <value>'`): the long form when there is one, else the first token.
 */
function optionIn(message: string): string {
    const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
    return /--[^\s,<]+/.exec(quoted)?.[0] ?? /-[^\s,<]+/.exec(quoted)?.[0] ?? '';
}

function translate(e: unknown, options: Readonly<Record<string, { type: 'string' | 'boolean' }>>): UsageError {
    const err = e as { code?: string; message?: string };
    const option = optionIn(err.message ?? '');
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`unknown option ${option}`);
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
        // The same code covers a string option without its value and a boolean option given one (`--check=yes`).
        return new UsageError(options[option.replace(/^--/, '')]?.type === 'boolean' ? `${option} takes no value` : `${option} needs a value`);
    }
    return new UsageError(err.message ?? String(e));
}

/** Parses argv; throws a UsageError (the CLI prints it with the usage and exits 2). */
export function parseCommand(argv: readonly string[], spec: CommandSpec): Parsed {
    const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = { help: { type: 'boolean', short: 'h' } };
    for (const [name, o] of Object.entries(spec.options)) options[name] = { type: o.type, ...(o.multiple ? { multiple: true } : {}) };
    let parsed: { values: ParsedValues; positionals: string[] };
    try {
        parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true }) as { values: ParsedValues; positionals: string[] };
    } catch (e) {
        throw translate(e, options);
    }
    if (parsed.values['help'] === true) return { help: true };
    for (const [name, o] of Object.entries(spec.options)) {
        const values = parsed.values[name];
        for (const v of Array.isArray(values) ? values : [values]) {
            if (v === '') throw new UsageError(`--${name} needs a value`);
            if (o.choices && typeof v === 'string' && !o.choices.includes(v)) throw new UsageError(`--${name} must be one of ${o.choices.join(', ')}`);
        }
    }
    const extra = parsed.positionals[spec.positionals.max];
    if (extra !== undefined) throw new UsageError(`unexpected argument ${extra}`);
    if (parsed.positionals.length < spec.positionals.min) throw new UsageError(spec.missing ?? `expected ${spec.positionals.min} argument(s)`);
    return { help: false, values: parsed.values, positionals: parsed.positionals };
}

/** A string option's value (undefined when not given). */
export const stringOption = (values: ParsedValues, name: string): string | undefined => {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
};

/** A repeatable string option's values ([] when not given). */
export const stringsOption = (values: ParsedValues, name: string): string[] => {
    const v = values[name];
    return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
};
