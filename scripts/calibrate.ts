/** npm run calibrate; see src/validate/calibrate-cli.ts. */
import { processIo } from '../src/cli/io.ts';
import { run } from '../src/validate/calibrate-cli.ts';

process.exitCode = await run(process.argv.slice(2), processIo());
