/**
 * The steps of `npm run package`: the build (src/build), the connector validator (src/validate) and
 * the example checks (src/contract). The pipeline loads the real ones lazily, so tests that inject
 * every step never load the validator.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import { exampleLookup, generateConnectorFiles, writeGeneratedFiles, type GeneratedFile } from '../build/generate.ts';
import { checkExamples } from '../contract/examples.ts';
import type { Example, ExampleScan } from '../model/examples.ts';
import type { ConnectorModel } from '../model/types.ts';
import type { SwaggerDocument } from '../swagger/types.ts';
import { validateConnectorDir } from '../validate/index.ts';

export interface PackSteps {
    generate(model: ConnectorModel, examples: readonly Example[], examplesDir: string): GeneratedFile[];
    writeRoot(rootDir: string, files: readonly GeneratedFile[]): void;
    /** Validates a connector folder (the pipeline passes a temporary copy of the generated files). */
    validate(connectorDir: string, options: { officialSchemasDir?: string }): Promise<Diagnostic[]>;
    checkExamples(scan: ExampleScan, examplesDir: string, doc: SwaggerDocument): Diagnostic[];
}

export const defaultSteps: PackSteps = {
    generate: (model, examples, examplesDir) => generateConnectorFiles(model, exampleLookup(examples, examplesDir)),
    writeRoot: writeGeneratedFiles,
    validate: (dir, options) => validateConnectorDir(dir, options),
    checkExamples,
};
