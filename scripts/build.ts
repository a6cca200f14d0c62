/** npm run build; see src/build/cli.ts. Also writes docs/rules.md (rule catalogue) and docs/deploy.md (deployment guide). */
import { renderRulesDoc, RULES_DOC } from '../src/catalogue.ts';
import { findProjectRoot, processIo } from '../src/cli/io.ts';
import { run } from '../src/build/cli.ts';
import { SWAGGER_FILE } from '../src/core/files.ts';
import { emablerProject } from '../src/emabler/project.ts';
import { DEPLOY_DOC, renderDeployDoc } from '../src/package/readme/deploy.ts';
import type { SwaggerDocument } from '../src/swagger/types.ts';

const io = processIo();
const project = emablerProject(findProjectRoot(import.meta.dirname), io.env);
process.exitCode = await run(process.argv.slice(2), io, project, (files) => {
    const swagger = JSON.parse(files.find((f) => f.name === SWAGGER_FILE)?.text ?? '{}') as SwaggerDocument;
    return [
        { name: RULES_DOC, text: renderRulesDoc() },
        { name: DEPLOY_DOC, text: renderDeployDoc(project.model, swagger) },
    ];
});
