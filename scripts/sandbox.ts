/** npm run sandbox; see src/emabler/sandbox/cli.ts. */
import { processIo } from '../src/cli/io.ts';
import { run } from '../src/emabler/sandbox/cli.ts';

process.exitCode = await run(process.argv.slice(2), processIo());
