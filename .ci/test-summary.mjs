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
// A test file that failed outside its tests (it did not load, or a hook threw) has no failed test of its
// own: it counts as one. An error outside every file (an unhandled rejection) fails the run: at least 1.
const failedFiles = report.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length;
const failed = Math.max(report.numFailedTests + failedFiles, report.success ? 0 : 1);
const skipped = report.numPendingTests + report.numTodoTests;
process.stdout.write(`${report.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`);
