/**
 * Connector-level facts: identity, hosts, environments, security, branding.
 * Hosts and base URLs: eMabler API FAQ (reference/emabler-api-v2.md §3).
 */
import type { ConnectorModel, EnvironmentModel } from '../model/types.ts';
import { onChargingSessionEnded, onChargingSessionStarted } from './operations/charging-session-triggers.ts';
import { listChargers } from './operations/list-chargers.ts';
import { listDrivers } from './operations/list-drivers.ts';
import { listOngoingChargingSessions } from './operations/list-ongoing-charging-sessions.ts';
import { listRfidTags } from './operations/list-rfid-tags.ts';
import { listSites } from './operations/list-sites.ts';
import { LOOKUP_PAGE_SIZE } from './operations/lookup.ts';
import { queryChargingSessions } from './operations/query-charging-sessions.ts';
import { MAX_PAGE_SIZE } from './schemas/query-charging-sessions-request.ts';

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
const SUPPORT_EMAIL = 'support@emabler.com';

export const connector: ConnectorModel = {
    title: 'eMabler',
    description:
        'eMabler is a charge point management platform for EV charging operators. Query charging sessions ' +
        'with their energy, duration, sites, drivers and prices to automate billing, reporting and analytics; ' +
        'start flows when a session starts or ends; list ongoing sessions, sites, chargers, drivers and RFID tags.',
    version: '1.0.0',
    contact: { name: 'eMabler Support', url: 'https://www.emabler.com', email: SUPPORT_EMAIL },
    website: 'https://www.emabler.com',
    privacyPolicy: 'https://www.emabler.com/privacy-policy',
    categories: ['Internet of Things', 'Data'],
    host: PRODUCTION_HOST,
    basePath: BASE_PATH,
    publisher: 'eMabler',
    stackOwner: 'eMabler',
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
    operations: [queryChargingSessions, onChargingSessionEnded, onChargingSessionStarted, listOngoingChargingSessions, listSites, listChargers, listDrivers, listRfidTags],
    tags: [
        { name: 'Charging Sessions', description: 'Charging sessions (transactions) recorded by eMabler.' },
        { name: 'Sites', description: 'Sites (charging locations) in eMabler.' },
        { name: 'Chargers', description: 'Chargers and their sockets.' },
        { name: 'Drivers', description: 'Drivers (EV users).' },
        { name: 'RFID Tags', description: 'RFID tags and other charging tokens.' },
    ],
    // A lightning bolt: EV charging.
    iconMark: [
        [132, 38],
        [72, 128],
        [110, 128],
        [96, 192],
        [158, 98],
        [120, 98],
        [146, 38],
    ],
    docs: {
        intro: 'The connector calls the eMabler CPO API v2 with an API key and works in Power Automate, Power Apps and Azure Logic Apps.',
        prerequisites: [
            'An eMabler Connect operator account. The connector sees exactly what that operator may see.',
            'An API key of the eMabler environment you want to call (see Obtaining Credentials).',
            'A Power Automate, Power Apps or Azure Logic Apps plan that allows custom connectors.',
        ],
        credentials: [
            `The connector authenticates with an eMabler API key, sent in the \`${API_KEY_HEADER}\` header of every call.`,
            '',
            '1. Sign in to eMabler Connect in the environment you want to call.',
            // Where eMabler Connect keeps API keys: eMabler API FAQ (reference/emabler-api-v2.md §2).
            '2. Open **Settings** → **Developers** → **Add API key** and give the key a name.',
            '3. Copy the key and keep it in a secret store; paste it into the connection when asked.',
            '',
            'Keys are self-managed in API v2. A key has the permissions of the operator who created it, so create it with an operator limited to the sites the flows need.',
        ],
        knownIssues: [
            'eMabler rate-limits the API and publishes no numbers; use the largest page size and avoid parallel loops.',
            'Many amounts can be null (for example prices when no tariff applied); use `coalesce()` in expressions and check for blanks in Power Apps.',
            'All times are UTC. Send filter times with a `Z` or an explicit offset.',
            `The Site, Charger, Driver and RFID tag pickers of Query charging sessions list the first ${LOOKUP_PAGE_SIZE} records (one page); type any other ID as a custom value.`,
        ],
        faq: [
            {
                question: 'Why does my flow only see some sessions?',
                answer: `One call returns one page (at most ${MAX_PAGE_SIZE} sessions). Use the Do-until loop from Getting Started to read every page.`,
            },
            {
                question: 'Which sessions does an API key see?',
                answer: "The sessions of the sites the key's operator may access. Keys of one environment do not work in another.",
            },
        ],
        commonErrors: [
            {
                error: '`401` User not authorised',
                remedy: 'The API key is missing, revoked or belongs to another environment. Create a connection with a key of the selected environment.',
            },
            {
                error: '`400` Validation Error',
                remedy: `A filter is invalid, for example a page size above ${MAX_PAGE_SIZE} (${LOOKUP_PAGE_SIZE} for the list actions) or a malformed date. The response names the field in \`errors\`, \`detail\` or \`message\`; fix that input.`,
            },
            {
                error: '`500` Internal Server Error',
                remedy: `eMabler could not process the request. Retry later; if it persists, contact ${SUPPORT_EMAIL} with the \`errorNumber\` of the response.`,
            },
        ],
        // The sample paging flow reads the sessions started in the last 7 days.
        pagingSampleFilters: { startTime: '@{addDays(utcNow(), -7)}' },
    },
    solution: {
        uniqueName: 'eMablerConnector',
        publisher: { uniqueName: 'emabler', customizationPrefix: 'emabler', customizationOptionValuePrefix: 61433 },
        idNamespace: '6f1d3c2a-9b47-4e0d-8a5e-2c7b91d4f063',
    },
};
