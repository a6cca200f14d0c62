/**
 * Connector-level facts: identity, hosts, environments, security, branding.
 * Hosts and base URLs: eMabler API FAQ (reference/emabler-api-v2.md §3).
 */
import type { ConnectorModel, EnvironmentModel } from './types.ts';
import { queryChargingSessions } from './operations/query-charging-sessions.ts';

/** Production host (certification requires the production host in the swagger). */
export const PRODUCTION_HOST = 'api.emabler.io';
/** eMabler CPO API v2 base path; operation paths (/v2/...) are appended to it. */
export const BASE_PATH = '/api/v2/cpo';

export const ENVIRONMENTS: readonly EnvironmentModel[] = [
    { key: 'production', displayName: 'Production', baseUrl: `https://${PRODUCTION_HOST}${BASE_PATH}` },
    { key: 'staging', displayName: 'Staging', baseUrl: `https://api-staging.emabler.net${BASE_PATH}` },
    { key: 'test', displayName: 'Test', baseUrl: `https://api.emabler.net${BASE_PATH}` },
];

export const API_KEY_PARAMETER = 'api_key';
export const ENVIRONMENT_PARAMETER = 'environment';
export const API_KEY_HEADER = 'x-api-key';

const production = ENVIRONMENTS[0]!;

export const connector: ConnectorModel = {
    title: 'eMabler',
    description:
        'eMabler is a charge point management platform for EV charging operators. Query charging sessions ' +
        'with their energy, duration, sites, drivers and prices to automate billing, reporting and analytics.',
    version: '1.0.0',
    contact: { name: 'eMabler Support', url: 'https://www.emabler.com', email: 'support@emabler.com' },
    website: 'https://www.emabler.com',
    privacyPolicy: 'https://www.emabler.com/privacy-policy',
    categories: ['Internet of Things', 'Data'],
    host: PRODUCTION_HOST,
    basePath: BASE_PATH,
    publisher: 'eMabler',
    iconBrandColor: '#0a5c4e',
    capabilities: ['actions'],
    security: { definitionName: 'api_key', headerName: API_KEY_HEADER, connectionParameter: API_KEY_PARAMETER },
    environments: [...ENVIRONMENTS],
    environmentParameter: ENVIRONMENT_PARAMETER,
    connectionParameters: [
        {
            name: API_KEY_PARAMETER,
            type: 'securestring',
            displayName: 'API Key',
            description: 'The eMabler API key, created in eMabler Connect under Settings > Developers.',
            tooltip: 'Paste an API key of the selected environment. It is sent in the x-api-key header.',
            required: true,
            tabIndex: 2,
        },
        {
            name: ENVIRONMENT_PARAMETER,
            type: 'string',
            displayName: 'Environment',
            description: 'The eMabler environment to call: Production, Staging or Test.',
            tooltip: 'Pick the environment your API key belongs to. Create another connection to switch.',
            required: true,
            tabIndex: 1,
            defaultValue: production.baseUrl,
            allowedValues: ENVIRONMENTS.map((e) => ({ text: e.displayName, value: e.baseUrl })),
        },
    ],
    operations: [queryChargingSessions],
    tags: [{ name: 'Charging Sessions', description: 'Charging sessions (transactions) recorded by eMabler.' }],
};
