/**
 * `check:upstream --print-declarations`: what would declare today's undeclared differences, per
 * operation, ready to paste into the operation's `upstream` link (like Redocly's
 * --generate-ignore-file). Every reason is a placeholder to be written by hand: a declaration says why
 * the connector differs, and only a person knows that.
 */
import { upstreamReport, type UpstreamCheckInput } from './check.ts';

export const REASON_PLACEHOLDER = 'TODO: say why the connector differs here';

export function printDeclarations(input: UpstreamCheckInput): string {
    const { undeclared } = upstreamReport(input);
    if (undeclared.length === 0) return '// check:upstream: every difference is declared; nothing to add.\n';
    const lines: string[] = [];
    for (const operationId of [...new Set(undeclared.map((u) => u.operationId))]) {
        const own = undeclared.filter((u) => u.operationId === operationId);
        const optional = own.filter((u) => u.optional).length;
        lines.push(`// ${operationId}: ${own.length} undeclared difference(s)`);
        if (optional > 0) {
            lines.push(`// ${optional} of them are optional upstream parameters or fields the operation leaves out;`);
            lines.push(`// one entry covers them all: subset: { reason: '${REASON_PLACEHOLDER}' },`);
        }
        lines.push('differences: [');
        for (const u of own) lines.push(`    { at: ${JSON.stringify(u.at)}, reason: '${REASON_PLACEHOLDER}' }, // ${u.message}`);
        lines.push('],');
    }
    return lines.join('\n') + '\n';
}
