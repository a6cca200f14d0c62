/** npm run precompile-schemas; see src/validate/precompile-cli.ts. */
import { findProjectRoot, processIo } from '../src/cli/io.ts';
import { emablerProject } from '../src/emabler/project.ts';
import { run } from '../src/validate/precompile-cli.ts';

const io = processIo();
process.exitCode = await run(process.argv.slice(2), io, emablerProject(findProjectRoot(import.meta.dirname), io.env));
