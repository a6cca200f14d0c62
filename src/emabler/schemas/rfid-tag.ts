/**
 * RFID tags (eMabler `getTagDto`, GET /v2/tags), typed exactly as eMabler's OpenAPI document. A tag's
 * `idTag` value is what the RFID Tags filter of Query charging sessions matches.
 */
import { bool, dateTime, int64, str } from '../../model/fields.ts';
import type { NamedSchema } from '../../model/types.ts';
import { pageOf } from './page.ts';

const important = { visibility: 'important' } as const;
const advanced = { visibility: 'advanced' } as const;
const nullable = { nullable: true } as const;

export const RfidTag: NamedSchema = {
    name: 'RfidTag',
    title: 'RFID Tag',
    description: 'An RFID tag with its validity and owning driver.',
    properties: {
        driverExternalId: str('Driver External ID', 'Identifier of the tag’s driver in another system.'),
        id: int64('Tag Number', 'Numeric database identifier of the tag.', advanced),
        idTag: str('RFID Tag', 'Token value the charger reads; the RFID Tags filter of Query charging sessions takes it.', important),
        expiringDate: dateTime('Expires', 'When the tag stops being valid.'),
        startDate: dateTime('Valid From', 'When the tag becomes valid, or null.', nullable),
        lastUpdated: dateTime('Last Updated', 'When the tag was last changed, or null.', { ...advanced, ...nullable }),
        tokenName: str('Tag Name', 'Name given to the tag.', important),
        invoicable: bool('Invoiceable', 'True when sessions with the tag are invoiced, or null.', { ...advanced, ...nullable }),
        driverId: int64('Driver ID', 'Identifier of the driver who owns the tag.', important),
    },
};

export const RfidTagPage = pageOf({
    name: 'RfidTagPage',
    title: 'RFID Tag Page',
    listing: 'RFID tags',
    noun: 'tags',
    item: RfidTag,
    itemsSummary: 'RFID Tags',
    itemsDescription: 'RFID tags on this page.',
    totalRecords: 'int32',
});
