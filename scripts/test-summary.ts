/**
 * Prints the plain "N passed, N failed, N skipped" line from vitest's JSON report, so CI can count
 * tests (vitest's own summary line is not in that format).
 * usage: tsx scripts/test-summary.ts <vitest-report.json>
 */
import { readFileSync } from 'node:fs';

interface VitestJsonReport {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numTotalTests: number;
    success: boolean;
}

const file = process.argv[2];
if (!file) {
    process.stderr.write('usage: tsx scripts/test-summary.ts <vitest-report.json>\n');
    process.exit(2);
}
let report: VitestJsonReport;
try {
    report = JSON.parse(readFileSync(file, 'utf8')) as VitestJsonReport;
} catch (e) {
    process.stderr.write(`test-summary: cannot read ${file}: ${(e as Error).message}\n`);
    process.exit(2);
}
const skipped = report.numPendingTests + report.numTodoTests;
process.stdout.write(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped\n`);
