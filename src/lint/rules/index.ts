/** Registry of certification, platform and cross-file rules (layers 4 and 5), in README order. */
import type { Rule } from '../rule.ts';
import { swaggerVersion2 } from './swagger-version-2.ts';
import { titleMax30 } from './title-max-30.ts';
import { titleNoReservedWords } from './title-no-reserved-words.ts';
import { titleEndsAlnum } from './title-ends-alnum.ts';
import { infoDescriptionLength } from './info-description-length.ts';
import { infoDescriptionNoProducts } from './info-description-no-products.ts';
import { infoDescriptionDiffers } from './info-description-differs.ts';
import { infoContactRequired } from './info-contact-required.ts';
import { metadataRequired } from './metadata-required.ts';
import { metadataKeys } from './metadata-keys.ts';
import { metadataCategoriesEnum } from './metadata-categories-enum.ts';
import { hostValid } from './host-valid.ts';
import { basepathSlash } from './basepath-slash.ts';
import { schemesHttps } from './schemes-https.ts';
import { mimeTypes } from './mime-types.ts';
import { limits } from './limits.ts';
import { securityApikey } from './security-apikey.ts';
import { operationIdRequiredUnique } from './operation-id-required-unique.ts';
import { operationIdPascalCase } from './operation-id-pascal-case.ts';
import { operationSummaryRequired } from './operation-summary-required.ts';
import { operationSummaryLength } from './operation-summary-length.ts';
import { operationSummaryChars } from './operation-summary-chars.ts';
import { operationSummaryNoTrailingPeriod } from './operation-summary-no-trailing-period.ts';
import { operationDescriptionSentence } from './operation-description-sentence.ts';
import { parameterSummaryRequired } from './parameter-summary-required.ts';
import { bodyPropertyStrings } from './body-property-strings.ts';
import { propertyDescriptionSentence } from './property-description-sentence.ts';
import { pathParamRequired } from './path-param-required.ts';
import { queryParamNoEncoding } from './query-param-no-encoding.ts';
import { noBodyOnGet } from './no-body-on-get.ts';
import { noConnectionIdParam } from './no-connectionid-param.ts';
import { internalDefaultRequired } from './internal-default-required.ts';
import { visibilityValues } from './visibility-values.ts';
import { extensionMisspelled } from './extension-misspelled.ts';
import { responseSuccessRequired } from './response-success-required.ts';
import { responseDefaultNoSchema } from './response-default-no-schema.ts';
import { responseSingleSchema } from './response-single-schema.ts';
import { responseNoEmptySchema } from './response-no-empty-schema.ts';
import { responsePropertyStrings } from './response-property-strings.ts';
import { pageableNextlinkName } from './pageable-nextlink-name.ts';
import { pageableNextlinkInSchema } from './pageable-nextlink-in-schema.ts';
import { brandColor } from './brand-color.ts';
import { paconnStackowner } from './paconn-stackowner.ts';
import { policyOperationExists } from './policy-operation-exists.ts';
import { connectionParameterDefined } from './connection-parameter-defined.ts';
import { apikeyConnectionParameter } from './apikey-connection-parameter.ts';
import { dynamichosturlHttps } from './dynamichosturl-https.ts';
import { pollingtriggerQueryParams } from './pollingtrigger-query-params.ts';
import { customCodeScriptClass } from './custom-code-script-class.ts';
import { customCodeSize } from './custom-code-size.ts';
import { customCodeNamespaces } from './custom-code-namespaces.ts';
import { customCodeHttpClient } from './custom-code-http-client.ts';
import { scriptOperationsValid } from './script-operations-valid.ts';
import { scriptOperationsAll } from './script-operations-all.ts';
import { scriptOperationsUnknown } from './script-operations-unknown.ts';
import { scriptOperationsUnlisted } from './script-operations-unlisted.ts';
import { infoContactFields } from './info-contact-fields.ts';
import { metadataKeyCasing } from './metadata-key-casing.ts';
import { schemesNoHttp } from './schemes-no-http.ts';
import { consumesSupported } from './consumes-supported.ts';
import { swaggerFileSize } from './swagger-file-size.ts';
import { securityRequirementDefined } from './security-requirement-defined.ts';
import { pathParamEncoding } from './path-param-encoding.ts';
import { operationResponsesRequired } from './operation-responses-required.ts';
import { apikeySecurestring } from './apikey-securestring.ts';
import { defaultMatchesType } from './default-matches-type.ts';
import { enumMatchesType } from './enum-matches-type.ts';
import { exampleMatchesType } from './example-matches-type.ts';
import { xNullableBoolean } from './x-nullable-boolean.ts';
import { requiredPropertiesDefined } from './required-properties-defined.ts';
import { dynamicOperationExists } from './dynamic-operation-exists.ts';
import { dynamicParametersValid } from './dynamic-parameters-valid.ts';
import { dynamicPathsExist } from './dynamic-paths-exist.ts';
import { dynamicListConsistent } from './dynamic-list-consistent.ts';
import { dynamicOnBodyParameter } from './dynamic-on-body-parameter.ts';
import { dynamicValueType } from './dynamic-value-type.ts';

export const lintRules: readonly Rule[] = [
    swaggerVersion2,
    titleMax30,
    titleNoReservedWords,
    titleEndsAlnum,
    infoDescriptionLength,
    infoDescriptionNoProducts,
    infoDescriptionDiffers,
    infoContactRequired,
    infoContactFields,
    metadataRequired,
    metadataKeys,
    metadataKeyCasing,
    metadataCategoriesEnum,
    hostValid,
    basepathSlash,
    schemesHttps,
    schemesNoHttp,
    mimeTypes,
    consumesSupported,
    limits,
    swaggerFileSize,
    securityApikey,
    securityRequirementDefined,
    operationIdRequiredUnique,
    operationIdPascalCase,
    operationSummaryRequired,
    operationSummaryLength,
    operationSummaryChars,
    operationSummaryNoTrailingPeriod,
    operationDescriptionSentence,
    parameterSummaryRequired,
    bodyPropertyStrings,
    propertyDescriptionSentence,
    pathParamRequired,
    pathParamEncoding,
    queryParamNoEncoding,
    noBodyOnGet,
    noConnectionIdParam,
    internalDefaultRequired,
    visibilityValues,
    defaultMatchesType,
    enumMatchesType,
    exampleMatchesType,
    xNullableBoolean,
    extensionMisspelled,
    operationResponsesRequired,
    responseSuccessRequired,
    responseDefaultNoSchema,
    responseSingleSchema,
    responseNoEmptySchema,
    requiredPropertiesDefined,
    responsePropertyStrings,
    pageableNextlinkName,
    pageableNextlinkInSchema,
    brandColor,
    paconnStackowner,
    policyOperationExists,
    connectionParameterDefined,
    apikeyConnectionParameter,
    apikeySecurestring,
    dynamichosturlHttps,
    pollingtriggerQueryParams,
    customCodeScriptClass,
    customCodeSize,
    customCodeNamespaces,
    customCodeHttpClient,
    scriptOperationsValid,
    scriptOperationsUnknown,
    scriptOperationsAll,
    scriptOperationsUnlisted,
    dynamicOperationExists,
    dynamicParametersValid,
    dynamicPathsExist,
    dynamicListConsistent,
    dynamicOnBodyParameter,
    dynamicValueType,
];
