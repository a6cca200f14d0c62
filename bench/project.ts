/** The eMabler connector as the benchmarks see it. */
import { resolve } from 'node:path';
import { exampleLookup, generateConnectorFiles } from '../src/build/generate.ts';
import { emablerProject } from '../src/emabler/project.ts';
import { readExamples, requireExamples } from '../src/model/examples.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const PROJECT = emablerProject(ROOT);
export const readProjectExamples = () => readExamples(ROOT, PROJECT.examplesDir);
export const generateProject = () => generateConnectorFiles(PROJECT.model, exampleLookup(requireExamples(readProjectExamples()), PROJECT.examplesDir));
