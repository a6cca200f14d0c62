/** mulberry32: a tiny, fast, seedable 32-bit PRNG. Same seed → same sequence on every platform. */
export type Random = () => number;

export function mulberry32(seed: number): Random {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** Integer in [min, max] (both inclusive). */
export const randInt = (rnd: Random, min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));

export function pick<T>(rnd: Random, items: readonly T[]): T {
    const item = items[Math.floor(rnd() * items.length)];
    if (item === undefined) throw new Error('pick() from an empty list');
    return item;
}
