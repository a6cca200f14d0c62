import pngjs from 'pngjs';
import { describe, expect, test } from 'vitest';
import { ICON_SIZE, MARK_BOX, parseHexColor, renderIcon } from '../../src/package/icon.ts';
import { connector } from '../../src/emabler/connector.ts';

const { PNG } = pngjs;

function decode(buf: Buffer) {
    const png = PNG.sync.read(buf);
    const at = (x: number, y: number) => {
        const i = (y * png.width + x) * 4;
        return [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
    };
    return { png, at };
}

describe('icon.png', () => {
    test('is a 230×230 RGB PNG without alpha channel, filled with the model brand colour (#0a5c4e)', () => {
        const { png, at } = decode(renderIcon(connector.iconBrandColor, connector.iconMark));
        expect([png.width, png.height, ICON_SIZE]).toEqual([230, 230, 230]);
        expect(png.colorType).toBe(2);
        expect(png.alpha).toBe(false);
        for (const [x, y] of [[0, 0], [229, 0], [0, 229], [229, 229], [20, 115], [115, 210]] as const) {
            expect(at(x, y)).toEqual([0x0a, 0x5c, 0x4e, 255]);
        }
    });

    test('the white mark (a bolt) covers the centre and nothing outside the central 160×160 differs from the background', () => {
        const { at } = decode(renderIcon('#0a5c4e', connector.iconMark));
        expect(at(115, 115)).toEqual([255, 255, 255, 255]);
        expect([MARK_BOX.min, MARK_BOX.max]).toEqual([35, 195]);
        let outsideMarks = 0;
        let insideMarks = 0;
        for (let y = 0; y < ICON_SIZE; y++) {
            for (let x = 0; x < ICON_SIZE; x++) {
                const isBg = at(x, y).join() === [0x0a, 0x5c, 0x4e, 255].join();
                const inBox = x >= 35 && x < 195 && y >= 35 && y < 195;
                if (!isBg && !inBox) outsideMarks++;
                if (!isBg && inBox) insideMarks++;
            }
        }
        expect(outsideMarks).toBe(0);
        expect(insideMarks).toBeGreaterThan(2000);
    });

    test('follows the brand colour and is byte-identical for the same colour', () => {
        const { at } = decode(renderIcon('#FF8800', connector.iconMark));
        expect(at(3, 3)).toEqual([255, 136, 0, 255]);
        expect(renderIcon('#0a5c4e', connector.iconMark)).toEqual(renderIcon('#0a5c4e', connector.iconMark));
    });

    test.each(['0a5c4e', '#0a5c4', '#0a5c4eff', 'teal', '#gg0000'])('rejects iconBrandColor %j', (value) => {
        expect(() => parseHexColor(value)).toThrow(`iconBrandColor "${value}" is not a #rrggbb colour.`);
    });
});
