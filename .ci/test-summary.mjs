// Prints the plain "N passed, N failed, N skipped" line from vitest's JSON report, so CI can count
// tests (vitest's own summary line is not in that format).
// usage: node .ci/test-summary.mjs <vitest-report.json>
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
    process.stderr.write('usage: node .ci/test-summary.mjs <vitest-report.json>\n');
    process.exit(2);
}
let report;
try {
    report = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
    process.stderr.write(`test-summary: cannot read ${file}: ${e.message}\n`);
    process.exit(2);
}
const skipped = report.numPendingTests + report.numTodoTests;
process.stdout.write(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped\n`);
