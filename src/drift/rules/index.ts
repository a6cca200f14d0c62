/** Every drift rule, for the README table and for tests. */
import { upstreamCoverage } from './upstream-coverage.ts';
import { upstreamDeclarationStale } from './upstream-declaration-stale.ts';
import { upstreamDifferent } from './upstream-different.ts';
import { upstreamExtraHere } from './upstream-extra-here.ts';
import { upstreamLinkMismatch } from './upstream-link-mismatch.ts';
import { upstreamMissingHere } from './upstream-missing-here.ts';
import { upstreamNotImplemented } from './upstream-not-implemented.ts';
import { upstreamOperationNotFound } from './upstream-operation-not-found.ts';
import { upstreamSecurityDifferent } from './upstream-security-different.ts';

export const driftRules = [
    upstreamMissingHere,
    upstreamExtraHere,
    upstreamDifferent,
    upstreamSecurityDifferent,
    upstreamOperationNotFound,
    upstreamLinkMismatch,
    upstreamDeclarationStale,
    upstreamNotImplemented,
    upstreamCoverage,
] as const;

export {
    upstreamCoverage,
    upstreamDeclarationStale,
    upstreamDifferent,
    upstreamExtraHere,
    upstreamLinkMismatch,
    upstreamMissingHere,
    upstreamNotImplemented,
    upstreamOperationNotFound,
    upstreamSecurityDifferent,
};
