import { describe, expect, test } from 'vitest';
import { parameterTexts } from '../../src/harness/collection-format.ts';
import type { SwaggerNonBodyParameter } from '../../src/swagger/types.ts';

type Param = Pick<SwaggerNonBodyParameter, 'type' | 'collectionFormat'>;

describe('parameterTexts', () => {
    test.each<[string, Param, unknown, string[]]>([
        ['csv joins with commas', { type: 'array', collectionFormat: 'csv' }, ['EMB-HEL-0042', 'EMB-OSL-0114'], ['EMB-HEL-0042,EMB-OSL-0114']],
        ['no collectionFormat means csv', { type: 'array' }, [5120, 6044], ['5120,6044']],
        ['ssv joins with spaces', { type: 'array', collectionFormat: 'ssv' }, ['a', 'b'], ['a b']],
        ['tsv joins with tabs', { type: 'array', collectionFormat: 'tsv' }, ['a', 'b'], ['a\tb']],
        ['pipes joins with |', { type: 'array', collectionFormat: 'pipes' }, [1, 2, 3], ['1|2|3']],
        ['multi repeats the parameter', { type: 'array', collectionFormat: 'multi' }, ['a', 'b'], ['a', 'b']],
        ['booleans in lower case, numbers in decimal', { type: 'array' }, [true, false, 1.5, 200185], ['true,false,1.5,200185']],
        ['an empty array sends nothing (csv)', { type: 'array', collectionFormat: 'csv' }, [], []],
        ['an empty array sends nothing (multi)', { type: 'array', collectionFormat: 'multi' }, [], []],
        ['a scalar string as it is', { type: 'string' }, 'Bergen', ['Bergen']],
        ['a scalar integer in decimal', { type: 'integer' }, 100, ['100']],
        ['a scalar boolean in lower case', { type: 'boolean' }, true, ['true']],
        ['a string given for an array parameter is sent as it is', { type: 'array' }, 'a,b', ['a,b']],
    ])('%s', (_name, param, value, expected) => {
        expect(parameterTexts(param, value)).toEqual(expected);
    });
});
