import type { SecurityFinding } from '../security.ts';
import type { DriftRule } from './rule.ts';

export const upstreamSecurityDifferent: DriftRule<SecurityFinding> = {
    id: 'upstream-security-different',
    description: 'Our API-key scheme (securityDefinitions: in + header name) is not one upstream accepts for the matched operation.',
    defaultSeverity: 'error',
    message: (f) =>
        `${f.operationId} ${f.at}: the API key is sent in ${f.ours} here but upstream takes ${f.theirs.length > 0 ? f.theirs.join(' or ') : 'no API key'} ` +
        `(${f.upstreamOperation}, ${f.upstreamPointer}).`,
};
