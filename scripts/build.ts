/** npm run build; see src/build/cli.ts. Also writes the project's generated docs (docs/rules.md, docs/deploy.md). */
import { findProjectRoot, processIo } from '../src/cli/io.ts';
import { run } from '../src/build/cli.ts';
import { emablerProject, generatedDocs } from '../src/emabler/project.ts';

const io = processIo();
const project = emablerProject(findProjectRoot(import.meta.dirname), io.env);
process.exitCode = await run(process.argv.slice(2), io, project, (files) => generatedDocs(project, files));
