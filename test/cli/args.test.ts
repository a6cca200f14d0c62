/**
 * The one argument parser (src/cli/args.ts): node:util parseArgs behind a spec, with every mistake a
 * UsageError worded the same way for every tool.
 */
import { describe, expect, test } from 'vitest';
import { UsageError } from '../../src/core/errors.ts';
import { parseCommand, stringOption, stringsOption, type CommandSpec, type Parsed, type ParsedValues } from '../../src/cli/args.ts';
import { thrown } from '../helpers/thrown.ts';

const SPEC: CommandSpec = {
    options: {
        out: { type: 'string' },
        root: { type: 'string' },
        check: { type: 'boolean' },
        format: { type: 'string', choices: ['text', 'json'] },
        tag: { type: 'string', multiple: true },
        level: { type: 'string', multiple: true, choices: ['warn', 'error'] },
    },
    positionals: { min: 0, max: 1 },
};

/** parseCommand's values with the prototype-free object parseArgs returns turned into a plain one. */
const parse = (argv: string[], spec: CommandSpec = SPEC): Parsed => {
    const p = parseCommand(argv, spec);
    return p.help ? p : { help: false, values: { ...p.values }, positionals: p.positionals };
};

/** The UsageError parseCommand throws, as [is UsageError, message]. */
const usage = (argv: string[], spec: CommandSpec = SPEC): [boolean, string] => {
    const e = thrown(() => parseCommand(argv, spec));
    return [e instanceof UsageError, e.message];
};

describe('parseCommand: accepted', () => {
    test.each<[string, string[], Parsed]>([
        ['nothing', [], { help: false, values: {}, positionals: [] }],
        ['a string option', ['--out', 'dist'], { help: false, values: { out: 'dist' }, positionals: [] }],
        ['a string option with =', ['--out=dist'], { help: false, values: { out: 'dist' }, positionals: [] }],
        ['a value starting with a dash, given with =', ['--out=-x'], { help: false, values: { out: '-x' }, positionals: [] }],
        ['a boolean option', ['--check'], { help: false, values: { check: true }, positionals: [] }],
        ['an allowed choice', ['--format', 'json'], { help: false, values: { format: 'json' }, positionals: [] }],
        ['a repeatable option once', ['--tag', 'a'], { help: false, values: { tag: ['a'] }, positionals: [] }],
        ['a repeatable option, values in order', ['--tag', 'b', '--tag', 'a'], { help: false, values: { tag: ['b', 'a'] }, positionals: [] }],
        ['repeatable with choices', ['--level', 'warn', '--level', 'error'], { help: false, values: { level: ['warn', 'error'] }, positionals: [] }],
        ['a non-repeatable option given twice: the last wins', ['--out', 'a', '--out', 'b'], { help: false, values: { out: 'b' }, positionals: [] }],
        ['a positional among options', ['--check', 'v1.0.0', '--out', 'x'], { help: false, values: { check: true, out: 'x' }, positionals: ['v1.0.0'] }],
        ['after --, a dash is a positional', ['--', '--out'], { help: false, values: {}, positionals: ['--out'] }],
    ])('%s', (_name, argv, want) => {
        expect(parse(argv)).toEqual(want);
    });

    test.each([
        [['--help']],
        [['-h']],
        [['--out', 'x', '--help']],
        // Help wins over positional and choice checks done after parsing.
        [['a', 'b', 'c', '--help']],
        [['--format', 'yaml', '-h']],
    ])('%j → help', (argv) => {
        expect(parseCommand(argv, SPEC)).toEqual({ help: true });
    });
});

