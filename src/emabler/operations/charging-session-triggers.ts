/**
 * The two charging-session polling triggers, "When a charging session ends" and "When a charging
 * session starts". eMabler has no polling protocol, so the connector's custom code
 * (src/emabler/custom-code/script.csx) serves both: it reads POST /v2/transactions sorted by id and
 * keeps the trigger state in the Location it returns. Their paths lie outside /v2 and /v3, where every
 * upstream path lives, so a call that ever bypassed the code would get 404 from eMabler and change
 * nothing. Design, guarantees and assumptions: docs/triggers.md.
 */
import type { OperationModel, SimpleParameterModel } from '../../model/types.ts';
import { ChargingSession } from '../schemas/charging-session.ts';
import { listChargers } from './list-chargers.ts';
import { listSites } from './list-sites.ts';
import { firstPagePicker } from './lookup.ts';

/** Paths relative to the base path; the custom code finds eMabler's base URL in front of TRIGGER_PATH_PREFIX. */
export const TRIGGER_PATH_PREFIX = '/triggers/charging-sessions/';
export const ENDED_PATH = `${TRIGGER_PATH_PREFIX}ended`;
export const STARTED_PATH = `${TRIGGER_PATH_PREFIX}started`;

/** The query parameter in which the custom code keeps the trigger state (docs/triggers.md, "State"). */
export const STATE_PARAMETER = 'state';

const CONNECTOR_ONLY = {
    reason: "Served by the connector's custom code (script.csx): eMabler has no polling endpoint, so the code reads POST /v2/transactions and keeps the trigger state in the Location it returns.",
};

/**
 * The filters carry a picker (lookup.ts firstPagePicker) that inserts the identifier the filter matches
 * (as on Query charging sessions). They are comma-separated strings, not query arrays (Microsoft's
 * schema allows no picker on a query array): pick one, or type several.
 */
const filters: SimpleParameterModel[] = [
    {
        in: 'query',
        name: 'siteIds',
        required: false,
        type: 'string',
        summary: 'Site IDs',
        description: 'Only sessions at these sites: pick a site, or type site IDs separated by commas, for example 5120,5133. Leave empty for every site.',
        visibility: 'important',
        dynamicValues: firstPagePicker(listSites, 'id'),
    },
    {
        in: 'query',
        name: 'chargerIds',
        required: false,
        type: 'string',
        summary: 'Charger IDs',
        description: 'Only sessions at these chargers: pick a charger, or type charger IDs (chargerId/socketId for one socket) separated by commas. Leave empty for every charger.',
        visibility: 'advanced',
        dynamicValues: firstPagePicker(listChargers, 'chargerId'),
    },
    {
        in: 'query',
        name: STATE_PARAMETER,
        required: false,
        type: 'string',
        summary: 'Trigger State',
        description: 'Where the trigger continues; set by the connector in the Location it returns.',
        visibility: 'internal',
    },
];

const sessions = (description: string, exampleFile: string) => [
    { status: '200', summary: 'Charging Sessions', description, schema: { kind: 'array' as const, items: ChargingSession }, exampleFile },
];

export const onChargingSessionEnded: OperationModel = {
    operationId: 'OnChargingSessionEnded',
    method: 'get',
    path: ENDED_PATH,
    summary: 'When a charging session ends',
    description:
        'Triggers a flow for each charging session that ends, optionally only at the selected sites or chargers. A session that an offline charger reports later triggers once when it reaches eMabler.',
    visibility: 'important',
    tags: ['Charging Sessions'],
    parameters: filters,
    responses: sessions('The charging sessions that ended since the last check; each one starts its own flow run.', 'response-200.ended.json'),
    trigger: { hint: 'To see it work now, end a charging session at one of the selected sites or chargers.' },
    customCode: true,
    connectorOnly: CONNECTOR_ONLY,
};

export const onChargingSessionStarted: OperationModel = {
    operationId: 'OnChargingSessionStarted',
    method: 'get',
    path: STARTED_PATH,
    summary: 'When a charging session starts',
    description:
        'Triggers a flow for each charging session that starts, optionally only at the selected sites or chargers. A session that starts and ends between two checks still triggers once, with its end already set.',
    visibility: 'important',
    tags: ['Charging Sessions'],
    parameters: filters,
    responses: sessions('The charging sessions that started since the last check; each one starts its own flow run.', 'response-200.started.json'),
    trigger: { hint: 'To see it work now, start a charging session at one of the selected sites or chargers.' },
    customCode: true,
    connectorOnly: CONNECTOR_ONLY,
};
