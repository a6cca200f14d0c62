import { describe, expect, test } from 'vitest';
import { createZip, ZIP_FILE_MODE } from '../../src/package/zip.ts';
import { DOS_2020_01_01, readZip } from './helpers.ts';

describe('createZip', () => {
    test('entries come out sorted by byte order, with content, mode 0100644, 2020-01-01 00:00 and no extra fields', async () => {
        const buf = await createZip([
            { name: 'solution.xml', data: '<a/>' },
            { name: '[Content_Types].xml', data: '<t/>' },
            { name: 'Connector/x_iconblob.Png', data: new Uint8Array([137, 80, 78, 71]) },
            { name: 'customizations.xml', data: 'ä' },
        ]);
        const entries = await readZip(buf);
        expect([...entries.keys()]).toEqual(['Connector/x_iconblob.Png', '[Content_Types].xml', 'customizations.xml', 'solution.xml']);
        expect(entries.get('customizations.xml')!.data).toEqual(Buffer.from('ä', 'utf8'));
        expect(entries.get('Connector/x_iconblob.Png')!.data).toEqual(Buffer.from([137, 80, 78, 71]));
        for (const e of entries.values()) {
            expect(e.mode).toBe(ZIP_FILE_MODE);
            expect(e.dos).toEqual(DOS_2020_01_01);
            expect(e.hasExtraFields).toBe(false);
        }
    });

    test('the same entries in another order give the same bytes', async () => {
        const a = [
            { name: 'b.json', data: '{"b":1}\n' },
            { name: 'a.json', data: '{"a":1}\n' },
        ];
        expect(await createZip(a)).toEqual(await createZip([...a].reverse()));
    });

    test.each([
        ['a duplicate name', [{ name: 'a.txt', data: '1' }, { name: 'a.txt', data: '2' }], 'duplicate zip entry "a.txt".'],
        ['an absolute name', [{ name: '/etc/passwd', data: '' }], 'invalid zip entry name "/etc/passwd".'],
        ['a parent segment', [{ name: 'x/../y', data: '' }], 'invalid zip entry name "x/../y".'],
        ['a backslash', [{ name: 'x\\y', data: '' }], 'invalid zip entry name "x\\y".'],
        ['an empty name', [{ name: '', data: '' }], 'invalid zip entry name "".'],
    ])('rejects %s', async (_name, entries, message) => {
        await expect(createZip(entries)).rejects.toThrow(message);
    });
});
