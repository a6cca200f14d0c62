/**
 * Where Microsoft's published schemas (microsoft/PowerPlatformConnectors schemas/, 2019-2021) are out
 * of date or stricter than the platform, found by running the validator over Microsoft's 619 certified
 * connectors (G4 calibration, docs/validator.md; counts are certified connectors, "2024" those whose
 * swagger changed in 2024, after Microsoft's swagger validator accepted it):
 *   outdated  (ms-schema-outdated, info): the schema predates a documented feature certified connectors use;
 *   tolerated (ms-schema-tolerated, warn): the schema is right, but Microsoft accepts it and the platform ignores it;
 *   any x- extension the schema does not know at that place: ms-schema-unknown-extension (warn).
 * Everything else stays an ms-schema error. One table of data per file, read by mapAjvErrors' classify hook.
 */
import type { JsonPathSegments } from '../core/pointer.ts';
import type { Reclassified, SchemaFinding } from './ajv.ts';
import { MS_SCHEMA_OUTDATED, MS_SCHEMA_TOLERATED, MS_SCHEMA_UNKNOWN_EXTENSION } from './rules.ts';

/** Extensions Microsoft documents or ships in certified connectors that its swagger schema does not allow where they are. */
export const NEWER_MS_EXTENSIONS: ReadonlySet<string> = new Set([
    'x-ms-keywords', // 14 certified (14 in 2024): Copilot keywords
    'x-ms-openai-data', // 21 (21)
    'x-ms-openai-manifest', // 17 (17)
    'x-ms-openai-published-to-copilots', // 4 (4)
    'x-ms-api-annotations', // monday
    'x-ms-editor', // 4; validator code InvalidCustomEditorExtensionDictionaryValue
    'x-ms-editor-options', // 3
]);

/** apiProperties.json keys under `properties` that Learn documents (custom code, multiple authentication types) and the schema lacks. */
const NEWER_API_PROPERTIES: ReadonlySet<string> = new Set(['scriptOperations', 'connectionParameterSets']); // 40 (24 in 2024), 9 (3)

const last = (p: JsonPathSegments, n = 1): string | number | undefined => p[p.length - n];

const outdated = (why: string): Reclassified => ({ ruleId: MS_SCHEMA_OUTDATED, severity: 'info', message: `Microsoft's schema is out of date here: ${why}` });
const tolerated = (why: string): Reclassified => ({ ruleId: MS_SCHEMA_TOLERATED, severity: 'warn', message: why });

/** A required key that the object has in another letter case (PropertyName for propertyName). */
function caseVariant(f: SchemaFinding): string | undefined {
    const missing = f.property;
    if (missing === undefined || f.data === null || typeof f.data !== 'object') return undefined;
    return Object.keys(f.data).find((k) => k !== missing && k.toLowerCase() === missing.toLowerCase());
}

const caseTolerated = (f: SchemaFinding, variant: string): Reclassified =>
    tolerated(`"${variant}" should be spelled "${f.property ?? ''}"; Microsoft's service reads keys case-insensitively (a certified connector changed in 2024 relies on it).`);

function unknownExtension(name: string): Reclassified {
    if (NEWER_MS_EXTENSIONS.has(name)) return outdated(`"${name}" is an extension Microsoft ships in certified connectors.`);
    return {
        ruleId: MS_SCHEMA_UNKNOWN_EXTENSION,
        severity: 'warn',
        message: `Extension "${name}" is not one Power Platform reads at this place; it has no effect (the validator only requires the "x-" prefix, ExtensionNameNotValid).`,
    };
}

export function classifySwaggerFinding(f: SchemaFinding): Reclassified | undefined {
    if (f.keyword === 'additionalProperties' && f.property !== undefined && /^x-/i.test(f.property)) return unknownExtension(f.property);
    if (f.keyword === 'additionalProperties' && last(f.path, 2) === 'x-ms-enum') return outdated(`AutoRest's x-ms-enum has "${f.property ?? ''}" (Power Platform ignores x-ms-enum).`);
    const variant = f.keyword === 'required' ? caseVariant(f) : undefined;
    if (variant !== undefined) return caseTolerated(f, variant);
    if (f.keyword === 'enum' && last(f.path) === 'format') {
        return tolerated(`Format ${JSON.stringify(f.data)} is not one Power Platform knows (validator UnrecognizedTypeFormat); it is ignored. 33 certified connectors ship unknown formats such as "guid", "phone" or "".`);
    }
    return undefined;
}

