/**
 * icon.png, drawn from the model's brand colour and mark: a 230×230 opaque square filled with
 * `iconBrandColor` and the model's white mark (`iconMark`) kept inside the central 160×160
 * (Microsoft's icon guidance: ~160×160 mark in a ~230×230 square, background non-white, non-transparent and equal to iconBrandColor; facts §3.2
 * `icon-spec`). Edges are anti-aliased by 4×4 supersampling; output is an 8-bit RGB PNG (no alpha
 * channel, so it cannot be transparent) and byte-identical for the same colour.
 */
import pngjs from 'pngjs';
import { ToolError } from '../core/errors.ts';

const { PNG } = pngjs;

export const ICON_SIZE = 230;
/** The mark stays within this square: [MARK_BOX.min, MARK_BOX.max) on both axes. */
export const MARK_BOX = { min: 35, max: 195 } as const;
export const MARK_COLOR: Rgb = { r: 255, g: 255, b: 255 };

export interface Rgb {
    r: number;
    g: number;
    b: number;
}

export type Point = readonly [x: number, y: number];


export function parseHexColor(value: string): Rgb {
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
    if (!m) throw new ToolError(undefined, undefined, `iconBrandColor "${value}" is not a #rrggbb colour.`);
    return { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) };
}

/**
 * The even-odd point-in-polygon test, split by row: the x of every edge that crosses the horizontal line
 * at `y` (computed exactly as the classic test does). A point (x, y) is inside when an odd number of them
 * lie right of x. Computing them once per sample row instead of once per point makes the icon cheap.
 */
function crossings(poly: readonly Point[], y: number): number[] {
    const xs: number[] = [];
    for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
        const [xi, yi] = poly[i]!;
        const [xj, yj] = poly[j]!;
        if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
    return xs;
}

function inside(xs: readonly number[], x: number): boolean {
    let hit = false;
    for (const xint of xs) if (x < xint) hit = !hit;
    return hit;
}

const SAMPLES = 4;

/** Fraction (0..1) of pixel (px, py) covered by the polygon, given the crossings of each of its sample rows. */
function coverage(rows: readonly (readonly number[])[], px: number): number {
    let n = 0;
    for (const xs of rows) {
        for (let sx = 0; sx < SAMPLES; sx++) {
            if (inside(xs, px + (sx + 0.5) / SAMPLES)) n++;
        }
    }
    return n / (SAMPLES * SAMPLES);
}

/** The icon: `mark` (a polygon in icon pixels, non self-intersecting) in white on the brand colour. */
export function renderIcon(brandColor: string, mark: readonly Point[]): Buffer {
    const bg = parseHexColor(brandColor);
    const png = new PNG({ width: ICON_SIZE, height: ICON_SIZE });
    for (let y = 0; y < ICON_SIZE; y++) {
        const rows = Array.from({ length: SAMPLES }, (_, sy) => crossings(mark, y + (sy + 0.5) / SAMPLES));
        for (let x = 0; x < ICON_SIZE; x++) {
            const inBox = x >= MARK_BOX.min && x < MARK_BOX.max && y >= MARK_BOX.min && y < MARK_BOX.max;
            const c = inBox ? coverage(rows, x) : 0;
            const mix = (b: number, m: number) => Math.round(b + (m - b) * c);
            const i = (y * ICON_SIZE + x) * 4;
            png.data[i] = mix(bg.r, MARK_COLOR.r);
            png.data[i + 1] = mix(bg.g, MARK_COLOR.g);
            png.data[i + 2] = mix(bg.b, MARK_COLOR.b);
            png.data[i + 3] = 255;
        }
    }
    return PNG.sync.write(png, { colorType: 2, inputColorType: 6, inputHasAlpha: true, deflateLevel: 9 });
}
