/**
 * check:breaking's rules, one table: each class of change, its severity and its effect on existing
 * flows and connections (appended to every message). Severities follow what Power Platform treats as
 * breaking when a connector is updated (Learn: "Breaking changes" in connector versioning).
 */
import type { RuleInfo } from '../core/rules.ts';

export interface BreakingRule extends RuleInfo {
    /** Appended to each message: the effect on existing flows. */
    effect: string;
}

const SOURCE = 'Learn connector versioning (breaking changes: removed or renamed operations, parameters and properties, type changes, new required inputs)';
const rule = (r: Omit<BreakingRule, 'source'> & { source?: string }): BreakingRule => ({ source: SOURCE, ...r });

export const BREAKING_RULES = {
    operationRemoved: rule({
        id: 'breaking-operation-removed',
        description: 'An operation of the previous release is gone (no operation with its operationId, method or path); a rename is reported as removed + added.',
        defaultSeverity: 'error',
        effect: 'flows that use it stop working.',
    }),
    operationIdChanged: rule({
        id: 'breaking-operation-id-changed',
        description: 'The operation at the same method and path has a different operationId.',
        defaultSeverity: 'error',
        effect: 'flows reference operations by operationId and lose this one.',
    }),
    operationMoved: rule({
        id: 'breaking-operation-moved',
        description: 'The operation keeps its operationId but its method or full path (base path + path) changed.',
        defaultSeverity: 'error',
        effect: 'Power Platform treats a path or method change as breaking.',
    }),
    madeInternal: rule({
        id: 'breaking-made-internal',
        description: 'An operation, parameter or property became x-ms-visibility "internal".',
        defaultSeverity: 'error',
        effect: 'the designer hides it, so flows that use it break.',
    }),
    parameterRemoved: rule({
        id: 'breaking-parameter-removed',
        description: 'A parameter (or the body) is gone, renamed or moved to another location (reported as removed + added).',
        defaultSeverity: 'error',
        effect: 'flows that set it break.',
    }),
    propertyRemoved: rule({
        id: 'breaking-property-removed',
        description: 'A request body property or a response property is gone or renamed (reported as removed + added).',
        defaultSeverity: 'error',
        effect: 'flows that set or read it break.',
    }),
    responseRemoved: rule({
        id: 'breaking-response-removed',
        description: 'A documented response status or its body schema is gone.',
        defaultSeverity: 'error',
        effect: 'flows that read its outputs break.',
    }),
    typeChanged: rule({
        id: 'breaking-type-changed',
        description: 'A parameter or property changed type, format, array items or map values.',
        defaultSeverity: 'error',
        effect: 'Power Platform treats an input or output type change as breaking.',
    }),
    madeRequired: rule({
        id: 'breaking-made-required',
        description: 'An optional parameter or request property became required, or a required one was added (unless internal with a default).',
        defaultSeverity: 'error',
        effect: 'existing flows do not send it.',
    }),
    responseNullable: rule({
        id: 'breaking-response-nullable',
        description: 'A response property became nullable (x-nullable: true).',
        defaultSeverity: 'error',
        effect: 'flows and Parse JSON steps that expect a value now get null ("Expected … but got Null").',
        source: 'Learn "Expected Integer but got Null" troubleshooting; a nullable output changes what flows receive',
    }),
    enumNarrowed: rule({
        id: 'breaking-enum-narrowed',
        description: 'A request parameter or property accepts fewer values than before (enum values removed or an enum added).',
        defaultSeverity: 'error',
        effect: 'flows that send a removed value break.',
    }),
    constraintTightened: rule({
        id: 'breaking-constraint-tightened',
        description: 'A request parameter or property got a higher minimum or a lower maximum (or a bound where it had none).',
        defaultSeverity: 'error',
        effect: 'flows that send a value outside the new bounds break.',
    }),
    compatibleAddition: rule({
        id: 'compatible-addition',
        description: 'Something was added that existing flows do not need: an operation, an optional parameter or property, a response property or status.',
        defaultSeverity: 'info',
        effect: 'not breaking.',
    }),
    compatibleChange: rule({
        id: 'compatible-change',
        description:
            'A change existing flows tolerate: required → optional, a relaxed request bound or enum, nullability removed from a response or changed on a request, other visibility or response-only constraint changes.',
        defaultSeverity: 'info',
        effect: 'not breaking.',
    }),
    connectionParameterRemoved: rule({
        id: 'breaking-connection-parameter-removed',
        description: 'A connection parameter in apiProperties.json is gone or renamed.',
        defaultSeverity: 'error',
        effect: 'every existing connection is invalid and must be re-created.',
        source: 'Connections store values per connection parameter name (Learn apiProperties.json)',
    }),
    connectionParameterTypeChanged: rule({
        id: 'breaking-connection-parameter-type-changed',
        description: 'A connection parameter changed its type (e.g. securestring → string).',
        defaultSeverity: 'error',
        effect: 'existing connections hold a value of the old type and must be re-created.',
        source: 'Connections store values per connection parameter name and type (Learn apiProperties.json)',
    }),
    connectionParameterRequired: rule({
        id: 'breaking-connection-parameter-required',
        description: 'An optional connection parameter became required, or a required one was added.',
        defaultSeverity: 'error',
        effect: 'existing connections have no value for it and fail until edited.',
        source: 'Existing connections were created without a value for it',
    }),
    allowedValueRemoved: rule({
        id: 'breaking-allowed-value-removed',
        description: 'A connection parameter accepts fewer values: an allowed value was removed, or a free value became a dropdown.',
        defaultSeverity: 'error',
        effect: 'connections that use that value become invalid.',
        source: 'A dropdown value stored in existing connections must stay allowed',
    }),
    policyRemoved: rule({
        id: 'breaking-policy-removed',
        description: 'A policy template instance is gone or its templateId changed (e.g. dynamichosturl: the host no longer follows the environment).',
        defaultSeverity: 'error',
        effect: 'requests of existing connections are no longer rewritten the same way.',
        source: 'Learn policy templates: they rewrite every request of every connection',
    }),
    compatibleConnectionChange: rule({
        id: 'compatible-connection-change',
        description: 'A connection change existing connections tolerate: an added optional parameter, an added allowed value, required → optional, an added policy template.',
        defaultSeverity: 'info',
        effect: 'not breaking.',
        source: 'Existing connections keep working with the values they hold',
    }),
    connectionPropertiesSkipped: rule({
        id: 'connection-properties-skipped',
        description: 'An apiProperties.json (old or current) was not found, so connection parameters and policy templates were not compared.',
        defaultSeverity: 'info',
        effect: 'compare them by hand.',
        source: 'Never skip a comparison silently',
    }),
} as const;

export const breakingRules: readonly BreakingRule[] = Object.values(BREAKING_RULES);