export function classifyApiPropertiesFinding(f: SchemaFinding): Reclassified | undefined {
    if (f.keyword === 'additionalProperties' && f.property !== undefined) {
        if (f.path.length === 2 && f.path[0] === 'properties' && NEWER_API_PROPERTIES.has(f.property)) return outdated(`"${f.property}" is documented on Learn (custom code, multiple authentication types).`);
        if (f.path.includes('oAuthSettings') && (last(f.path, 2) === 'customParameters' || last(f.path, 2) === 'properties')) {
            return outdated(`OAuth setting "${f.property}" is used by certified connectors (e.g. enableOnbehalfOfLogin, tenantId); the schema lists only a few per identity provider.`);
        }
        if (f.property === 'gatewaySettings' && last(f.path, 3) === 'connectionParameters') return outdated('gatewaySettings configures the on-premises data gateway parameter (Learn: gateway connections).');
        if (f.property === 'x-ms-apimTemplate-policySection' && last(f.path, 2) === 'parameters') return outdated('x-ms-apimTemplate-policySection (Request/Response) is documented for policy templates.');
    }
    if (f.keyword === 'type' && last(f.path) === 'redirectUrl' && Array.isArray(f.data) && f.data.every((u) => typeof u === 'string')) return outdated('a list of redirect URLs (global and global-test) comes with redirectMode "GlobalPerConnector".');
    if (f.keyword === 'type' && last(f.path) === 'redirectUrl' && f.data === null) return outdated('"redirectUrl": null is what paconn download writes.');
    const variant = f.keyword === 'required' ? caseVariant(f) : undefined;
    if (variant !== undefined) return caseTolerated(f, variant);
    if (f.keyword === 'enum' && typeof f.data === 'string' && (f.allowed ?? []).some((v) => typeof v === 'string' && v.toLowerCase() === (f.data as string).toLowerCase())) {
        return tolerated(`${JSON.stringify(f.data)} differs from Microsoft's spelling only in letter case; the platform accepts it (a certified connector changed in 2024 uses it), but use the documented spelling.`);
    }
    if (f.keyword === 'enum' && last(f.path) === 'redirectMode' && f.data === 'GlobalPerConnector') return outdated('redirectMode "GlobalPerConnector" is the per-connector redirect URI Microsoft asks certified connectors to use.');
    if (f.keyword === 'type' && (last(f.path) === 'hidden' || last(f.path) === 'required') && last(f.path, 2) === 'constraints' && typeof f.data === 'boolean') {
        return outdated(`constraints.${String(last(f.path))} as a boolean is accepted by the platform; the schema only allows "true"/"false" strings.`);
    }
    if (f.keyword === 'type' && last(f.path) === 'uiDefinition' && f.data === null) return outdated('"uiDefinition": null is what paconn download writes for OAuth connection parameters.');
    if (f.keyword === 'required' && last(f.path) === 'customParameters') return outdated('Azure AD v2 connections use scopes, not the resourceUri the schema requires.');
    if (f.keyword === 'enum' && (last(f.path) === 'identityProvider' || last(f.path) === 'templateId')) {
        return tolerated(`${String(last(f.path))} ${JSON.stringify(f.data)} is not in Microsoft's published list; certified connectors use such values (DocuSign's identity provider, the dynamicsubdomain policy), so check the spelling.`);
    }
    return undefined;
}

export function classifySettingsFinding(f: SchemaFinding): Reclassified | undefined {
    if (f.keyword === 'additionalProperties' && f.path.length === 1 && f.property === 'script' && typeof f.data === 'string') {
        return outdated('paconn reads "script" (the custom code file, paconn-cli README "settings.json") but the schema predates custom code.');
    }
    if (f.keyword === 'pattern' && last(f.path) === 'environment' && typeof f.data === 'string' && /^default-[0-9a-f-]{36}$/i.test(f.data)) {
        return outdated('a default environment is named "Default-<tenant id>", which the schema\'s GUID pattern does not allow.');
    }
    return undefined;
}
