/**
 * Access to ../shared (reference data that is never copied into the project). A newcomer's clone has
 * no ../shared: suites that need it are skipped with a printed reason. CI (CI=true) always has it, so
 * there a missing ../shared is a failure, never a silent skip.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'vitest';

export const ROOT_DIR = resolve(import.meta.dirname, '..', '..');
export const SHARED_DIR = process.env.EMABLER_SHARED_DIR ?? resolve(ROOT_DIR, '..', 'shared');

export const sharedPath = (...segments: string[]): string => join(SHARED_DIR, ...segments);
export const hasShared = (): boolean => existsSync(SHARED_DIR);

const inCi = (): boolean => process.env.CI === 'true' || process.env.CI === '1';

/**
 * `describe` for a suite that needs something a machine may lack (`need`, e.g. "../shared"). When it is
 * there (`missing` undefined) the suite runs. Otherwise: in CI one test fails with `missing.ci`; elsewhere
 * `missing.skip` is printed and the suite is skipped, its body not even collected (it may read what is
 * missing at collection time).
 */
export function describeNeeding(name: string, need: string, missing: { ci: string; skip: string } | undefined, fn: () => void): void {
    if (missing === undefined) {
        describe(name, fn);
        return;
    }
    if (inCi()) {
        describe(name, () => {
            test(`needs ${need}`, () => {
                throw new Error(missing.ci);
            });
        });
        return;
    }
    console.warn(`[skip] ${name}: ${missing.skip}`);
    describe.skip(name, () => {
        test.skip(`needs ${need}`, () => {});
    });
}

/** `describe` for suites that read ../shared. */
export function describeShared(name: string, fn: () => void): void {
    const missing = hasShared()
        ? undefined
        : { ci: `${SHARED_DIR} is missing; CI must run "${name}" with ../shared beside the clone.`, skip: `${SHARED_DIR} is not present (a fresh clone has no ../shared).` };
    describeNeeding(name, '../shared', missing, fn);
}
