/**
 * Ongoing charging sessions (eMabler `getOngoingTransactionsResponse`, GET /v2/ongoing-transactions),
 * typed exactly as eMabler's OpenAPI document. These are sessions without an end yet; ended sessions
 * come from Query charging sessions.
 */
import { dateTime, double, int32, int64, str, stringArray } from '../../model/fields.ts';
import type { NamedSchema } from '../../model/types.ts';
import { pageOf } from './page.ts';

const important = { visibility: 'important' } as const;
const advanced = { visibility: 'advanced' } as const;
const nullable = { nullable: true } as const;

export const OngoingChargingSession: NamedSchema = {
    name: 'OngoingChargingSession',
    title: 'Ongoing Charging Session',
    description: 'A charging session that is running now.',
    properties: {
        chargerId: str('Charger ID', 'OCPP identity of the charger the session runs on.', important),
        chargerName: str('Charger Name', 'Display name of the charger.'),
        socketId: int64('Socket ID', 'Socket the session runs on.'),
        socketName: str('Socket Name', 'Display name of the socket.'),
        transactionId: str('Session ID', 'Identifier of the running session, as text.', important),
        startTime: dateTime('Session Start', 'When the session started.', important),
        startMeterWh: int32('Start Meter (Wh)', 'Meter reading of the socket when the session started, in watt-hours.', advanced),
        tariffMaxPriceInclVat: double('Tariff Maximum Price Incl. VAT', 'Maximum price of the tariff for the session, including VAT, or null.', { ...advanced, ...nullable }),
        tariffMaxPriceExclVat: double('Tariff Maximum Price Excl. VAT', 'Maximum price of the tariff for the session, excluding VAT, or null.', { ...advanced, ...nullable }),
        timezone: str('Time Zone', 'Time zone of the site where the session runs.', advanced),
        createdAt: dateTime('Created At', 'When eMabler created the session record; the Created From and Created Until filters compare with it.'),
        updatedAt: dateTime('Updated At', 'When eMabler last updated the session.'),
        authorizedIdTag: str('RFID Tag', 'Token that authorised the session.'),
        authorizedUserId: int64('Driver ID', 'Identifier of the driver who was authorised, or null when none is known.', { ...important, ...nullable }),
        externalId: str('External Driver ID', 'Identifier of the driver in another system.'),
        externalUserIds: stringArray('External User IDs', 'Further identifiers of the driver in other systems.', advanced),
        siteId: int64('Site ID', 'Identifier of the site where the session runs, or null.', nullable),
        siteName: str('Site Name', 'Name of the site where the session runs.', important),
    },
};

export const OngoingChargingSessionPage = pageOf({
    name: 'OngoingChargingSessionPage',
    title: 'Ongoing Charging Session Page',
    listing: 'ongoing charging sessions',
    noun: 'sessions',
    item: OngoingChargingSession,
    itemsSummary: 'Sessions',
    itemsDescription: 'Ongoing charging sessions on this page.',
    totalRecords: 'int32',
});