describe('parseCommand: UsageErrors', () => {
    test.each<[string, string[], string]>([
        ['unknown long option', ['--zip'], 'unknown option --zip'],
        ['unknown long option with a value', ['--zip=1'], 'unknown option --zip'],
        ['unknown short option', ['-x'], 'unknown option -x'],
        ['a short option after -h in a group', ['-hx'], 'unknown option -x'],
        ['missing value at the end', ['--out'], '--out needs a value'],
        ['ambiguous value (the next token is an option)', ['--out', '--root'], '--out needs a value'],
        ['ambiguous value (the next token looks like an option)', ['--out', '-x'], '--out needs a value'],
        ['empty value with =', ['--out='], '--out needs a value'],
        ['empty value as the next token', ['--out', ''], '--out needs a value'],
        ['an empty value of a repeatable option', ['--tag', 'a', '--tag='], '--tag needs a value'],
        ['a choice not allowed', ['--format', 'yaml'], '--format must be one of text, json'],
        ['choices are case-sensitive', ['--format', 'JSON'], '--format must be one of text, json'],
        ['a repeatable choice not allowed', ['--level', 'warn', '--level', 'info'], '--level must be one of warn, error'],
        ['too many positionals', ['a', 'b'], 'unexpected argument b'],
        ['too many positionals: the first extra is named', ['a', 'b', 'c'], 'unexpected argument b'],
    ])('%s', (_name, argv, message) => {
        expect(usage(argv)).toEqual([true, message]);
    });

    // Regression: parseArgs reports a value given to a boolean option with the same code as a
    // missing value, and the user was told "--check needs a value", the opposite of the problem.
    test.each<[string, string[], string]>([
        ['a value given to a boolean option', ['--check=yes'], '--check takes no value'],
        ['an empty value given to a boolean option', ['--check='], '--check takes no value'],
        ['a value given to --help (which has a short form)', ['--help=1'], '--help takes no value'],
    ])('%s', (_name, argv, message) => {
        expect(usage(argv)).toEqual([true, message]);
    });

    test.each<[string, CommandSpec['positionals'], string | undefined, string[], string]>([
        ['too few, with a missing message', { min: 1, max: 1 }, 'give the release to compare with, e.g. v1.0.0', [], 'give the release to compare with, e.g. v1.0.0'],
        ['too few, without a missing message', { min: 2, max: 3 }, undefined, ['a'], 'expected 2 argument(s)'],
        ['none allowed', { min: 0, max: 0 }, undefined, ['a'], 'unexpected argument a'],
        ['too many is checked before too few', { min: 2, max: 0 }, 'missing', ['a'], 'unexpected argument a'],
    ])('positionals: %s', (_name, positionals, missing, argv, message) => {
        const spec: CommandSpec = { options: {}, positionals, ...(missing !== undefined ? { missing } : {}) };
        expect(usage(argv, spec)).toEqual([true, message]);
    });

    test.each<[CommandSpec['positionals'], string[]]>([
        [{ min: 1, max: 1 }, ['a']],
        [{ min: 2, max: 3 }, ['a', 'b']],
        [{ min: 2, max: 3 }, ['a', 'b', 'c']],
    ])('positionals %j: %j accepted', (positionals, argv) => {
        expect(parse(argv, { options: {}, positionals })).toEqual({ help: false, values: {}, positionals: argv });
    });

    test('a UsageError has no file and no pointer', () => {
        const e = thrown(() => parseCommand(['--zip'], SPEC)) as UsageError;
        expect([e.name, e.file, e.path, e.detail]).toEqual(['UsageError', undefined, undefined, 'unknown option --zip']);
    });
});

describe('stringOption / stringsOption', () => {
    const values: ParsedValues = { out: 'dist', check: true, tag: ['a', 'b'], none: undefined };

    test.each([
        ['out', 'dist'],
        ['check', undefined],
        ['tag', undefined],
        ['none', undefined],
        ['absent', undefined],
    ])('stringOption %s', (name, want) => {
        expect(stringOption(values, name)).toBe(want);
    });

    test.each([
        ['tag', ['a', 'b']],
        ['out', ['dist']],
        ['check', []],
        ['none', []],
        ['absent', []],
    ])('stringsOption %s', (name, want) => {
        expect(stringsOption(values, name)).toEqual(want);
    });
});
