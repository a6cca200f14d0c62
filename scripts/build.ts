/** npm run build; see src/build/cli.ts. Also writes docs/rules.md from the rule catalogue. */
import { renderRulesDoc, RULES_DOC } from '../src/catalogue.ts';
import { findProjectRoot, processIo } from '../src/cli/io.ts';
import { run } from '../src/build/cli.ts';
import { emablerProject } from '../src/emabler/project.ts';

const io = processIo();
const project = emablerProject(findProjectRoot(import.meta.dirname), io.env);
process.exitCode = await run(process.argv.slice(2), io, project, () => [{ name: RULES_DOC, text: renderRulesDoc() }]);
