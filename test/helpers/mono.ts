/**
 * Suites that compile or run custom code need Mono (src/harness/custom-code/mono.ts). Like the
 * ../shared suites (shared.ts): without Mono they are skipped with a printed reason; in CI (CI=true) a
 * missing Mono is a failure, never a silent skip — .ci/run installs it with .ci/install-mono.
 */
import { findMono, MONO_INSTALL_HINT } from '../../src/harness/custom-code/mono.ts';
import { describeNeeding } from './shared.ts';

/** `describe` for suites that compile or run custom code with Mono. */
export function describeMono(name: string, fn: () => void): void {
    const lookup = findMono();
    const missing = lookup.ok
        ? undefined
        : {
              ci: `Mono is missing (${lookup.missing}); CI must install it (.ci/install-mono): ${MONO_INSTALL_HINT}`,
              skip: `Mono is not installed (${lookup.missing}); install it with .ci/install-mono or: ${MONO_INSTALL_HINT}`,
          };
    describeNeeding(name, 'Mono', missing, fn);
}
