/** npm run try -- <operationId> --connection '{…}' --input '{…}' [--all]; see src/harness/cli.ts. */
import { runTry } from '../src/harness/cli.ts';

process.exitCode = await runTry(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    env: process.env,
});
