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

/** `describe` for suites that read ../shared. */
export function describeShared(name: string, fn: () => void): void {
    if (hasShared()) {
        describe(name, fn);
        return;
    }
    if (inCi()) {
        describe(name, () => {
            test('needs ../shared', () => {
                throw new Error(`${SHARED_DIR} is missing; CI must run "${name}" with ../shared beside the clone.`);
            });
        });
        return;
    }
    console.warn(`[skip] ${name}: ${SHARED_DIR} is not present (a fresh clone has no ../shared).`);
    // The suite body is not even collected: it may read ../shared at collection time.
    describe.skip(name, () => {
        test.skip('needs ../shared', () => {});
    });
}
