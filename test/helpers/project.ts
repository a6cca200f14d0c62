/** The eMabler connector as the tests see it: the project, its examples and its generated files (read once). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleLookup, generateConnectorFiles } from '../../src/build/generate.ts';
import { API_PROPERTIES_FILE, SWAGGER_FILE } from '../../src/core/files.ts';
import { emablerProject } from '../../src/emabler/project.ts';
import { readExamples, requireExamples } from '../../src/model/examples.ts';
import type { ApiProperties } from '../../src/swagger/api-properties.ts';
import type { SwaggerDocument } from '../../src/swagger/types.ts';
import { ROOT_DIR } from './shared.ts';

/** The project with no ../shared in sight: tests that need Microsoft's schemas ask for them. */
export const PROJECT = { ...emablerProject(ROOT_DIR, {}), officialSchemasDir: undefined };
export const { model: MODEL, examplesDir: EXAMPLES_DIR } = PROJECT;

export const EXAMPLES = requireExamples(readExamples(ROOT_DIR, EXAMPLES_DIR));

/** What `npm run build` generates for the connector, in memory. */
export const generated = () => generateConnectorFiles(MODEL, exampleLookup(EXAMPLES, EXAMPLES_DIR));

/** The committed generated files, parsed. */
export const committedSwagger = (): SwaggerDocument => JSON.parse(readFileSync(join(ROOT_DIR, SWAGGER_FILE), 'utf8')) as SwaggerDocument;
export const committedApiProperties = (): ApiProperties => JSON.parse(readFileSync(join(ROOT_DIR, API_PROPERTIES_FILE), 'utf8')) as ApiProperties;
