/**
 * Drivers (eMabler `userDto` and parts, GET /v2/drivers), typed exactly as eMabler's OpenAPI document.
 * A driver's numeric `id` is what the Driver IDs filter of Query charging sessions matches.
 */
import { arrayOf, bool, dateTime, int32, int64, str } from '../../model/fields.ts';
import type { NamedSchema } from '../../model/types.ts';
import { pageOf } from './page.ts';

const important = { visibility: 'important' } as const;
const advanced = { visibility: 'advanced' } as const;
const nullable = { nullable: true } as const;

export const DriverTag: NamedSchema = {
    name: 'DriverTag',
    title: 'Driver Tag',
    description: 'An RFID tag or other token of a driver.',
    properties: {
        id: int64('Tag Number', 'Numeric database identifier of the tag.', advanced),
        idTag: str('RFID Tag', 'Token value the charger reads; the RFID Tags filter of Query charging sessions takes it.'),
        expiringDate: dateTime('Expires', 'When the tag stops being valid.'),
        startDate: dateTime('Valid From', 'When the tag becomes valid, or null.', nullable),
        lastUpdated: dateTime('Last Updated', 'When the tag was last changed, or null.', { ...advanced, ...nullable }),
        tokenName: str('Tag Name', 'Name given to the tag.'),
        invoicable: bool('Invoiceable', 'True when sessions with the tag are invoiced, or null.', { ...advanced, ...nullable }),
        driverId: int64('Driver ID', 'Identifier of the driver who owns the tag.'),
    },
};

export const ExternalUserId: NamedSchema = {
    name: 'ExternalUserId',
    title: 'External User ID',
    description: 'An identifier of a driver in another system.',
    properties: {
        userId: int64('Driver ID', 'Identifier of the driver this external identifier belongs to.'),
        referenceType: str('Reference Type', 'Kind of source of the identifier, for example INTEGRATION.'),
        referenceId: str('Reference ID', 'Identifier of the source system or integration.'),
        externalId: str('External ID', 'Identifier of the driver in the source system.'),
        effectiveFrom: dateTime('Effective From', 'When the identifier starts to apply, or null.', nullable),
    },
};

export const DriverChargerSocket: NamedSchema = {
    name: 'DriverChargerSocket',
    title: 'Driver Charger Socket',
    description: 'A charger socket assigned to a driver.',
    properties: {
        chargerId: str('Charger ID', 'OCPP identity of the assigned charger.'),
        socketId: int32('Socket ID', 'Number of the assigned socket on the charger.'),
    },
};

export const Driver: NamedSchema = {
    name: 'Driver',
    title: 'Driver',
    description: 'A driver (EV user) with home site, company and RFID tags.',
    properties: {
        id: int64('Driver ID', 'Numeric identifier of the driver; the Driver IDs filter of Query charging sessions takes it as text.', important),
        externalId: str('External Driver ID', 'Identifier of the driver in another system.'),
        name: str('Driver Name', 'Name of the driver.', important),
        homeSiteId: int64('Home Site ID', 'Identifier of the driver’s home site, or null.', nullable),
        payerId: int64('Payer ID', 'Identifier of the payer of the driver’s charging, or null.', { ...advanced, ...nullable }),
        companyId: int64('Company ID', 'Identifier of the driver’s company, or null.', nullable),
        companyName: str('Company Name', 'Name of the driver’s company.'),
        homeSiteName: str('Home Site Name', 'Name of the driver’s home site.'),
        tags: arrayOf(DriverTag, 'RFID Tags', 'RFID tags and other tokens of the driver.'),
        externalUserIds: arrayOf(ExternalUserId, 'External User IDs', 'Identifiers of the driver in other systems.', advanced),
        chargerSockets: arrayOf(DriverChargerSocket, 'Assigned Sockets', 'Charger sockets assigned to the driver.', advanced),
    },
};

export const DriverPage = pageOf({
    name: 'DriverPage',
    title: 'Driver Page',
    listing: 'drivers',
    noun: 'drivers',
    item: Driver,
    itemsSummary: 'Drivers',
    itemsDescription: 'Drivers on this page.',
    totalRecords: 'int32',
});
