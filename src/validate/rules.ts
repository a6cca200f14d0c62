/**
 * Rule ids produced by the validation layers (JSON syntax, Swagger structure, Microsoft's schemas).
 * They share the Diagnostic shape, the config file and the docs/rules.md table with the lint rules,
 * and are calibrated the same way (CalibratedRuleInfo).
 */
import type { CalibratedRuleInfo } from '../lint/rule.ts';

export const JSON_SYNTAX = 'json-syntax';
export const SWAGGER_STRUCTURE = 'swagger-structure';
export const MS_SCHEMA = 'ms-schema';
export const MS_SCHEMA_UNKNOWN_EXTENSION = 'ms-schema-unknown-extension';
export const MS_SCHEMA_OUTDATED = 'ms-schema-outdated';
export const MS_SCHEMA_TOLERATED = 'ms-schema-tolerated';
export const OFFICIAL_SCHEMAS_SKIPPED = 'official-schemas-skipped';

export const layerRules: readonly CalibratedRuleInfo[] = [
    {
        id: JSON_SYNTAX,
        defaultSeverity: 'error',
        description: 'File is strict JSON; a recoverable syntax error is reported with line:column and the recovered document is still validated.',
        mirrors: "none (Microsoft's service parses leniently)",
        severityReason: "Lead decision: paconn reads the files with Python's json, which rejects all 4 such files among the certified connectors changed in 2024 (trailing commas, U+2003 as whitespace, a raw tab in a string).",
        source: "RFC 8259; Microsoft's pipeline parses leniently (11 of 618 certified swagger files are not strict JSON, toolchain-probe §2)",
    },
    {
        id: SWAGGER_STRUCTURE,
        defaultSeverity: 'error',
        description: 'Swagger 2.0 structure and semantics as checked by @apidevtools/swagger-parser ($refs resolve, unique operationIds, path parameters, required properties exist).',
        mirrors: 'SchemaReferenceNotFound, OperationIdNotUnique, OperationMissingPathParameter, PathParameterMustBeRequired, OperationParametersContainDuplicateParameter and the other structural codes',
        severityReason: 'A document that is not valid Swagger 2.0 cannot be imported; what certified connectors ship anyway (empty responses, required names beside a $ref) is left to warning rules.',
        source: 'Swagger 2.0 specification; validator codes SpecificationVersionIncorrect, OperationIdNotUnique, OperationMissingPathParameter',
    },
    {
        id: MS_SCHEMA,
        defaultSeverity: 'error',
        description: "Document matches Microsoft's published JSON schema for its file (swagger with x-ms extensions, apiProperties, settings).",
        mirrors: 'AdditionalPropertyNotAllowed, JsonValueNotInEnum, JsonTypeIncorrect, RequiredPropertyMissing',
        severityReason: "What Microsoft's published schema rejects and the calibration did not show Microsoft accepting.",
        source: 'microsoft/PowerPlatformConnectors schemas/*.json (passed with --official-schemas DIR)',
    },
    {
        id: MS_SCHEMA_OUTDATED,
        defaultSeverity: 'info',
        description: "Microsoft's published schema rejects a key or value that Learn documents and certified connectors use (scriptOperations, redirectMode GlobalPerConnector, x-ms-keywords, …); the list is src/validate/schema-gaps.ts.",
        mirrors: 'none',
        severityReason: 'Not a defect: the schema files date from 2019-2021 and certified connectors changed in 2024 use these features (scriptOperations 24, redirectMode GlobalPerConnector 24, x-ms-openai-data 21).',
        source: 'Learn custom code, multiple authentication types, OpenAPI extensions; G4 calibration (docs/validator.md)',
    },
    {
        id: MS_SCHEMA_TOLERATED,
        defaultSeverity: 'warn',
        description: "Microsoft's schema rejects a value that Microsoft's validator accepts and the platform ignores (an unknown format, identity provider or policy template, a key or enum value in another letter case).",
        mirrors: 'UnrecognizedTypeFormat',
        severityReason: 'Certified connectors changed in 2024 ship such values, so Microsoft does not stop them; the value is ignored or read case-insensitively, so it is worth fixing but not blocking.',
        source: 'Learn "Fix Swagger Validator errors"; G4 calibration (docs/validator.md)',
    },
    {
        id: MS_SCHEMA_UNKNOWN_EXTENSION,
        defaultSeverity: 'warn',
        description: "An x- extension that Microsoft's schema does not allow where it is; Power Platform ignores it there (a misspelling of a known extension is extension-misspelled).",
        mirrors: 'none (ExtensionNameNotValid only needs the "x-" prefix)',
        severityReason: 'The key has no effect, and certified connectors carry such keys (x-ms-url-encoding outside path parameters, x-ms-visibility on responses, AutoRest extensions): worth removing, not blocking.',
        source: "Learn OpenAPI extensions (where each applies); Microsoft's swagger schema",
    },
    {
        id: OFFICIAL_SCHEMAS_SKIPPED,
        defaultSeverity: 'info',
        description: "Microsoft's schemas were not checked because no --official-schemas DIR was given.",
        mirrors: 'none',
        severityReason: 'A note that a layer did not run, not a finding about the connector.',
        source: 'project decision: never skip a layer silently',
    },
];

