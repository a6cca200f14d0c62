/**
 * Contract checks: example payloads and live payloads against the schemas of the emitted
 * apiDefinition.swagger.json. Packaging calls `checkExamples` and refuses to package on any error.
 */
import type { SwaggerDocument } from '../swagger/types.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import { checkEmbeddedExamples, checkExampleCoverage, checkPayloadFixtures } from './examples.ts';
import { scanPayloadFixtures } from './fixture-files.ts';

export { createContractChecker, definitionsRootId, type ContractChecker } from './checker.ts';
export {
    checkEmbeddedExamples,
    checkExampleCoverage,
    checkPayloadFixtures,
    loadPayloadFixtures,
    PayloadFixtureError,
    EXAMPLE_COVERAGE_RULE_ID,
    EXAMPLE_EMBEDDED_RULE_ID,
} from './examples.ts';
export {
    PAYLOADS_FOLDER,
    PAYLOAD_FIXTURE_RULE_ID,
    parseFixtureName,
    scanPayloadFixtures,
    type PayloadFixture,
    type PayloadFixtureScan,
} from './fixture-files.ts';
export { CONTRACT_RULE_ID } from './messages.ts';
export { toJsonSchema, definitionsToJsonSchema, ContractSchemaError, type ContractMode, type JsonSchema } from './to-json-schema.ts';

/** All example checks, in order: fixtures against schemas, coverage, embedded examples. */
export function checkExamples(rootDir: string, doc: SwaggerDocument): Diagnostic[] {
    const scan = scanPayloadFixtures(rootDir);
    return [
        ...checkPayloadFixtures(rootDir, doc, scan),
        ...checkExampleCoverage(rootDir, doc, scan),
        ...checkEmbeddedExamples(rootDir, doc, scan),
    ];
}
