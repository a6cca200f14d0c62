/**
 * The real pipeline steps: the build (src/build), the connector validator (src/validate, F2) and the
 * example checks (src/contract, F3). Loaded lazily by the pipeline, so tests that inject every step
 * never load the validator.
 */
import { fileExampleLookup } from '../build/examples.ts';
import { generateConnectorFiles, writeConnectorFiles } from '../build/generate.ts';
import { checkExamples } from '../contract/index.ts';
import { validateConnectorDir } from '../validate/index.ts';
import type { PackSteps } from './pipeline.ts';

export const defaultSteps: PackSteps = {
    generate: (rootDir, model) => generateConnectorFiles(rootDir, model, fileExampleLookup(rootDir)),
    writeRoot: writeConnectorFiles,
    validate: (rootDir, options) => validateConnectorDir(rootDir, options),
    checkExamples,
};
