/**
 * Rule ids produced by the validation layers (JSON syntax, Swagger structure, Microsoft's schemas).
 * They share the Diagnostic shape, the config file and the docs/rules.md table with the lint rules,
 * and are calibrated the same way (CalibratedRuleInfo).
 */
import type { CalibratedRuleInfo } from '../lint/rule.ts';

export const JSON_SYNTAX = 'json-syntax';
export const DUPLICATE_KEY = 'json-duplicate-key';
export const FILE_NAME_CASE = 'file-name-case';
export const FILE_BOM = 'file-bom';
export const FILE_ENCODING = 'file-encoding';
export const SETTINGS_FILES_EXIST = 'settings-files-exist';
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
        id: DUPLICATE_KEY,
        defaultSeverity: 'warn',
        description: 'No object has the same key twice (JSON.parse and Microsoft\'s service keep only the last value).',
        mirrors: 'none',
        severityReason: 'RFC 8259 only says names SHOULD be unique, and certified connectors ship repeated keys (3 of 619, 1 changed in 2024: RecordedFutureV2 has operationId twice in one operation), so Microsoft accepts them; the first value silently loses.',
        source: 'RFC 8259 §4',
    },
    {
        id: FILE_NAME_CASE,
        defaultSeverity: 'warn',
        description: 'The connector files are named apiDefinition.swagger.json, apiProperties.json and settings.json in exactly this letter case (a file in another case is still validated).',
        mirrors: 'none',
        severityReason: "Microsoft's PR pipeline matches the name case-insensitively and certified MicrosoftGraphSecurity ships apidefinition.swagger.json; paconn, pac and case-sensitive file systems need the exact name.",
        source: 'paconn settings (file names); microsoft/PowerPlatformConnectors .pipelines/swagger_validation.yml',
    },
    {
        id: FILE_BOM,
        defaultSeverity: 'warn',
        description: 'Files start without a UTF-8 byte order mark.',
        mirrors: 'none',
        severityReason: "Python's json (paconn) rejects a BOM, but Microsoft's service reads it and 4 certified connectors ship one (AvePoint Cloud Governance, InEight, Microsoft Bookings, SignNow).",
        source: 'RFC 8259 §8.1 (no BOM); paconn reads files with Python json',
    },
    {
        id: FILE_ENCODING,
        defaultSeverity: 'error',
        description: 'Files are valid UTF-8.',
        mirrors: 'none',
        severityReason: 'Text in another encoding reaches the platform garbled (titles, descriptions, enum values); no certified connector has it (2 independent-publisher files are Latin-1).',
        source: 'RFC 8259 §8.1 (JSON text exchanged between systems is UTF-8)',
    },
    {
        id: SETTINGS_FILES_EXIST,
        defaultSeverity: 'error',
        description: 'Every file settings.json names (apiDefinition, apiProperties, icon, script) exists in the connector folder.',
        mirrors: 'none',
        severityReason: "paconn create and update open these files and fail when one is missing; Microsoft's pipeline does not read settings.json, and the one certified case (Data247logic, an icon.png it does not ship) did not change in 2024.",
        source: 'Learn paconn (settings file)',
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

