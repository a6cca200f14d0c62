/** The eMabler connector as the benchmarks see it. */
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { exampleLookup, generateConnectorFiles } from '../src/build/generate.ts';
import { emablerProject, sharedDir } from '../src/emabler/project.ts';
import { readExamples, requireExamples } from '../src/model/examples.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const PROJECT = emablerProject(ROOT);
/** The reference material beside the clone ($EMABLER_SHARED_DIR, else ../shared), as the commands find it. */
export const SHARED = sharedDir(ROOT, process.env);
/** Microsoft's connectors as the validator's calibration reads them (one folder each). */
export const CORPUS_DIR = join(SHARED, 'corpus', 'connectors');
/** eMabler's OpenAPI document, what check:upstream compares the connector with. */
export const UPSTREAM_FILE = join(SHARED, 'upstream', 'emabler-entity-api.openapi.json');
export const readProjectExamples = () => readExamples(ROOT, PROJECT.examplesDir);
export const generateProject = () => generateConnectorFiles(PROJECT.model, exampleLookup(requireExamples(readProjectExamples()), PROJECT.examplesDir));

/** Copies what packaging reads from the project (the example payloads, the custom code) into a throw-away root. */
export function copyPackageInputs(root: string): void {
    for (const rel of [PROJECT.examplesDir, ...(PROJECT.scriptFile !== undefined ? [PROJECT.scriptFile] : [])]) cpSync(join(ROOT, rel), join(root, rel), { recursive: true });
}
