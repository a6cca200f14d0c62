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

describe('icon.png drawing', () => {
    /** The plain even-odd test per sample point, as the icon was first drawn: the row-wise drawing must match it bit for bit. */
    function referencePixels(brandColor: string, mark: readonly (readonly [number, number])[]): Buffer {
        const inside = (x: number, y: number) => {
            let hit = false;
            for (let i = 0, j = mark.length - 1; i < mark.length; j = i++) {
                const [xi, yi] = mark[i]!;
                const [xj, yj] = mark[j]!;
                if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
            }
            return hit;
        };
        const bg = parseHexColor(brandColor);
        const out: number[] = [];
        for (let y = 0; y < ICON_SIZE; y++) {
            for (let x = 0; x < ICON_SIZE; x++) {
                let n = 0;
                if (x >= MARK_BOX.min && x < MARK_BOX.max && y >= MARK_BOX.min && y < MARK_BOX.max) {
                    for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) n++;
                }
                const c = n / 16;
                out.push(Math.round(bg.r + (255 - bg.r) * c), Math.round(bg.g + (255 - bg.g) * c), Math.round(bg.b + (255 - bg.b) * c), 255);
            }
        }
        return Buffer.from(out);
    }

    test("the model's mark and 15 random polygons: every pixel equals the plain even-odd drawing", () => {
        let seed = 7;
        const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
        const marks: (readonly (readonly [number, number])[])[] = [connector.iconMark];
        for (let k = 0; k < 15; k++) marks.push(Array.from({ length: 3 + (k % 10) }, () => [MARK_BOX.min + random() * 160, MARK_BOX.min + random() * 160] as const));
        const differing = marks.filter((mark) => !decode(renderIcon('#0a5c4e', mark)).png.data.equals(referencePixels('#0a5c4e', mark)));
        expect(differing).toEqual([]);
    });
});
