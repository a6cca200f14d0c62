/** Every breaking-change rule, for the README table and for tests. */
import { breakingConnectionParameterRemoved } from './breaking-connection-parameter-removed.ts';
import { breakingConnectionParameterTypeChanged } from './breaking-connection-parameter-type-changed.ts';
import { breakingConnectionParameterRequired } from './breaking-connection-parameter-required.ts';
import { breakingAllowedValueRemoved } from './breaking-allowed-value-removed.ts';
import { breakingPolicyRemoved } from './breaking-policy-removed.ts';
import { compatibleConnectionChange } from './compatible-connection-change.ts';
import { connectionPropertiesSkipped } from './connection-properties-skipped.ts';
import { breakingConstraintTightened } from './breaking-constraint-tightened.ts';
import { breakingEnumNarrowed } from './breaking-enum-narrowed.ts';
import { breakingMadeInternal } from './breaking-made-internal.ts';
import { breakingMadeRequired } from './breaking-made-required.ts';
import { breakingOperationIdChanged } from './breaking-operation-id-changed.ts';
import { breakingOperationMoved } from './breaking-operation-moved.ts';
import { breakingOperationRemoved } from './breaking-operation-removed.ts';
import { breakingParameterRemoved } from './breaking-parameter-removed.ts';
import { breakingPropertyRemoved } from './breaking-property-removed.ts';
import { breakingResponseNullable } from './breaking-response-nullable.ts';
import { breakingResponseRemoved } from './breaking-response-removed.ts';
import { breakingTypeChanged } from './breaking-type-changed.ts';
import { compatibleAddition } from './compatible-addition.ts';
import { compatibleChange } from './compatible-change.ts';

export const breakingRules = [
    breakingOperationRemoved,
    breakingOperationIdChanged,
    breakingOperationMoved,
    breakingMadeInternal,
    breakingParameterRemoved,
    breakingPropertyRemoved,
    breakingResponseRemoved,
    breakingTypeChanged,
    breakingMadeRequired,
    breakingResponseNullable,
    breakingEnumNarrowed,
    breakingConstraintTightened,
    compatibleAddition,
    compatibleChange,
    breakingConnectionParameterRemoved,
    breakingConnectionParameterTypeChanged,
    breakingConnectionParameterRequired,
    breakingAllowedValueRemoved,
    breakingPolicyRemoved,
    compatibleConnectionChange,
    connectionPropertiesSkipped,
] as const;

export {
    breakingConnectionParameterRemoved,
    breakingConnectionParameterTypeChanged,
    breakingConnectionParameterRequired,
    breakingAllowedValueRemoved,
    breakingPolicyRemoved,
    compatibleConnectionChange,
    connectionPropertiesSkipped,
    breakingConstraintTightened,
    breakingEnumNarrowed,
    breakingMadeInternal,
    breakingMadeRequired,
    breakingOperationIdChanged,
    breakingOperationMoved,
    breakingOperationRemoved,
    breakingParameterRemoved,
    breakingPropertyRemoved,
    breakingResponseNullable,
    breakingResponseRemoved,
    breakingTypeChanged,
    compatibleAddition,
    compatibleChange,
};
